/**
 * The gallery a reviewer looks at (demo/gallery.html): every widget in each state the list in
 * demo/gallery/shots.json names (loaded at phone, column and wide widths on a white and a dark
 * page, on a cream page in French, in Creole, Spanish and Swahili, a mission unlike Haiti, while
 * loading and after an error), each checked for what a reader must see and then saved as
 * demo/gallery/<engine>/<name>.png. Each full run of the suite redraws the gallery in all three
 * engines, so it shows what the code draws today.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { clearMissionCache } from '../../src/data/store.js';
import '../../src/index.js';
import gallery from '../../demo/gallery/shots.json' with { type: 'json' };
import other from '../fixtures/missions/other-mission.json' with { type: 'json' };
import { screenshot, setViewport } from '../engines/commands.js';
import { engine } from '../engines/engine.js';
import { serve, settled } from '../helpers.js';
import { emulateMedia } from '../media.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
type Shot = {
  state: string;
  width: number;
  host: string;
  locale: string;
  only?: string;
  attributes?: Record<string, string>;
};
type Tag = keyof typeof gallery.widgets;

/** A shot's file name: `troop-counter-loaded-640-white-en`. */
const shotName = (tag: string, shot: Shot) =>
  [tag, shot.state.replace(/\s+/g, '-'), shot.width, shot.host, shot.locale].join('-');

/** A data file that never arrives while the shot is taken (the server answers after 20 s). */
const NEVER = '/__test__/respond?delay=20000&body=%7B%7D';
const MISSING = '/__test__/respond?status=404&type=text/plain&body=gone';
const FALLBACK = 'The publisher’s own words stay here when the figures cannot be shown.';

async function place(tag: Tag, shot: Shot): Promise<Widget> {
  const host = gallery.hosts[shot.host as keyof typeof gallery.hosts];
  const wrapper = await fixture<HTMLDivElement>(
    html`<div id="gallery-shot" style="inline-size: ${shot.width}px; padding: 16px 0; ${host}"></div>`,
  );
  const el = document.createElement(tag) as Widget;
  const attributes: Record<string, string> = {
    ...gallery.widgets[tag],
    ...shot.attributes,
    locale: shot.locale,
  };
  if (shot.state === 'other mission') attributes.src = await serve(JSON.stringify(other));
  if (shot.state === 'loading') attributes.src = NEVER;
  if (shot.state === 'error') attributes.src = MISSING;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const fallback = document.createElement('p');
  fallback.textContent = FALLBACK;
  el.append(fallback);
  wrapper.append(el);
  return el;
}

const stateOf = (el: Widget) => el.shadowRoot?.querySelector('.root')?.getAttribute('data-state');

async function loading(el: Widget): Promise<Widget> {
  while (!stateOf(el)) await new Promise(requestAnimationFrame);
  await el.updateComplete;
  return el;
}

/** The text a reader sees or hears in a shadow root, hidden sentences included. */
const shown = (el: Widget) =>
  [...el.shadowRoot!.querySelectorAll('*')]
    .filter((node) => node.localName !== 'style')
    .flatMap((node) => [...node.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE))
    .map((child) => child.textContent!)
    .join(' ');

describe(`the gallery (${engine})`, () => {
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    document.body.style.margin = '0';
  });
  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    document.body.style.margin = '';
    await setViewport({ width: 800, height: 600 });
  });
  afterEach(() => clearMissionCache());

  for (const tag of Object.keys(gallery.widgets) as Tag[])
    for (const shot of (gallery.shots as Shot[]).filter(({ only }) => !only || only === tag))
      it(`${shotName(tag, shot)}: shows its state inside its column, and is saved`, async function () {
        this.timeout(60_000);
        await setViewport({ width: shot.width, height: 900 });
        const el = await place(tag, shot);
        const wrapper = el.parentElement!;
        if (shot.state === 'loading') {
          await loading(el);
          expect(stateOf(el)).to.equal('pending');
          expect(shown(el), 'no figure while loading').not.to.match(/\d/);
        } else {
          await settled(el);
          const want = shot.state === 'error' ? 'error' : 'complete';
          expect(stateOf(el)).to.equal(want);
          if (want === 'error') {
            const slot = el.shadowRoot!.querySelector('slot')!;
            expect(slot.assignedElements()[0]?.textContent).to.equal(FALLBACK);
            expect((slot.assignedElements()[0] as HTMLElement).offsetHeight).to.be.above(0);
          } else {
            expect(shown(el)).to.match(/\d/);
            expect(shown(el)).not.to.match(/NaN|undefined|-0\b/);
          }
        }
        expect(wrapper.scrollWidth, 'nothing wider than the column').to.be.at.most(wrapper.clientWidth + 1);
        // WebKit's screenshot is of the viewport: make it the shot's size.
        if (engine === 'webkit')
          await setViewport({ width: shot.width, height: Math.min(wrapper.offsetHeight, 4000) });
        const saved = await screenshot(shotName(tag, shot), '#gallery-shot', 'gallery');
        // WebKit's window is never narrower than about 450 px: its shot holds the column and more.
        if (engine === 'webkit') expect(saved.width).to.be.at.least(shot.width);
        else expect(saved.width).to.be.within(shot.width - 1, shot.width + 1);
      });
});
