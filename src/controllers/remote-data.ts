/**
 * The code for data from `src` or inline JSON (fetching, the per-URL store, parsing), loaded
 * the first time a widget needs it: a page that shows only the shipped dataset never pays for
 * it (about 2 KB gzip in the drop-in).
 */
type RemoteData = typeof import('./remote.js');

let loaded: RemoteData | undefined;

/** Loads the module once; resolves to it. */
export function remoteData(): Promise<RemoteData> {
  return import('./remote.js').then((module) => (loaded = module));
}

/** The module, if it has already loaded. */
export function remoteDataLoaded(): RemoteData | undefined {
  return loaded;
}
