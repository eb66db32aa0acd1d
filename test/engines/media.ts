/**
 * Media features for engines whose test driver cannot emulate them (Firefox over WebDriver
 * BiDi, WebKit over WebDriver): the page's `matchMedia` answers for the emulated features and
 * fires their `change` events, which is what the widgets read in script. Style sheets' `@media`
 * blocks do not follow; tests that need them are listed in `exclusions.mjs`.
 */
type Features = {
  media?: string;
  colorScheme?: string;
  reducedMotion?: string;
  forcedColors?: string;
};

const emulated: Record<string, string | undefined> = {};
const lists = new Map<string, EmulatedMediaQueryList>();
const realMatchMedia = window.matchMedia.bind(window);

const QUERY = /^\s*\(\s*([a-z-]+)\s*:\s*([a-z-]+)\s*\)\s*$/;
const TYPE = /^\s*(print|screen)\s*$/;

const FEATURES: Record<string, string> = {
  'prefers-reduced-motion': 'reducedMotion',
  'prefers-color-scheme': 'colorScheme',
  'forced-colors': 'forcedColors',
};

function answer(query: string): boolean | undefined {
  const type = TYPE.exec(query);
  if (type) return emulated.media === undefined ? undefined : emulated.media === type[1];
  const feature = QUERY.exec(query);
  const name = feature && FEATURES[feature[1]!];
  if (!name || emulated[name] === undefined) return undefined;
  return emulated[name] === feature[2];
}

class EmulatedMediaQueryList extends EventTarget {
  onchange: ((event: Event) => void) | null = null;
  readonly media: string;
  private readonly real: MediaQueryList;
  private last: boolean;
  constructor(media: string) {
    super();
    this.media = media;
    this.real = realMatchMedia(media);
    this.last = this.matches;
  }
  get matches() {
    return answer(this.media) ?? this.real.matches;
  }
  addListener(listener: EventListener): void {
    this.addEventListener('change', listener);
  }
  removeListener(listener: EventListener): void {
    this.removeEventListener('change', listener);
  }
  update(): void {
    const { matches } = this;
    if (matches === this.last) return;
    this.last = matches;
    const event = Object.assign(new Event('change'), { matches, media: this.media });
    this.onchange?.(event);
    this.dispatchEvent(event);
  }
}

/** Makes `matchMedia` answer for emulated features. */
export function installMediaEmulation(): void {
  window.matchMedia = (query: string) => {
    const known = TYPE.test(query) || QUERY.test(query);
    if (!known) return realMatchMedia(query);
    let list = lists.get(query);
    if (!list) lists.set(query, (list = new EmulatedMediaQueryList(query)));
    return list as unknown as MediaQueryList;
  };
}

/** Like the test runner's `emulateMedia`: `undefined` or `''` leaves the engine's own answer. */
export function emulateMediaInPage(features: Features): void {
  for (const [name, value] of Object.entries(features)) {
    emulated[name] = value || undefined;
    if (name === 'media' && value === 'screen') emulated.media = undefined;
    if (name === 'reducedMotion' && value === 'no-preference') emulated[name] = 'no-preference';
  }
  for (const list of lists.values()) list.update();
}
