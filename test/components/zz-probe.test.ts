import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { clearMissionCache } from '../../src/data/store.js';
import type { TroopCounter } from '../../src/troop-counter.js';
import '../../src/troop-counter.js';
import { setViewport } from '../engines/commands.js';
import { settled } from '../helpers.js';

const out: string[] = [];
describe('probe', () => {
  before(() => setViewport({ width: 1400, height: 900 }));
  afterEach(() => clearMissionCache());
  for (const width of [300, 390, 640, 1280])
    for (const locale of ['en', 'fr', 'ht', 'es', 'sw'])
      it(`${width} ${locale}`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="inline-size: ${width}px"><troop-counter locale=${locale}></troop-counter></div>`,
        );
        const el = wrapper.querySelector('troop-counter') as TroopCounter;
        await settled(el);
        await nextFrame();
        const r = el.shadowRoot!;
        const lines = (sel: string) =>
          [...r.querySelectorAll<HTMLElement>(sel)]
            .map((e) => Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)))
            .join('+');
        const root = r.querySelector('.root')!.getBoundingClientRect().height;
        out.push(
          `${width} ${locale} h=${el.getBoundingClientRect().height.toFixed(1)} root=${(root / 16).toFixed(3)}em head=${Math.round(r.querySelector('.head')!.getBoundingClientRect().height)} body=${Math.round(r.querySelector('.body')!.getBoundingClientRect().height)} ctx=${lines('[part=context]')} fig=${lines('.figure')} label=${lines('.label')} legend=${lines('.legend > span')} notes=${lines('.notes p')} summary=${lines('summary')}`,
        );
      });
  after(() => {
    // eslint-disable-next-line no-console
    console.log(out.join('\n'));
  });
  it('zz dump', () => expect('\n' + out.join('\n')).to.equal('x'));
});
