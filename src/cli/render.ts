/// <reference types="node" />
/**
 * `mission-widgets render WIDGET [name=value…] [--data FILE] …`: a widget's static HTML, from
 * `src/ssr/`, for pages, newsletters, RSS and apps that run no script.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { formatIssue } from '../data/issues.js';
import type { LoadedMission } from '../data/load.js';
import { validateMission } from '../data/validate.js';
import { attributesOf, renderStatic, WIDGETS, type StaticFormat, type WidgetName } from '../ssr/render.js';

export const RENDER_USAGE = `  mission-widgets render WIDGET [name=value...] [--data FILE] [--src URL] [--format dsd|plain]
                    [--wide] [--out FILE]
                                     print a widget's static HTML (${WIDGETS.join(', ')}):
                                     dsd (default) for pages, where the script takes it over;
                                     plain for newsletters, RSS and apps (--wide: the
                                     contributor table there; pages get both layouts)`;

class UsageError extends Error {}

interface RenderArguments {
  widget: WidgetName;
  attributes: Record<string, string>;
  data?: string;
  format: StaticFormat;
  wide: boolean;
  out?: string;
}

function isWidget(name: string | undefined): name is WidgetName {
  return (WIDGETS as readonly (string | undefined)[]).includes(name);
}

function parse(args: string[]): RenderArguments {
  const [widget, ...rest] = args;
  if (!isWidget(widget)) throw new UsageError(`render: the widget is one of ${WIDGETS.join(', ')}`);
  const known = attributesOf(widget);
  const parsed: RenderArguments = { widget, attributes: {}, format: 'dsd', wide: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = () => {
      const next = rest[++i];
      if (next === undefined) throw new UsageError(`render: ${arg} needs a value`);
      return next;
    };
    if (arg === '--data') parsed.data = value();
    else if (arg === '--src') parsed.attributes.src = value();
    else if (arg === '--out') parsed.out = value();
    else if (arg === '--wide') parsed.wide = true;
    else if (arg === '--format') {
      const format = value();
      if (format !== 'dsd' && format !== 'plain') throw new UsageError('render: --format is dsd or plain');
      parsed.format = format;
    } else if (arg.startsWith('-')) throw new UsageError(`render: unknown option ${arg}`);
    else {
      const equals = arg.indexOf('=');
      const name = equals < 0 ? arg : arg.slice(0, equals);
      if (!known.includes(name)) {
        throw new UsageError(`render: ${widget} has no attribute "${name}" (it has ${known.join(', ')})`);
      }
      // A bare name is a boolean attribute that is present.
      parsed.attributes[name] = equals < 0 ? '' : arg.slice(equals + 1);
    }
  }
  return parsed;
}

function readMission(file: string): { mission?: LoadedMission; json: string; errors: string[] } {
  let json: string;
  let value: unknown;
  try {
    json = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    value = JSON.parse(json);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return { json: '', errors: [`${file}: cannot be read as JSON: ${reason}`] };
  }
  const result = validateMission(value);
  for (const issue of result.warnings) console.error(`${file}: warning: ${formatIssue(issue)}`);
  if (!result.ok)
    return { json, errors: result.errors.map((issue) => `${file}: error: ${formatIssue(issue)}`) };
  return { json, errors: [], mission: { data: result.data, warnings: result.warnings, origin: 'inline' } };
}

async function shippedMission(): Promise<LoadedMission> {
  const { loadDefaultMission } = await import('../data/shipped.js');
  return loadDefaultMission();
}

export async function renderCommand(args: string[]): Promise<number> {
  let options: RenderArguments;
  try {
    options = parse(args);
  } catch (cause) {
    if (!(cause instanceof UsageError)) throw cause;
    console.error(`${cause.message}\nUsage:\n${RENDER_USAGE}`);
    return 2;
  }
  let mission: LoadedMission;
  let inlineJson: string | undefined;
  if (options.data) {
    const read = readMission(options.data);
    for (const error of read.errors) console.error(error);
    if (!read.mission) return 1;
    mission = read.mission;
    // The live widget reads the same data: from `src` when given, else from inside the element.
    if (options.attributes.src === undefined) inlineJson = read.json;
  } else mission = await shippedMission();
  const html = await renderStatic(options.widget, mission, {
    attributes: options.attributes,
    format: options.format,
    inlineJson: options.format === 'dsd' ? inlineJson : undefined,
    wide: options.wide,
  });
  if (options.out) writeFileSync(options.out, html);
  else process.stdout.write(html);
  return 0;
}
