import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContributorList } from '../../src/contributor-list.js';
import { clearMissionCache } from '../../src/data/store.js';
import { shippedCopy } from '../data/fixtures.js';
import otherMission from '../fixtures/missions/other-mission.json' with { type: 'json' };
import { capture, serve, settled } from '../helpers.js';

/** The text a reader sees: without the visually hidden sentences, spaces collapsed. */
function seen(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}
const texts = (nodes: Iterable<Element>) => [...nodes].map(seen);

/** The layout in the DOM, the table or the list of cards: the only one, and visible. */
function shown(el: ContributorList): HTMLElement {
  const layouts = el.shadowRoot!.querySelectorAll<HTMLElement>('table, .cards');
  expect(layouts, 'exactly one layout is rendered').to.have.length(1);
  expect(layouts[0].checkVisibility(), 'the layout is visible').to.equal(true);
  return layouts[0];
}

/** A row header's or card heading's name, without its badge. */
const nameOf = (header: Element) => seen(header.querySelector('.name')!);

/** What a column's cell or an entry's item shows, without the label an entry gives it. */
function cellText(cell: Element): string {
  const label = cell.querySelector(':scope > .muted');
  return seen(cell)
    .replace(label ? seen(label) : '', '')
    .trim();
}

/**
 * Per entry in the visible layout: its name, the line under it (role, kind, first arrival),
 * then each column with something in it, in order (a table's "–" is nothing).
 */
function entries(el: ContributorList): string[][] {
  const layout = shown(el);
  const rows = layout.querySelectorAll(layout.localName === 'table' ? 'tbody tr:not(.notes)' : ':scope > li');
  return [...rows].map((row) => [
    nameOf(row),
    row.querySelector('.meta') ? seen(row.querySelector('.meta')!) : '',
    ...[...row.querySelectorAll('[data-column]')].map(cellText).filter((text) => text !== '–'),
  ]);
}

const names = (el: ContributorList) => entries(el).map(([name]) => name);
/** What a screen reader reads for each figure in the visible layout. */
const sentences = (el: ContributorList) =>
  [...shown(el).querySelectorAll('.value + .visually-hidden')].map((node) =>
    (node.textContent ?? '').replace(/\s+/g, ' '),
  );
const summary = (el: ContributorList) => seen(el.shadowRoot!.querySelector('.summary')!);
const headers = (el: ContributorList) => texts(el.shadowRoot!.querySelectorAll('thead th'));

/** A list of the shipped data as it stood at the end of September 2024, unless `as-of` says otherwise. */
async function list(attributes: Record<string, string> = {}, width = 900): Promise<ContributorList> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px"></div>`);
  const el = document.createElement('contributor-list');
  el.setAttribute('locale', 'en');
  if (!attributes.src) el.setAttribute('as-of', '2024-09-30');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  return settled(el);
}

/** The shipped dataset with Kenya and `count - 1` other police contributors, most deployed first. */
function withContributors(count: number) {
  const doc = shippedCopy();
  const regions = new Intl.DisplayNames('en', { type: 'region' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const codes = [...letters]
    .flatMap((a) => [...letters].map((b) => a + b))
    .filter((code) => code !== 'KE' && regions.of(code) !== code)
    .slice(0, count - 1);
  expect(codes).to.have.length(count - 1);
  doc.contributors = [
    doc.contributors[0],
    ...codes.map((country, i) => ({
      id: country,
      type: 'country' as const,
      country,
      personnel: [
        {
          date: '2024-09-12',
          status: 'deployed' as const,
          kind: 'police' as const,
          count: count - 1 - i,
          sources: ['ap-2024-09-12'],
        },
      ],
    })),
  ];
  return doc;
}

describe('<contributor-list>', () => {
  afterEach(() => clearMissionCache());

  it('lists the shipped contributors of September 2024, Kenya first and marked as the lead nation', async () => {
    const el = await list();
    expect(summary(el)).to.equal('3 countries contribute personnel. 2 countries contribute funding.');
    expect(headers(el)).to.deep.equal(['Country', 'Deployed', 'Preparing', 'Pledged', 'Funding', 'Sources']);
    const [kenya, jamaica, belize, canada, us] = entries(el);
    expect(kenya.slice(0, 5)).to.deep.equal([
      'Kenya',
      'Lead nation · Police · since June 2024',
      '382',
      '600',
      '1,000',
    ]);
    expect(jamaica.slice(0, 4)).to.deep.equal([
      'Jamaica',
      'Police and military · since September 2024',
      'about 24',
      '200',
    ]);
    expect(belize.slice(0, 4)).to.deep.equal(['Belize', 'Military · since September 2024', '2', '50']);
    expect(canada.slice(0, 3)).to.deep.equal(['Canada', '', '86.2 million Canadian dollars pledged']);
    expect(us.slice(0, 3)).to.deep.equal(['United States', '', '300 million US dollars pledged']);

    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr:not(.notes)')];
    const background = (row: Element) => getComputedStyle(row).backgroundColor;
    expect(background(rows[0])).not.to.equal(background(rows[1]));
    expect(rows[0].querySelector('strong')?.textContent).to.equal('Lead nation');
    // The data gives the United States money and no figure of people: a dash in its personnel
    // cells, which a screen reader reads as what it is (the data reports none of them).
    expect(texts(rows[4].querySelectorAll('td')).slice(0, 3)).to.deep.equal(['–', '–', '–']);
    const dash = rows[4].querySelector('td .none + .visually-hidden')!;
    expect(dash.textContent).to.equal('not reported');
    // Figures right-aligned, in tabular figures; a bar per row for its deployed personnel.
    const cell = rows[0].querySelector('td[data-column="deployed"]')!;
    expect(getComputedStyle(cell.querySelector('.value')!).textAlign).to.equal('end');
    expect(getComputedStyle(cell).fontVariantNumeric).to.contain('tabular-nums');
    const bars = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.bar > span')];
    const shares = bars.map((b) => parseFloat(b.style.inlineSize));
    expect(shares).to.have.length(3);
    [100, (24 / 382) * 100, (2 / 382) * 100].forEach((share, i) =>
      expect(shares[i]).to.be.closeTo(share, 0.01),
    );
    // Sources as numbered footnotes: a number per source in the row, named in the line below.
    expect(kenya.at(-1)).to.match(/^1 2( \d+)*$/);
    const footnotes = seen(el.shadowRoot!.querySelector('.footnotes')!);
    expect(footnotes).to.match(/^Sources 1 \S.* 2 /);
  });

  it('gives every figure a sentence, read instead of the bare number', async () => {
    const el = await list();
    expect(sentences(el)).to.deep.equal([
      'Kenya: 382 police officers deployed since June 2024. Note: Figure given by President Ruto at the UN General Assembly',
      "Kenya: 600 police officers preparing to deploy. Note: In pre-deployment training, announced during the president's visit",
      'Kenya: 1,000 police officers pledged',
      'Jamaica: about 24 soldiers and police deployed since September 2024. Note: Twenty soldiers and four police officers',
      'Jamaica: 200 soldiers and police pledged',
      'Belize: 2 soldiers deployed since September 2024. Note: Two senior officers, travelling with the Jamaican contingent',
      'Belize: 50 soldiers pledged. Note: Pledged in May 2024',
      'Canada: 86.2 million Canadian dollars pledged to the UN trust fund for the MSS. Note: C$80.5 million to the UN trust fund, then C$5.7 million more',
      'United States: 300 million US dollars pledged. Note: Total after a further pledge',
    ]);
    for (const value of shown(el).querySelectorAll('.value')) {
      expect(value.getAttribute('aria-hidden')).to.equal('true');
    }
  });

  it('shows each country with a text badge of its ISO code, hidden from screen readers', async () => {
    const el = await list();
    const badges = [...shown(el).querySelectorAll('.flag')];
    expect(texts(badges)).to.deep.equal(['KE', 'JM', 'BZ', 'CA', 'US']);
    expect(badges.every((badge) => badge.getAttribute('aria-hidden') === 'true')).to.equal(true);
  });

  const orders: [Record<string, string>, string[]][] = [
    [{}, ['Kenya', 'Jamaica', 'Belize', 'Canada', 'United States']],
    [{ sort: 'personnel' }, ['Kenya', 'Jamaica', 'Belize', 'Canada', 'United States']],
    [{ sort: 'arrival' }, ['Kenya', 'Belize', 'Jamaica', 'Canada', 'United States']],
    [{ sort: 'name' }, ['Belize', 'Canada', 'Jamaica', 'Kenya', 'United States']],
    [{ sort: 'name', locale: 'fr' }, ['Belize', 'Canada', 'États-Unis', 'Jamaïque', 'Kenya']],
    [{ sort: 'anything' }, ['Kenya', 'Jamaica', 'Belize', 'Canada', 'United States']],
    [{ country: 'us jm' }, ['Jamaica', 'United States']],
    [{ show: 'personnel' }, ['Kenya', 'Jamaica', 'Belize']],
    [{ show: 'funding' }, ['Canada', 'United States']],
    [{ 'as-of': '2024-09-01' }, ['Kenya', 'Canada', 'United States']],
  ];
  for (const [attributes, expected] of orders) {
    it(`${JSON.stringify(attributes)} lists ${expected.join(', ')}`, async () => {
      expect(names(await list(attributes))).to.deep.equal(expected);
    });
  }

  it('filters by country, and counts only those countries', async () => {
    const el = await list({ country: 'JM US' });
    expect(summary(el)).to.equal('Jamaica contributes personnel. The United States contributes funding.');
    // Of the countries asked for, none funds: no "0 countries contribute funding", which would
    // read as if nobody funded the mission.
    const jamaica = await list({ country: 'JM' });
    expect(summary(jamaica)).to.equal('Jamaica contributes personnel.');
    // Nor a column of dashes for money.
    expect(headers(jamaica)).to.deep.equal(['Country', 'Deployed', 'Preparing', 'Pledged', 'Sources']);
    expect(summary(await list({ country: 'US' }))).to.equal('The United States contributes funding.');
    // None of them in the list at all: said as nothing recorded, not as zero counts.
    expect(summary(await list({ country: 'FR' }))).to.equal(
      'No contributions recorded as of September 30, 2024.',
    );
  });

  // Nothing by the day (an as-of before the first entry, or before the named ones'): one
  // sentence that says so, with the day, instead of zero counts over an empty table.
  const nothingYet: [Record<string, string>, string][] = [
    [{ 'as-of': '2023-01-01' }, 'No contributions recorded as of January 1, 2023.'],
    [{ 'as-of': '2023-01-01', show: 'personnel' }, 'No personnel recorded as of January 1, 2023.'],
    [{ 'as-of': '2023-08-01', show: 'funding' }, 'No funding recorded as of August 1, 2023.'],
    [{ 'as-of': '2024-06-01', country: 'JM' }, 'No contributions recorded as of June 1, 2024.'],
    [{ 'as-of': '2023-01-01', locale: 'fr' }, 'Aucune contribution enregistrée au 1er janvier 2023.'],
    [{ 'as-of': '2023-01-01', locale: 'es' }, 'Sin contribuciones registradas al 1 de enero de 2023.'],
    [{ 'as-of': '2023-01-01', locale: 'ht' }, 'Pa gen kontribisyon ki anrejistre nan dat 1ye janvye 2023.'],
    [{ 'as-of': '2023-01-01', locale: 'sw' }, 'Hakuna mchango uliorekodiwa kufikia 1 Januari 2023.'],
  ];
  for (const [attributes, said] of nothingYet) {
    it(`says nothing is recorded yet, with no empty table: ${JSON.stringify(attributes)}`, async () => {
      const el = await list(attributes);
      expect(summary(el)).to.equal(said);
      expect(el.shadowRoot!.querySelectorAll('table, .cards, [part=footnotes]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  }

  // The one country that gives a kind is named, in a sentence of the list's language; an
  // organisation that funds stays counted as one, never named as a country.
  const sole = [
    ['en', { country: 'JM US' }, 'Jamaica contributes personnel. The United States contributes funding.'],
    [
      'fr',
      { country: 'JM US' },
      'La Jamaïque fournit du personnel. Les États-Unis contribuent au financement.',
    ],
    ['fr', { country: 'BZ' }, 'Le Belize fournit du personnel.'],
    ['es', { country: 'JM US' }, 'Jamaica aporta personal. Estados Unidos aporta financiación.'],
    ['ht', { country: 'JM US' }, 'Jamayik bay pèsonèl. Etazini bay lajan.'],
    ['sw', { country: 'JM' }, 'Jamaika inachangia askari.'],
    ['en', { 'as-of': '2024-09-01' }, 'Kenya contributes personnel. 2 countries contribute funding.'],
  ] as const;
  for (const [locale, attributes, expected] of sole) {
    it(`${locale}, ${JSON.stringify(attributes)}: "${expected}"`, async () => {
      expect(summary(await list({ ...attributes, locale }))).to.equal(expected);
    });
  }
  for (const [locale, expected] of [
    ['en', 'Uganda contributes personnel. 1 organisation contributes funding.'],
    ['fr', 'L’Ouganda fournit du personnel. 1 organisation contribue au financement.'],
  ] as const) {
    it(`${locale}: a country and an organisation, each one of its kind: "${expected}"`, async () => {
      const src = await serve(JSON.stringify(otherMission));
      expect(summary(await list({ src, locale, country: 'UG eu' }))).to.equal(expected);
    });
  }

  for (const [locale, unreported, none] of [
    ['en', 'not reported', 'none'],
    ['fr', 'non communiqué', 'aucun'],
    ['ht', 'pa t rapòte', 'okenn'],
    ['es', 'sin datos', 'ninguno'],
    ['sw', 'haijatajwa', 'hakuna'],
  ] as const) {
    it(`${locale}: reads a dash as "${unreported}" where the data gives nothing, "${none}" in a former contributor's figures`, async () => {
      const src = await serve(JSON.stringify(otherMission));
      const el = await list({ src, locale, sort: 'name' }, 1280);
      const rows = [...shown(el).querySelectorAll('tbody tr:not(.notes)')];
      const read = (id: string) => {
        const row = rows.find((tr) => tr.querySelector('.flag')!.textContent === id)!;
        return [...row.querySelectorAll('td[data-column]')].map(
          (cell) => cell.querySelector('.none + .visually-hidden')?.textContent ?? seen(cell),
        );
      };
      // Senegal has pledged people, none deployed or preparing in the data, and no money.
      const senegal = read('SN');
      expect(senegal.slice(0, 2)).to.deep.equal([unreported, unreported]);
      expect(senegal[3], 'its funding').to.equal(unreported);
      // Ethiopia has left: none of its people now; its money, which the data never gave, is not reported.
      expect(read('ET').slice(0, 4)).to.deep.equal([none, none, none, unreported]);
    });
  }

  it('shows personnel only, or funding only', async () => {
    const people = await list({ show: 'personnel' });
    expect(headers(people)).to.deep.equal(['Country', 'Deployed', 'Preparing', 'Pledged', 'Sources']);
    expect(summary(people)).to.equal('3 countries contribute personnel.');
    expect(sentences(people).join(' ')).not.to.contain('dollars');
    const money = await list({ show: 'funding' });
    expect(headers(money)).to.deep.equal(['Country', 'Funding', 'Sources']);
    expect(summary(money)).to.equal('2 countries contribute funding.');
    expect(entries(money)[1]).to.deep.equal(['United States', '', '300 million US dollars pledged', '2']);
    const link = shown(money).querySelectorAll('a')[1];
    expect(link.getAttribute('aria-label')).to.equal('source 2: Reuters, March 11, 2024');
  });

  it('shows the list as it stood before Jamaica arrived', async () => {
    const el = await list({ 'as-of': '2024-09-01' });
    expect(summary(el)).to.equal('Kenya contributes personnel. 2 countries contribute funding.');
    expect(names(el)).not.to.include('Jamaica');
    expect(sentences(el)[0]).to.equal(
      'Kenya: about 400 police officers deployed since June 2024. Note: A second group of about 200 joined the first',
    );
    el.asOf = '2024-09-30';
    await el.updateComplete;
    expect(names(el)).to.include('Jamaica');
  });

  it('follows a change of locale', async () => {
    const el = await list({ sort: 'name' });
    el.locale = 'fr';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Belize', 'Canada', 'États-Unis', 'Jamaïque', 'Kenya']);
    expect(summary(el)).to.equal('3 pays fournissent du personnel. 2 pays contribuent au financement.');
  });

  const languages: [string, string[]][] = [
    ['en', ['Kenya', 'Jamaica', 'Belize', 'Canada', 'United States']],
    ['fr', ['Kenya', 'Jamaïque', 'Belize', 'Canada', 'États-Unis']],
    ['es', ['Kenia', 'Jamaica', 'Belice', 'Canadá', 'Estados Unidos']],
  ];
  for (const [locale, expected] of languages) {
    it(`names the countries in ${locale}`, async () => {
      expect(names(await list({ locale }))).to.deep.equal(expected);
    });
  }

  it('speaks French: summary, headers, figures, dates and money', async () => {
    const el = await list({ locale: 'fr' });
    expect(summary(el)).to.equal('3 pays fournissent du personnel. 2 pays contribuent au financement.');
    expect(headers(el)[1]).to.equal('Déployés');
    expect(entries(el)[0].slice(0, 2)).to.deep.equal([
      'Kenya',
      'Pays chef de file · Policiers · depuis juin 2024',
    ]);
    expect(sentences(el)).to.include.members([
      'Jamaïque : environ 24 militaires et policiers déployés depuis septembre 2024. Remarque : Vingt soldats et quatre policiers',
      'Kenya : 1 000 policiers promis',
      'États-Unis : 300 millions de dollars des États-Unis promis. Remarque : Total après une nouvelle promesse',
      "Canada : 86,2 millions de dollars canadiens promis au Fonds d'affectation spéciale des Nations unies pour la MMAS. Remarque : 80,5 millions de dollars canadiens au fonds d'affectation spéciale de l'ONU, puis 5,7 millions de plus",
    ]);
  });

  it('formats money in words in English and French', async () => {
    const value = async (locale: string) =>
      texts(shown(await list({ locale, show: 'funding' })).querySelectorAll('.value'));
    expect(await value('en')).to.deep.equal([
      '86.2 million Canadian dollars pledged',
      '300 million US dollars pledged',
    ]);
    expect(await value('fr')).to.deep.equal([
      '86,2 millions de dollars canadiens promis',
      '300 millions de dollars des États-Unis promis',
    ]);
  });

  it('renders only a table on a wide container and only cards on a narrow one, with the same content', async () => {
    const wide = await list({}, 900);
    const narrow = await list({}, 280);
    expect(shown(wide).localName).to.equal('table');
    expect(shown(narrow).localName).to.equal('ul');
    expect(entries(narrow)).to.deep.equal(entries(wide));
    expect(sentences(narrow)).to.deep.equal(sentences(wide));
    const table = shown(wide);
    expect(seen(table.querySelector('caption')!)).to.equal('Contributors');
    expect(table.querySelectorAll('thead th[scope="col"]')).to.have.length(6);
    expect(table.querySelectorAll('tbody th[scope="row"]')).to.have.length(5);
    const cards = shown(narrow);
    expect(cards.getAttribute('aria-label')).to.equal('Contributors');
    expect(texts(cards.querySelectorAll('li h3')).map((name) => name.slice(3))).to.deep.equal(names(wide));
  });

  it('switches layout when its container crosses 48rem, and back, with the same content', async () => {
    const el = await list({ sort: 'name' }, 900);
    const wrapper = el.parentElement!;
    const layout = () => el.shadowRoot!.querySelector('table, .cards')?.localName;
    const before = { entries: entries(el), sentences: sentences(el) };
    expect(layout()).to.equal('table');
    // An ordinary article column: the entries now.
    wrapper.style.inlineSize = '700px';
    await waitUntil(() => layout() === 'ul', 'the cards replace the table', { timeout: 15_000 });
    await el.updateComplete;
    expect(entries(el)).to.deep.equal(before.entries);
    expect(sentences(el)).to.deep.equal(before.sentences);
    wrapper.style.inlineSize = '900px';
    await waitUntil(() => layout() === 'table', 'the table replaces the cards', { timeout: 15_000 });
    await el.updateComplete;
    expect(entries(el)).to.deep.equal(before.entries);
  });

  // The table from 48rem (768 px) when it has the figures and the funding, from 30rem (480 px)
  // when it has either alone; the host's padding and border are outside the box compared.
  const thresholds = [
    ['the figures and the funding', {}, 768],
    ['the funding only', { show: 'funding' }, 480],
    ['the figures only', { show: 'personnel' }, 480],
  ] as const;
  for (const [what, attributes, threshold] of thresholds) {
    it(`with ${what}, chooses by its own content box: the table from ${threshold / 16}rem`, async () => {
      const style = getComputedStyle(await list(attributes, 900));
      const edges = ['padding-left', 'padding-right', 'border-left-width', 'border-right-width']
        .map((property) => parseFloat(style.getPropertyValue(property)))
        .reduce((sum, value) => sum + value);
      for (const [width, layout] of [
        [threshold, 'ul'],
        [Math.ceil(threshold + edges) - 1, 'ul'],
        [Math.ceil(threshold + edges), 'table'],
        [640, threshold > 640 ? 'ul' : 'table'],
        [1280, 'table'],
      ] as const) {
        expect(shown(await list(attributes, width)).localName, `${width}px`).to.equal(layout);
      }
    });
  }

  it('in a 640 px article column, lists the shipped contributors as entries, and a funding-only list as a table', async () => {
    const data = await serve(JSON.stringify(shippedCopy()));
    const all = await list({ src: data }, 640);
    expect(all.shadowRoot!.querySelector('table'), 'no table').to.equal(null);
    const cards = shown(all);
    expect(cards.localName).to.equal('ul');
    expect(cards.getAttribute('aria-label')).to.equal('Contributors');
    expect(cards.querySelectorAll(':scope > li')).to.have.length(shippedCopy().contributors.length);
    // Two entries to a row, each about as wide as on a phone, a gap between them.
    const [first, second] = cards.querySelectorAll(':scope > li');
    const [a, b] = [first.getBoundingClientRect(), second.getBoundingClientRect()];
    expect(b.top, 'side by side').to.equal(a.top);
    expect(a.width, 'each about half the column').to.be.within(250, 320);
    expect(a.right, 'a gap between').to.be.below(b.left);

    const funding = await list({ src: data, show: 'funding' }, 640);
    expect(shown(funding).localName).to.equal('table');
    expect(headers(funding)).to.deep.equal(['Country', 'Funding', 'Sources']);
    const wide = await list({ src: data }, 1280);
    expect(headers(wide)).to.deep.equal([
      'Country',
      'Deployed',
      'Preparing',
      'Pledged',
      'Funding',
      'Sources',
    ]);
  });

  it('switches layout in the same update when what it shows changes the width its table needs', async () => {
    const el = await list({}, 640);
    const layout = () => el.shadowRoot!.querySelector('table, .cards')?.localName;
    expect(layout()).to.equal('ul');
    let seen: (string | undefined)[] = [];
    const changes = new MutationObserver(() => seen.push(layout()));
    changes.observe(el.shadowRoot!, { childList: true, subtree: true });
    /** The layouts rendered from `show`'s change until the list settles, the first one apart. */
    const showing = async (show: string) => {
      seen = [];
      el.setAttribute('show', show);
      await el.updateComplete;
      const first = layout();
      await settled(el);
      await nextFrame();
      await nextFrame();
      return { first, all: new Set(seen) };
    };
    const funding = await showing('funding');
    expect(funding.first, 'a funding-only table at once').to.equal('table');
    expect(funding.all, 'never the entries again').to.deep.equal(new Set(['table']));
    const all = await showing('all');
    changes.disconnect();
    expect(all.first, 'the entries at once').to.equal('ul');
    expect(all.all, 'never the table again').to.deep.equal(new Set(['ul']));
  });

  for (const width of [280, 900]) {
    for (const theme of ['light', 'dark']) {
      it(`is accessible at ${width}px in the ${theme} theme`, async () => {
        const el = await list({ theme }, width);
        await expect(el).to.be.accessible();
      });
    }
  }

  for (const width of [280, 900]) {
    it(`reaches every source link by keyboard, in order, with a visible focus at ${width}px`, async () => {
      const el = await list({}, width);
      const links = [...shown(el).querySelectorAll('a')];
      expect(links).to.have.length(10);
      const reached: Element[] = [];
      for (const link of links) {
        await sendKeys({ press: 'Tab' });
        const active = el.shadowRoot!.activeElement;
        reached.push(active!);
        expect(getComputedStyle(link).outlineStyle).to.equal(active === link ? 'solid' : 'none');
      }
      expect(reached).to.deep.equal(links);
    });
  }

  it('keeps the fallback and stays calm when the data is broken', async () => {
    const el = document.createElement('contributor-list');
    el.locale = 'en';
    el.src = await serve('{"id": ');
    el.innerHTML = '<p>Kenya leads the mission; Jamaica and Belize have sent personnel.</p>';
    const event = oneEvent(el, 'mission-data-error');
    const logged = await capture('error', async () => {
      document.body.append(el);
      await event;
    });
    await el.updateComplete;
    expect((await event).detail.kind).to.equal('json');
    expect(logged.join('\n')).to.contain('not valid JSON');
    expect(el.shadowRoot!.textContent).to.contain('These figures are not available right now.');
    expect(el.shadowRoot!.querySelector('table, .cards')).to.equal(null);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(texts(slot.assignedElements())).to.deep.equal([
      'Kenya leads the mission; Jamaica and Belize have sent personnel.',
    ]);
    expect(slot.assignedElements()[0].checkVisibility()).to.equal(true);
    await expect(el).to.be.accessible();
    el.remove();
  });

  /** Words of the table that wrap inside themselves ("Contributeu/r"), as drawn; after a hyphen is fine. */
  const brokenWords = (el: ContributorList) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(el.shadowRoot!.querySelector('table')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((node.parentElement as HTMLElement).closest('.visually-hidden')) continue;
      for (const word of node.textContent!.matchAll(/[^\s-]+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        // Lines the word is drawn on (WebKit adds an empty box where a line ends just before it).
        const lines = [...range.getClientRects()]
          .filter((box) => box.width > 0)
          .map((box) => Math.round(box.top));
        if (new Set(lines).size > 1) broken.push(word[0]);
      }
    }
    return broken;
  };

  // Just over the 30rem where a table of the figures alone begins (520 px), and where one with the
  // funding too begins in French in every engine (900 px; with its amounts on their lines, about
  // 830 px in Firefox): the narrowest tables a reader gets.
  for (const [width, show] of [
    [520, 'personnel'],
    [900, 'all'],
  ] as const) {
    it(`keeps every word whole in a table just wide enough (${width} px, ${show}), in French, short or long`, async function () {
      this.timeout(60_000);
      const short = await list(
        { locale: 'fr', show, src: await serve(JSON.stringify(shippedCopy())) },
        width,
      );
      expect(short.shadowRoot!.querySelector('table')).to.exist;
      expect(brokenWords(short)).to.deep.equal([]);
      // The first rows have short names (Zimbabwe, Zambie…); the longer words of later ones
      // (Azerbaïdjan, Herzégovine…) widen their column as they come, rather than breaking.
      const doc = withContributors(200);
      doc.contributors.forEach((contributor, i) => i && (contributor.personnel![0].count = i));
      const long = await list({ locale: 'fr', show, src: await serve(JSON.stringify(doc)) }, width);
      expect(long.shadowRoot!.querySelectorAll('tbody tr:not(.notes)')).to.have.length(200);
      expect(brokenWords(long)).to.deep.equal([]);
      const table = long.shadowRoot!.querySelector('table')!.getBoundingClientRect();
      expect(table.right).to.be.at.most(long.getBoundingClientRect().right);
    });
  }

  it('keeps words apart in its text content, as copied or read by a crawler', async () => {
    const el = await list();
    const table = shown(el);
    const text = (table.textContent ?? '').replace(/\s+/g, ' ');
    // Column headers, each figure and the sentence said for it, and a row's notes.
    expect(text).to.include('Deployed Preparing Pledged');
    expect(text).to.not.match(/\d(Kenya|Jamaica):/);
    expect(text).to.not.match(/–none/);
    for (const hidden of table.querySelectorAll('.visually-hidden')) {
      const around = (hidden.parentElement!.textContent ?? '').replace(/\s+/g, ' ');
      const said = hidden.textContent!.replace(/\s+/g, ' ').trim();
      const at = around.indexOf(said);
      expect(at === 0 || around[at - 1] === ' ', `a space before "${said}"`).to.equal(true);
    }
    const flat = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    const notes = [...table.querySelectorAll('.note + .note')];
    for (const note of notes)
      expect(flat(note.parentElement!)).to.include(`${flat(note.previousElementSibling!)} ${flat(note)}`);
  });

  it('keeps its columns and the rows above still while 200 contributors stream in, footnotes last', async function () {
    this.timeout(60_000);
    const doc = withContributors(200);
    // The longest name comes last, where it would widen its column under the rows above it.
    const names = new Intl.DisplayNames('en', { type: 'region' });
    const others = doc.contributors.slice(1);
    const name = (contributor: (typeof others)[number]) =>
      ('country' in contributor && names.of(contributor.country)) || '';
    const longest = others.reduce((a, b) => (name(b).length > name(a).length ? b : a));
    const last = others.at(-1)!;
    [longest.personnel![0].count, last.personnel![0].count] = [
      last.personnel![0].count,
      longest.personnel![0].count,
    ];
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 900px"></div>`);
    const el = document.createElement('contributor-list');
    el.setAttribute('locale', 'en');
    el.setAttribute('src', await serve(JSON.stringify(doc)));
    // What each committed render lays out: rows in, the first rows' cells, the footnotes.
    const seenRenders: { rows: number; cells: string; footnotes: boolean }[] = [];
    const watch = new MutationObserver(() => {
      const rows = [...el.shadowRoot!.querySelectorAll('tbody tr:not(.notes)')];
      if (!rows.length) return;
      const cells = rows
        .slice(0, 8)
        .flatMap((row) => [...row.children].map((cell) => cell.getBoundingClientRect()))
        .map((box) => `${Math.round(box.left)},${Math.round(box.top)},${Math.round(box.width)}`)
        .join(' ');
      seenRenders.push({
        rows: rows.length,
        cells,
        footnotes: Boolean(el.shadowRoot!.querySelector('.footnotes')),
      });
    });
    wrapper.append(el);
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    await settled(el);
    await waitUntil(
      () => el.shadowRoot!.querySelectorAll('tbody tr:not(.notes)').length === 200,
      'every row',
      {
        timeout: 30_000,
      },
    );
    await el.updateComplete;
    watch.disconnect();
    const streaming = seenRenders.filter((render) => render.rows < 200);
    expect(streaming.length, 'the rows came in chunks').to.be.greaterThan(1);
    expect(new Set(seenRenders.map((render) => render.cells)).size, 'the first rows never moved').to.equal(1);
    expect(
      streaming.filter((render) => render.footnotes),
      'no footnotes before the last row',
    ).to.deep.equal([]);
    expect(seen(el.shadowRoot!.querySelector('.footnotes')!)).to.match(/^Sources 1 /);
    const row = [...el.shadowRoot!.querySelectorAll('tbody tr:not(.notes)')].at(-1)!;
    expect(nameOf(row.querySelector('th')!)).to.equal(name(longest));
  });

  it('renders all of 200 contributors, in one layout at a time', async function () {
    // Two layouts of 200 rows, a chunk per frame: slow engines on a loaded machine need longer.
    this.timeout(60_000);
    const doc = withContributors(200);
    const el = await list({ src: await serve(JSON.stringify(doc)) });
    const rows = el.shadowRoot!.querySelectorAll('tbody tr:not(.notes)');
    expect(rows).to.have.length(200);
    expect(el.shadowRoot!.querySelector('.cards')).to.equal(null);
    // Personnel only (the shipped fund's money comes later than the data's day): no "0 countries".
    expect(summary(el)).to.equal(
      '200 countries contribute personnel. No funding recorded as of September 30, 2024.',
    );
    expect(nameOf(rows[0].querySelector('th')!)).to.equal('Kenya');
    expect(seen(rows[1].querySelector('td[data-column="deployed"]')!)).to.equal('199');
    expect(seen(rows[199].querySelector('td[data-column="deployed"]')!)).to.equal('1');

    el.parentElement!.style.inlineSize = '280px';
    await waitUntil(() => el.shadowRoot!.querySelector('.cards'), 'the cards replace the table', {
      timeout: 15_000,
    });
    await el.updateComplete;
    const cards = el.shadowRoot!.querySelectorAll('.cards > li');
    expect(cards).to.have.length(200);
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    expect(nameOf(cards[0].querySelector('h3')!)).to.equal('Kenya');
    expect(nameOf(cards[199].querySelector('h3')!)).to.equal(nameOf(rows[199].querySelector('th')!));
  });

  const attributes: [string, keyof ContributorList, string][] = [
    ['sort', 'sort', 'arrival'],
    ['country', 'country', 'KE JM'],
    ['show', 'show', 'funding'],
    ['as-of', 'asOf', '2024-09-01'],
    ['src', 'src', '/data/haiti-mss.json'],
    ['locale', 'locale', 'fr'],
    ['theme', 'theme', 'dark'],
  ];
  for (const [attribute, property, value] of attributes) {
    it(`maps the ${attribute} attribute to the ${property} property`, async () => {
      const el = await fixture<ContributorList>(html`<contributor-list></contributor-list>`);
      el.setAttribute(attribute, value);
      expect(el[property]).to.equal(value);
    });
  }

  it('can be created by its constructor, with defaults', async () => {
    const el = new ContributorList();
    expect([el.sort, el.show, el.country, el.asOf]).to.deep.equal(['personnel', 'all', undefined, undefined]);
    el.locale = 'en';
    el.show = 'funding';
    el.asOf = '2024-09-30';
    document.body.append(el);
    await settled(el);
    expect(names(el)).to.deep.equal(['Canada', 'United States']);
    el.remove();
  });
});
