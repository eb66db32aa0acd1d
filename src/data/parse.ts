/**
 * The data API's synchronous parsers, with the validator they need. The widgets do not use
 * them: they load the validator only for data other than the shipped file (see load.ts).
 */
import { loaded, parseJson, type LoadedMission } from './json.js';
import { validateMission } from './validate.js';

/** Parses and validates a document's text. Throws `MissionDataError`. */
export function parseMission(text: string, origin: string): LoadedMission {
  return loaded(validateMission(parseJson(text, origin)), origin);
}

/** Validates an already parsed document. Throws `MissionDataError`. */
export function fromJson(json: unknown, origin: string): LoadedMission {
  return loaded(validateMission(json), origin);
}
