import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '../engines/commands.js';
import { emulateMedia } from '../media.js';
import { clearMissionCache, reloadMission } from '../../src/data/store.js';
import { TroopCounter } from '../../src/troop-counter.js';
import { shippedCopy } from '../data/fixtures.js';
import other from '../fixtures/missions/other-mission.json' with { type: 'json' };
import { capture, respond, serve, settled } from '../helpers.js';

const $ = <T extends Element = HTMLElement>(el: TroopCounter, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const textOf = (el: TroopCounter, selector: string) =>
  $(el, selector)
    ?.textContent?.replace(/[ \n\t]+/g, ' ')
    .trim();
const figure = (el: TroopCounter) => textOf(el, '[part="figure"]');
const texts = (el: TroopCounter, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((node) =>
    node.textContent?.replace(/[ \n\t]+/g, ' ').trim(),
  );
/** What is visible beside the figure: the bar's target and legend (or the lines without a bar), notes, the date. */
const lines = (el: TroopCounter) => texts(el, '.head .line, .bar > .target, .legend > span, .notes p');
const liveRegion = (el: TroopCounter) => $(el, '[aria-live="polite"]')!;

/** What assistive technology can reach: all text outside aria-hidden and hidden subtrees. */
function spoken(node: Node): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
    else if (
      child instanceof Element &&
      child.getAttribute('aria-hidden') !== 'true' &&
      !child.hasAttribute('hidden')
    )
      text += ` ${spoken(child)} `;
  }
  return text.replace(/[ \n\t]+/g, ' ').trim();
}
/** The one sentence with every figure (the only readable paragraph outside the sources). */
const sentence = (el: TroopCounter) =>
  [...el.shadowRoot!.querySelectorAll('.counter > p:not([aria-live]), .root > p:not([aria-live])')]
    .map(spoken)
    .join('');

async function counter(attributes: Record<string, string | boolean> = {}): Promise<TroopCounter> {
  const el = document.createElement('troop-counter');
  el.setAttribute('locale', 'en');
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) el.setAttribute(name, '');
    else if (value !== false) el.setAttribute(name, value);
  }
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.append(el);
  return settled(el);
}

describe('<troop-counter>', () => {
  afterEach(() => clearMissionCache());

  describe('figures (reduced motion, so that final figures show at once)', () => {
    before(() => emulateMedia({ reducedMotion: 'reduce' }));
    after(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('shows the shipped headline: deployed, pledged, preparing, the date and the sources', async () => {
      const el = await counter();
      expect(figure(el)).to.equal('about 959');
      expect(textOf(el, '[part="context"]')).to.equal('GSF');
      expect(textOf(el, '[part="label"]')).to.equal('personnel deployed in Haiti');
      expect(lines(el)).to.deep.equal([
        'of 5,550 authorised',
        'about 959 deployed',
        'more preparing, number not reported',
        "This adds up the contributors' latest figures, newer than the mission's last reported total (980, December 8, 2025)",
        'Figures from June 2025 for Jamaica, Belize, the Bahamas, Guatemala, and El Salvador',
        'As of March 21, 2026',
      ]);
      // The bar: deployed's share of the ceiling, nothing for preparing without a number.
      const fills = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.track .fill')].map(
        (f) => f.style.inlineSize,
      );
      expect(fills).to.deep.equal([`${Math.round((959 / 5550) * 1000) / 10}%`, '0%']);
      // The sources: one line that opens to every link.
      const details = $<HTMLDetailsElement>(el, 'details')!;
      expect(details.open).to.equal(false);
      expect(textOf(el, 'summary')).to.match(/^Sources: [^,]+, [^,]+ and \d+ more$/);
      const links = [...el.shadowRoot!.querySelectorAll('[part="sources"] a')].map((a) =>
        a.textContent?.trim(),
      );
      expect(links.length).to.be.above(3);
      expect(Number(/(\d+) more/.exec(textOf(el, 'summary')!)![1])).to.be.below(links.length);
      await expect(el).to.be.accessible();
    });

    const asOfCases: [string, string, string][] = [
      [
        '2024-09-21',
        'about 426',
        "MSS: about 426 personnel deployed in Haiti of 1,250 pledged, 600 more preparing, as of September 21, 2024. Kenya's figure is from July 16, 2024.",
      ],
      [
        '2024-09-20',
        'about 426',
        "MSS: about 426 personnel deployed in Haiti of 1,250 pledged, as of September 12, 2024. Kenya's figure is from July 16, 2024.",
      ],
      [
        '2024-07-16',
        'about 400',
        'MSS: about 400 personnel deployed in Haiti of 1,000 pledged, as of July 16, 2024. Note: A second group of about 200 joined the first.',
      ],
      [
        '2024-06-25',
        'about 200',
        'MSS: about 200 personnel deployed in Haiti of 1,000 pledged, as of June 25, 2024. Note: First contingent; some outlets reported 400 at the time.',
      ],
      // Before the first deployed figure: no number, and the pledge on its own (never "of 1,000 pledged" beside none).
      [
        '2024-06-01',
        '–',
        'MSS: 1,000 pledged, no figure reported for personnel deployed in Haiti as of June 1, 2024.',
      ],
      ['2023-01-01', '–', 'No figure reported for personnel deployed in Haiti as of January 1, 2023.'],
      [
        '2025-10-03',
        '994',
        "GSF: 994 personnel deployed in Haiti of 5,550 authorised, more preparing, number not reported, as of October 1, 2025. This adds up the contributors' latest figures, newer than the mission's last reported total (about 1,000, August 28, 2025). Figures from June 2025 for Jamaica, Belize, the Bahamas, Guatemala, and El Salvador. Sources disagree (Kenya): 735 or about 800.",
      ],
      [
        '2025-12-09',
        '980',
        "GSF: 980 personnel deployed in Haiti of 5,550 authorised, more preparing, number not reported, as of December 9, 2025. This is the mission's reported total; the contributors' own figures add up to 994. Note: Force spokesman's figure when Kenya's fifth contingent landed. Sources disagree: 980 or about 1,000.",
      ],
    ];
    for (const [asOf, shown, said] of asOfCases) {
      it(`as of ${asOf}: ${shown}`, async () => {
        const el = await counter({ 'as-of': asOf });
        expect(figure(el)).to.equal(shown);
        expect(sentence(el)).to.equal(said);
      });
    }

    it('keeps words apart in its text content, as copied or read by a crawler', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 640px"><troop-counter locale="en" history></troop-counter></div>`,
      );
      const el = await settled(wrapper.firstElementChild as TroopCounter);
      const flat = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      const text = ` ${flat(el.shadowRoot!)} `;
      for (const block of el.shadowRoot!.querySelectorAll('.note, .line, .meta, .label, .key'))
        expect(text, 'each block set apart by spaces').to.include(` ${flat(block)} `);
    });

    it('has no bar when nothing is pledged yet', async () => {
      const el = await counter({ 'as-of': '2023-01-01' });
      expect($(el, '[part="progress"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    const countryCases: [string, string, string][] = [
      [
        'KE',
        '382',
        'Kenya: 382 personnel deployed in Haiti of 1,000 pledged, 600 more preparing, as of September 26, 2024. Note: Figure given by President Ruto at the UN General Assembly.',
      ],
      [
        'JM',
        'about 24',
        'Jamaica: about 24 personnel deployed in Haiti of 200 pledged, as of September 12, 2024. Note: Twenty soldiers and four police officers.',
      ],
      [
        'bz',
        '2',
        'Belize: 2 personnel deployed in Haiti of 50 pledged, as of September 12, 2024. Note: Two senior officers, travelling with the Jamaican contingent.',
      ],
    ];
    for (const [country, shown, said] of countryCases) {
      it(`for ${country} alone: ${shown}`, async () => {
        const el = await counter({ country, 'as-of': '2024-09-30' });
        expect(figure(el)).to.equal(shown);
        expect(textOf(el, '.muted')).to.equal(`${said.split(':')[0]} · MSS`);
        expect(sentence(el)).to.equal(said);
      });
    }

    it('says plainly that a country gives no personnel, not as an error', async () => {
      const el = await counter({ country: 'US' });
      expect(el.shadowRoot!.querySelector('.root')?.getAttribute('data-state')).to.equal('complete');
      expect(spoken(el.shadowRoot!)).to.equal('United States: no personnel in this mission.');
      expect($(el, '[part="figure"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says that a country has no figure yet on that day, never a 0 the data does not give', async () => {
      const el = await counter({ country: 'JM', 'as-of': '2024-06-01' });
      expect(figure(el)).to.equal('–');
      // The dash stands where the number would, as large, not as small as the label under it.
      const size = (selector: string) => parseFloat(getComputedStyle($(el, selector)!).fontSize);
      expect(size('[part="figure"] span')).to.be.at.least(2 * size('[part="label"]'));
      expect(sentence(el)).to.equal(
        'Jamaica: no figure reported for personnel deployed in Haiti as of June 1, 2024.',
      );
    });

    // Before the first figure of what the headline counts, in each status and scope: an en dash
    // for the figure, the day it is as of, and nothing measured against it (no bar). What the data
    // does report stands on its own lines, cited: the pledge or the ceiling, deployed beside another
    // headline; with nothing else reported, no sources.
    const noFigureCases: [Record<string, string | boolean>, string, string[], string][] = [
      [
        { 'as-of': '2023-01-01', history: true },
        'personnel deployed in Haiti',
        [],
        'No figure reported for personnel deployed in Haiti as of January 1, 2023.',
      ],
      [
        { 'as-of': '2023-01-01', status: 'pledged' },
        'personnel pledged for Haiti',
        [],
        'No figure reported for personnel pledged for Haiti as of January 1, 2023.',
      ],
      [
        { 'as-of': '2024-06-01', status: 'preparing' },
        'personnel preparing for Haiti',
        ['1,000 pledged'],
        'MSS: 1,000 pledged, no figure reported for personnel preparing for Haiti as of June 1, 2024.',
      ],
      [
        { 'as-of': '2024-06-01', history: true },
        'personnel deployed in Haiti',
        ['1,000 pledged'],
        'MSS: 1,000 pledged, no figure reported for personnel deployed in Haiti as of June 1, 2024.',
      ],
      // Chad has pledged, and no figure of deployed has been reported: the latest data says so,
      // and what it pledged, with the caveats of that pledge.
      [
        { country: 'TD' },
        'personnel deployed in Haiti',
        ['800 pledged'],
        'Chad: 800 pledged, no figure reported for personnel deployed in Haiti as of March 21, 2026. Note: Police and gendarmes to be sent during 2026, per a single report known only through a summary site (low confidence). None had deployed by the latest report.',
      ],
      // Guatemala's pledge has no figure; its deployed figure does, as of its own date.
      [
        { country: 'GT', status: 'pledged' },
        'personnel pledged for Haiti',
        ['150 deployed as of June 2025'],
        'Guatemala: 150 deployed as of June 2025, no figure reported for personnel pledged for Haiti as of March 21, 2026.',
      ],
    ];
    for (const [attributes, label, known, said] of noFigureCases) {
      it(`says no figure is reported, with no number: ${JSON.stringify(attributes)}`, async () => {
        const el = await counter(attributes);
        expect(figure(el)).to.equal('–');
        expect(textOf(el, '[part="label"]')).to.equal(label);
        // The day of the headline: the last "as of" of its first sentence.
        const day = said
          .split(/\.(?: |$)/)[0]
          .split(' as of ')
          .pop()!;
        expect(lines(el)).to.deep.equal([
          ...known,
          ...(said.includes('Note: ') ? [`Note: ${said.split('Note: ')[1].slice(0, -1)}`] : []),
          `No figure reported as of ${day}`,
        ]);
        expect(sentence(el)).to.equal(said);
        expect($(el, '[part="progress"]')).to.equal(null);
        // Sources only for what is said beside the dash.
        expect(!!$(el, 'details')).to.equal(known.length > 0);
        // No history either: it begins with the first deployed figure, and there is none yet.
        expect($(el, '[part="sparkline"]')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('cites the pledge it says beside no figure, and only it', async () => {
      const el = await counter({ country: 'TD' });
      expect(textOf(el, 'summary')).to.equal('Sources: Daily Nation via News Summed Up');
      const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="sources"] a')];
      expect(links.map((a) => a.href)).to.deep.equal([
        'https://newssummedup.com/summary/Chad-to-deploy-800-security-personnel-to-Haiti-as-Kenya-scales-down-rgh67z',
      ]);
    });

    // A mission of the UN or the AU: authorised before anyone is deployed. The ceiling is said as
    // a ceiling, never as a pledge (its contributors had pledged 4,000, which it does not measure).
    it('says the authorised ceiling beside no figure of deployed, as authorised', async () => {
      const el = await counter({ src: await serve(JSON.stringify(other)), 'as-of': '2019-03-15' });
      expect(figure(el)).to.equal('–');
      expect(texts(el, '.head .line')).to.deep.equal(['8,000 authorised']);
      expect(sentence(el)).to.equal(
        'AMILR: 8,000 authorised, no figure reported for uniformed personnel deployed as of March 15, 2019.',
      );
      expect(textOf(el, 'summary')).to.equal('Sources: Example Gazette (fictional)');
      await expect(el).to.be.accessible();
    });

    // Chad's pledge beside no figure of deployed, in each language: on its line and in the sentence.
    const pledgeLocales: [string, string, string][] = [
      [
        'en',
        '800 pledged',
        'Chad: 800 pledged, no figure reported for personnel deployed in Haiti as of March 21, 2026.',
      ],
      [
        'fr',
        '800 promis',
        'Tchad\u00a0: 800 promis, aucun chiffre communiqué au 21 mars 2026 (personnes déployées en Haïti).',
      ],
      [
        'es',
        '800 comprometidos',
        'Chad: 800 comprometidos, ninguna cifra comunicada al 21 de marzo de 2026 (efectivos desplegados en Haití).',
      ],
      [
        'ht',
        '800 yo te pwomèt',
        'Tchad: 800 yo te pwomèt, okenn chif pa t bay pou pèsonèl ki deplwaye nan peyi Ayiti nan dat 21 mas 2026.',
      ],
      [
        'sw',
        '800 wameahidiwa',
        'Chad: 800 wameahidiwa, hakuna idadi ya askari waliotumwa Haiti iliyotajwa kufikia 21 Machi 2026.',
      ],
    ];
    // A figure of a month is as of that month: "en juin 2025", "a junio de 2025", never "au juin".
    const monthLocales: [string, string][] = [
      ['fr', '150 sur le terrain en juin 2025'],
      ['es', '150 desplegados a junio de 2025'],
      ['en', '150 deployed as of June 2025'],
    ];
    for (const [locale, shown] of monthLocales) {
      it(`dates a figure of a month as of that month in ${locale}`, async () => {
        const el = await counter({ locale, country: 'GT', status: 'pledged' });
        expect(texts(el, '.head .line')).to.deep.equal([shown]);
        expect(sentence(el)).to.contain(shown);
      });
    }

    for (const [locale, shown, said] of pledgeLocales) {
      it(`says the pledge beside no figure of deployed in ${locale}`, async () => {
        const el = await counter({ locale, country: 'TD' });
        expect(figure(el)).to.equal('–');
        expect(texts(el, '.head .line')).to.deep.equal([shown]);
        expect(sentence(el).startsWith(said), sentence(el)).to.equal(true);
      });
    }

    it('says deployed beside another headline only when a figure of it is reported', async () => {
      const el = await counter({ status: 'pledged', 'as-of': '2024-06-01' });
      expect(figure(el)).to.equal('1,000');
      expect(sentence(el)).to.equal('MSS: 1,000 personnel pledged for Haiti, as of July 29, 2023.');
      const chad = await counter({ status: 'pledged', country: 'TD' });
      // Its note follows, in the data's own words.
      expect(sentence(chad)).to.match(
        /^Chad: 800 personnel pledged for Haiti, as of March 21, 2026\. Note: /,
      );
    });

    const noFigureLocales: [string, string, string][] = [
      [
        'en',
        'No figure reported as of January 1, 2023',
        'No figure reported for personnel deployed in Haiti as of January 1, 2023.',
      ],
      [
        'fr',
        'Aucun chiffre communiqué au 1er janvier 2023',
        'Aucun chiffre communiqué au 1er janvier 2023 (personnes déployées en Haïti).',
      ],
      [
        'es',
        'Ninguna cifra comunicada al 1 de enero de 2023',
        'Ninguna cifra comunicada al 1 de enero de 2023 (efectivos desplegados en Haití).',
      ],
      [
        'ht',
        'Okenn chif pa t bay nan dat 1ye janvye 2023',
        'Okenn chif pa t bay pou pèsonèl ki deplwaye nan peyi Ayiti nan dat 1ye janvye 2023.',
      ],
      [
        'sw',
        'Hakuna idadi iliyotajwa kufikia 1 Januari 2023',
        'Hakuna idadi ya askari waliotumwa Haiti iliyotajwa kufikia 1 Januari 2023.',
      ],
    ];
    for (const [locale, shown, said] of noFigureLocales) {
      it(`says no figure is reported before the first one in ${locale}`, async () => {
        const el = await counter({ locale, 'as-of': '2023-01-01' });
        expect(figure(el)).to.equal('–');
        expect(lines(el)).to.deep.equal([shown]);
        expect(sentence(el)).to.equal(said);
      });
    }

    const statusCases: [string, string, string][] = [
      [
        'pledged',
        '1,250',
        "MSS: 1,250 personnel pledged for Haiti, about 426 deployed, 600 more preparing, as of September 21, 2024. Kenya's figure is from July 29, 2023.",
      ],
      [
        'preparing',
        '600',
        "MSS: 600 personnel preparing for Haiti, about 426 deployed of 1,250 pledged, as of September 21, 2024. Note: In pre-deployment training, announced during the president's visit.",
      ],
      [
        'unknown',
        'about 426',
        "MSS: about 426 personnel deployed in Haiti of 1,250 pledged, 600 more preparing, as of September 21, 2024. Kenya's figure is from July 16, 2024.",
      ],
    ];
    for (const [status, shown, said] of statusCases) {
      it(`makes ${status} the headline: ${shown}`, async () => {
        const el = await counter({ status, 'as-of': '2024-09-21' });
        expect(figure(el)).to.equal(shown);
        expect(sentence(el)).to.equal(said);
      });
    }

    it("uses the publisher's label", async () => {
      const el = await counter({ label: 'Kenyan police and partners on the ground', 'as-of': '2024-07-16' });
      expect(textOf(el, '[part="label"]')).to.equal('Kenyan police and partners on the ground');
      expect(sentence(el)).to.equal(
        'MSS: about 400 Kenyan police and partners on the ground of 1,000 pledged, as of July 16, 2024. Note: A second group of about 200 joined the first.',
      );
    });

    it('names the host country of any mission', async () => {
      const doc = shippedCopy();
      doc.host = 'ML';
      const el = await counter({ src: await serve(JSON.stringify(doc)) });
      expect(textOf(el, '[part="label"]')).to.equal('personnel deployed in Mali');
    });

    const locales: [string, string, string, string][] = [
      [
        'en',
        'about 426',
        'of 1,250 pledged',
        "MSS: about 426 personnel deployed in Haiti of 1,250 pledged, 600 more preparing, as of September 21, 2024. Kenya's figure is from July 16, 2024.",
      ],
      [
        'fr',
        'environ 426',
        'sur un engagement de 1\u202f250',
        'MMAS\u00a0: environ 426 personnes déployées en Haïti sur un engagement de 1\u202f250, 600 de plus en préparation, au 21 septembre 2024. Le Kenya\u00a0: chiffre du 16 juillet 2024.',
      ],
    ];
    for (const [locale, shown, pledged, said] of locales) {
      it(`formats figures, words and dates in ${locale}`, async () => {
        const el = await counter({ locale, 'as-of': '2024-09-21' });
        expect(figure(el)).to.equal(shown);
        expect(lines(el)).to.include(pledged);
        expect(sentence(el)).to.equal(said);
        await expect(el).to.be.accessible();
      });
    }

    it('agrees in French: a singular for 0 and 1', async () => {
      // A 0 the data reports is said as 0.
      const doc = shippedCopy();
      const kenya = doc.contributors.find((c) => c.id === 'KE')!.personnel!;
      kenya.push({ ...kenya[0], date: '2024-06-01', status: 'deployed', count: 0 });
      const el = await counter({
        locale: 'fr',
        'as-of': '2024-06-01',
        src: await serve(JSON.stringify(doc)),
      });
      expect(figure(el)).to.equal('0');
      expect(textOf(el, '[part="label"]')).to.equal('personne déployée en Haïti');
      const one = await counter({ locale: 'fr', country: 'US' });
      expect(spoken(one.shadowRoot!)).to.equal('États-Unis\u00a0: aucun personnel dans cette mission.');
    });

    it('describes the history sparkline in words', async () => {
      const el = await counter({ history: true, 'as-of': '2024-09-30' });
      const sparkline = $(el, 'figure[part="sparkline"]')!;
      expect(sparkline.querySelector('svg')?.closest('[aria-hidden="true"]')).not.to.equal(null);
      expect(sparkline.querySelector('polyline')?.getAttribute('points')).to.match(/^0,[\d.]+ /);
      expect(spoken(sparkline)).to.equal(
        'Personnel deployed over time: about 200 (June 25, 2024); about 400 (July 16, 2024); ' +
          'about 426 (September 12, 2024); about 408 (September 26, 2024).',
      );
      await expect(el).to.be.accessible();
    });

    it('has no sparkline without the history attribute', async () => {
      const el = await counter();
      expect($(el, '[part="sparkline"]')).to.equal(null);
    });

    for (const theme of ['light', 'dark']) {
      it(`passes axe in the ${theme} theme`, async () => {
        const el = await counter({ theme, history: true, 'as-of': '2024-09-21' });
        expect(getComputedStyle(el).colorScheme).to.equal(theme);
        await expect(el).to.be.accessible();
      });
    }

    it('fits a 280 px column in one column and a 1,200 px page in two', async () => {
      await setViewport({ width: 1300, height: 900 });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <div style="inline-size: 280px"><troop-counter locale="en"></troop-counter></div>
          <div style="inline-size: 1200px"><troop-counter locale="en"></troop-counter></div>
        </div>`,
      );
      const [narrow, wide] = await Promise.all(
        [...wrapper.querySelectorAll('troop-counter')].map((el) => settled(el as TroopCounter)),
      );
      const box = (el: TroopCounter, selector: string) => $(el, selector)!.getBoundingClientRect();
      expect(box(narrow, '[part="progress"]').top).to.be.at.least(box(narrow, '[part="label"]').bottom);
      const root = $(narrow, '.root')!;
      expect(root.scrollWidth).to.be.at.most(root.clientWidth);
      expect(box(wide, '[part="progress"]').left).to.be.above(box(wide, '[part="label"]').right);
      await setViewport({ width: 800, height: 600 });
    });

    it("says the target above the bar's end, which it measures, at every width", async () => {
      for (const width of ['280px', '640px', '1200px']) {
        const el = await fixture<TroopCounter>(
          html`<div style="inline-size: ${width}"><troop-counter locale="en" history></troop-counter></div>`,
        ).then((wrapper) => settled(wrapper.querySelector('troop-counter')! as TroopCounter));
        const box = (selector: string) => $(el, selector)!.getBoundingClientRect();
        // The words' own box, not their paragraph's, which spans the column whatever the alignment.
        const words = document.createRange();
        words.selectNodeContents($(el, '.target')!);
        const [target, track, legend] = [words.getBoundingClientRect(), box('.track'), box('.legend')];
        expect($(el, '.target')!.textContent).to.equal('of 5,550 authorised');
        // On the line just above the bar, its end at the bar's end; the chart below keeps its own labels.
        expect(target.bottom, width).to.be.at.most(track.top);
        expect(track.top - target.bottom, width).to.be.below(target.height);
        expect(Math.abs(target.right - track.right), width).to.be.below(1);
        expect(legend.top, width).to.be.at.least(track.bottom);
      }
    });

    it('sets each note on two lines in a column and one in a wide page, and every note in full once the sources open or a note is tapped', async () => {
      const notesAt = async (width: number) => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="inline-size: ${width}px"><troop-counter locale="en"></troop-counter></div>`,
        );
        const el = await settled(wrapper.firstElementChild as TroopCounter);
        return { el, notes: [...el.shadowRoot!.querySelectorAll<HTMLElement>('.notes p:not(.meta)')] };
      };
      const lineHeight = (note: HTMLElement) => parseFloat(getComputedStyle(note).lineHeight);
      const lines = (notes: HTMLElement[]) =>
        notes.map((note) => Math.round(note.clientHeight / lineHeight(note)));
      const cut = (note: HTMLElement) => note.scrollHeight > note.clientHeight + 1;
      expect(lines((await notesAt(390)).notes), '390 px').to.deep.equal([2, 2]);
      expect(lines((await notesAt(1280)).notes), '1,280 px').to.deep.equal([1, 1]);

      const { el, notes } = await notesAt(300);
      expect(lines(notes), '300 px').to.deep.equal([2, 2]);
      expect(notes.some(cut), 'a note longer than the column is cut').to.equal(true);
      // A cut keeps the date, which each note says first.
      expect(notes[1].textContent).to.match(/^Figures from June 2025 for /);
      // Every word of every note is in the one sentence readers of the sentence hear.
      for (const note of notes) expect(sentence(el)).to.include(note.textContent!.trim());
      const details = $<HTMLDetailsElement>(el, 'details')!;
      notes[0].click();
      await el.updateComplete;
      expect(details.open, 'a tap on a note opens the sources').to.equal(true);
      expect(notes.filter(cut), 'no note cut once open').to.deep.equal([]);
      expect(notes[0].clientHeight).to.be.above(2.5 * lineHeight(notes[0]));
      details.open = false;
      expect(notes.some(cut), 'cut again once closed').to.equal(true);
    });

    for (const width of [280, 800]) {
      it(`reserves its height before the data arrives (${width} px)`, async () => {
        // The shipped data, which the reservation is made for.
        const src = await serve(await (await fetch('/data/haiti-mss.json')).text(), { delay: 300 });
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="inline-size: ${width}px">
            <troop-counter locale="en" src=${src}></troop-counter>
          </div>`,
        );
        const el = wrapper.firstElementChild as TroopCounter;
        const before = el.getBoundingClientRect().height;
        await settled(el);
        expect(el.getBoundingClientRect().height).to.be.closeTo(before, 40);
      });
    }

    it('uses tabular figures', async () => {
      const el = await counter();
      expect(getComputedStyle($(el, '[part="figure"]')!).fontVariantNumeric).to.equal('tabular-nums');
    });
  });

  describe('never a false figure', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference', media: 'screen' }));

    /** Every number in a text, as written: "1,250", "426". */
    const numbers = (text: string) => text.match(/\d+(?:,\d{3})*/g) ?? [];

    for (const motion of ['no-preference', 'reduce'] as const) {
      it(`shows only figures from the data, on screen and to readers, at every frame from load until seen (${motion} motion)`, async () => {
        await emulateMedia({ reducedMotion: motion });
        // From the top of the page, whatever the test before left scrolled: the widget starts below the fold.
        scrollTo(0, 0);
        const wrapper = await fixture<HTMLDivElement>(html`<div><div style="block-size: 300vh"></div></div>`);
        const el = document.createElement('troop-counter');
        Object.assign(el, { locale: 'en', asOf: '2024-09-21' });
        const shown = new Set<string>();
        const said = new Set<string>();
        const record = () => {
          const visible = [figure(el), ...lines(el)].filter(Boolean).join(' | ');
          if (visible) shown.add(visible);
          said.add(spoken(el.shadowRoot!));
        };
        let running = true;
        const everyFrame = () => {
          record();
          if (running) requestAnimationFrame(everyFrame);
        };
        const loaded = oneEvent(el, 'mission-data-load');
        const seen = oneEvent(el, 'mission-widget-view');
        wrapper.append(el);
        const observer = new MutationObserver(record);
        observer.observe(el.shadowRoot!, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
        everyFrame();
        await loaded;
        await el.updateComplete;
        expect(figure(el), 'before it is on screen').to.equal('about 426');
        el.scrollIntoView();
        await seen;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        await emulateMedia({ media: 'print' });
        await el.updateComplete;
        record();
        running = false;
        observer.disconnect();
        const final = spoken(el.shadowRoot!);
        expect(final).to.contain(
          'MSS: about 426 personnel deployed in Haiti of 1,250 pledged, 600 more preparing',
        );
        expect([...shown], 'what is visible never changes once it shows figures').to.have.length(1);
        const figures = ['426', '600', '1,250', '2024', '21', '16'];
        for (const text of shown) for (const n of numbers(text)) expect(figures, text).to.include(n);
        for (const text of said) if (numbers(text).length) expect(text).to.equal(final);
      });
    }

    it('reads a former contributor truthfully: when it left, and what it had, never a bare 0', async () => {
      const doc = shippedCopy() as { contributors: { id: string; left?: string }[] };
      const jamaica = doc.contributors.find((c) => c.id === 'JM')!;
      jamaica.left = '2024-09-25';
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await counter({ src: await serve(JSON.stringify(doc)), country: 'JM' });
      expect(figure(el)).to.match(/^had (about )?[1-9][\d,]*$/);
      expect(texts(el, '.meta')[0]).to.match(/^Left the mission on September 25, 2024 · as of /);
      expect(sentence(el)).to.match(
        /^Jamaica: left the mission on September 25, 2024, had (about )?[1-9][\d,]* personnel deployed in Haiti, as of /,
      );
      expect(sentence(el)).not.to.match(/\b0 personnel/);
      await expect(el).to.be.accessible();
    });
  });

  describe('refresh', () => {
    before(() => emulateMedia({ reducedMotion: 'reduce' }));
    after(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('announces a changed figure once, politely, and never on first render', async () => {
      const doc = shippedCopy() as { contributors: { personnel: { count: number }[] }[] };
      const src = await serve(JSON.stringify(doc));
      const el = await counter({ src });
      expect(liveRegion(el).textContent).to.equal('');
      let changes = 0;
      new MutationObserver(() => changes++).observe(liveRegion(el), {
        subtree: true,
        childList: true,
        characterData: true,
      });

      doc.contributors[0].personnel[4].count = 500;
      await fetch(src.split('?')[0], { method: 'POST', body: JSON.stringify(doc) });
      await reloadMission(new URL(src, location.href).href);
      await el.updateComplete;
      const said =
        'About 526 personnel deployed in Haiti of 1,250 pledged, 600 more preparing, as of September 26, 2024.';
      expect(figure(el)).to.equal('about 526');
      expect(liveRegion(el).textContent).to.equal(said);
      expect(spoken(el.shadowRoot!).split(said).length - 1, 'said once').to.equal(1);

      el.requestUpdate();
      await el.updateComplete;
      await reloadMission(new URL(src, location.href).href); // same data: nothing new
      await el.updateComplete;
      expect(changes).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('announces nothing for a new src, and clears what a refresh of the old one said', async () => {
      const doc = shippedCopy() as { contributors: { personnel: { count: number }[] }[] };
      const src = await serve(JSON.stringify(doc));
      const el = await counter({ src });
      doc.contributors[0].personnel[4].count = 500;
      await fetch(src.split('?')[0], { method: 'POST', body: JSON.stringify(doc) });
      await reloadMission(new URL(src, location.href).href);
      await el.updateComplete;
      expect(liveRegion(el).textContent, 'the refresh is announced').to.match(/^About 526 personnel/);

      doc.contributors[0].personnel[4].count = 600;
      const loaded = oneEvent(el, 'mission-data-load');
      el.setAttribute('src', await serve(JSON.stringify(doc)));
      await loaded;
      await el.updateComplete;
      expect(figure(el)).to.equal('about 626');
      expect(liveRegion(el).textContent).to.equal('');
      expect(sentence(el), 'the new figure is still in the text alternative').to.match(
        /^About 626 personnel/,
      );
    });

    it('goes from the old figure straight to the new one, with nothing in between', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      const doc = shippedCopy() as { contributors: { personnel: { count: number }[] }[] };
      const src = await serve(JSON.stringify(doc));
      const el = await counter({ src });
      const shown = new Set<string>();
      new MutationObserver(() => shown.add(figure(el)!)).observe($(el, '[part="figure"]')!, {
        subtree: true,
        characterData: true,
        childList: true,
      });
      doc.contributors[0].personnel[4].count = 500;
      await fetch(src.split('?')[0], { method: 'POST', body: JSON.stringify(doc) });
      await reloadMission(new URL(src, location.href).href);
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect([...shown]).to.deep.equal(['about 526']);
      await emulateMedia({ reducedMotion: 'reduce' });
    });
  });

  describe('states and contract', () => {
    it('keeps the fallback and shows a calm message when src is broken', async () => {
      const el = document.createElement('troop-counter');
      el.locale = 'en';
      el.src = respond('not found', { status: 404, type: 'text/plain' });
      el.innerHTML = '<p>About 400 Kenyan police are deployed in Haiti (AP, July 2024).</p>';
      const failed = oneEvent(el, 'mission-data-error');
      const logged = await capture('error', async () => {
        document.body.append(el);
        await failed;
      });
      await el.updateComplete;
      expect((await failed).detail.kind).to.equal('http');
      expect(logged.join('\n')).to.contain('404');
      expect(textOf(el, '[part="status"]')).to.equal('These figures are not available right now.');
      const slot = $<HTMLSlotElement>(el, 'slot')!;
      expect(
        slot
          .assignedNodes()
          .map((node) => node.textContent)
          .join(''),
      ).to.contain('About 400 Kenyan police');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('says it is loading, accessibly, before the data arrives', async () => {
      const src = await serve(JSON.stringify(shippedCopy()), { delay: 300 });
      const el = await fixture<TroopCounter>(html`<troop-counter locale="en" src=${src}></troop-counter>`);
      expect(textOf(el, '[part="status"]')).to.equal('Loading the latest figures…');
      await expect(el).to.be.accessible();
      await settled(el);
    });

    it('can be created with its constructor and set by properties', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = new TroopCounter();
      Object.assign(el, { locale: 'en', country: 'JM', status: 'pledged', asOf: '2024-09-12' });
      document.body.append(el);
      await settled(el);
      expect(figure(el)).to.equal('200');
      el.remove();
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    const attributes: [string, string, keyof TroopCounter, unknown][] = [
      ['country', 'JM', 'country', 'JM'],
      ['status', 'pledged', 'status', 'pledged'],
      ['as-of', '2024-06-01', 'asOf', '2024-06-01'],
      ['label', 'Police on the ground', 'label', 'Police on the ground'],
      ['history', '', 'history', true],
      ['casualties', '', 'casualties', true],
      ['src', '/data/haiti-mss.json', 'src', '/data/haiti-mss.json'],
      ['locale', 'fr', 'locale', 'fr'],
      ['theme', 'dark', 'theme', 'dark'],
      ['refresh', '60', 'refresh', 60],
    ];
    for (const [attribute, value, property, expected] of attributes) {
      it(`maps the ${attribute} attribute to the ${property} property`, () => {
        const el = document.createElement('troop-counter');
        expect(el[property]).not.to.deep.equal(expected);
        el.setAttribute(attribute, value);
        expect(el[property]).to.deep.equal(expected);
      });
    }

    it('defaults to the deployed headline without history', () => {
      const el = new TroopCounter();
      expect([el.status, el.history, el.country, el.asOf, el.label]).to.deep.equal([
        'deployed',
        false,
        undefined,
        undefined,
        undefined,
      ]);
    });
  });
});
