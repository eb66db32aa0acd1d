import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { clearMissionCache } from '../../src/data/store.js';
import { shippedCopy } from '../data/fixtures.js';
import { capture, countedUrl, serve, settled } from '../helpers.js';
import type { MissionWidgetEventDetail } from '../../src/components/mission-element.js';
import { heading, type TestMission } from '../test-mission.js';

const fallbackVisible = (el: Element) => {
  const slot = el.shadowRoot?.querySelector('slot');
  return Boolean(slot && slot.assignedNodes().some((node) => node.textContent?.trim()));
};

describe('MissionElement (shared by every widget)', () => {
  afterEach(() => clearMissionCache());

  it('shows the shipped dataset when given no source', async () => {
    const el = await settled(await fixture<TestMission>(html`<test-mission locale="en"></test-mission>`));
    expect(heading(el)).to.equal('The multinational security mission in Haiti');
    await expect(el).to.be.accessible();
  });

  it('says it is loading, accessibly, until the data arrives', async () => {
    const src = await serve(JSON.stringify(shippedCopy()), { delay: 500 });
    const el = await fixture<TestMission>(html`<test-mission locale="en" src=${src}></test-mission>`);
    expect(el.shadowRoot?.textContent).to.contain('Loading the latest figures…');
    await expect(el).to.be.accessible();
    await settled(el);
    expect(heading(el)).to.equal('Multinational Security Support mission in Haiti');
  });

  it('loads a src URL and fires mission-data-load', async () => {
    const el = document.createElement('test-mission') as TestMission;
    el.src = '/data/haiti-mss.json';
    el.locale = 'fr';
    const event = oneEvent(el, 'mission-data-load');
    document.body.append(el);
    const { detail, bubbles, composed } = await event;
    expect(detail).to.deep.equal({
      origin: new URL('/data/haiti-mss.json', location.href).href,
      warnings: [],
    });
    expect(bubbles && composed).to.equal(true);
    await el.updateComplete;
    expect(heading(el)).to.equal('La mission multinationale de sécurité en Haïti');
    el.remove();
  });

  it('reads inline JSON from a script child', async () => {
    const doc = shippedCopy();
    doc.name = 'Inline mission';
    const el = await settled(
      await fixture<TestMission>(
        html`<test-mission
          ><script type="application/json">
            ${JSON.stringify(doc)}
          </script></test-mission
        >`,
      ),
    );
    expect(heading(el)).to.equal('Inline mission');
  });

  it('keeps the fallback, shows a calm message and gives developers every message on error', async () => {
    const doc = shippedCopy() as { events: { date: string }[] };
    doc.events[3].date = '2024-02-30';
    const el = document.createElement('test-mission') as TestMission;
    el.locale = 'en';
    el.src = await serve(JSON.stringify(doc));
    el.innerHTML = '<p>Kenya leads the mission. <a href="https://example.org">Read more</a></p>';
    const event = oneEvent(el, 'mission-data-error');
    const logged = await capture('error', async () => {
      document.body.append(el);
      await event;
    });
    const { detail } = await event;
    await el.updateComplete;
    expect(detail.kind).to.equal('invalid');
    expect(detail.messages).to.include(
      'events[3].date: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD, got "2024-02-30"',
    );
    expect(logged.join('\n')).to.contain('events[3].date');
    expect(el.shadowRoot?.textContent).to.contain('These figures are not available right now.');
    expect(fallbackVisible(el)).to.equal(true);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('hides the fallback once the data renders', async () => {
    const el = await settled(
      await fixture<TestMission>(html`<test-mission><p>Fallback text</p></test-mission>`),
    );
    expect(heading(el)).to.be.a('string');
    expect(el.shadowRoot?.querySelector('slot')).to.equal(null);
  });

  it('shares one request between widgets with the same src', async () => {
    const { url, count } = countedUrl();
    const container = await fixture(
      html`<div>
        <test-mission src=${url}></test-mission><test-mission src=${url}></test-mission
        ><test-mission src=${url}></test-mission>
      </div>`,
    );
    await Promise.all([...container.children].map((el) => settled(el as TestMission)));
    expect(await count()).to.equal(1);
  });

  it('never lets a slow earlier response overwrite a newer src', async () => {
    const slow = shippedCopy();
    slow.name = 'Slow and stale';
    const fast = shippedCopy();
    fast.name = 'Fast and current';
    const slowUrl = await serve(JSON.stringify(slow), { delay: 600 });
    const el = await fixture<TestMission>(html`<test-mission src=${slowUrl}></test-mission>`);
    el.src = await serve(JSON.stringify(fast));
    await oneEvent(el, 'mission-data-load');
    await fetch(slowUrl); // the slow answer has been sent by the time this one arrives
    await el.updateComplete;
    expect(heading(el)).to.equal('Fast and current');
  });

  it('links sources with their publisher and date, in the widget locale', async () => {
    const el = await settled(await fixture<TestMission>(html`<test-mission locale="fr"></test-mission>`));
    const link = el.shadowRoot?.querySelector('a');
    expect(link?.textContent?.trim()).to.equal('KBC, 30 juillet 2023');
    expect(link?.getAttribute('href')).to.match(/^https:\/\/www\.kbc\.co\.ke\//);
  });

  it('follows the nearest lang attribute and a change to it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><test-mission></test-mission></div>`);
    const el = await settled(wrapper.querySelector('test-mission') as TestMission);
    expect(heading(el)).to.equal('La mission multinationale de sécurité en Haïti');
    wrapper.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(heading(el)).to.equal('The multinational security mission in Haiti');
  });

  it('reflects the theme for CSS and switches its colour scheme', async () => {
    const el = await settled(await fixture<TestMission>(html`<test-mission theme="dark"></test-mission>`));
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle(el).colorScheme).to.equal('light');
  });
});

describe("events for the publisher's analytics", () => {
  afterEach(() => clearMissionCache());

  it('fires mission-widget-view once, the first time the widget is half visible', async () => {
    const spacer = document.createElement('div');
    spacer.style.blockSize = '300vh';
    document.body.prepend(spacer);
    const views: MissionWidgetEventDetail[] = [];
    const listener = (event: CustomEvent<MissionWidgetEventDetail>) => views.push(event.detail);
    document.addEventListener('mission-widget-view', listener);
    try {
      const el = await settled(await fixture<TestMission>(html`<test-mission></test-mission>`));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(views, 'not in view yet').to.deep.equal([]);
      const seen = oneEvent(el, 'mission-widget-view');
      el.scrollIntoView();
      await seen;
      window.scrollTo(0, 0);
      el.scrollIntoView();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(views).to.deep.equal([{ widget: 'test-mission', action: 'view' }]);
    } finally {
      document.removeEventListener('mission-widget-view', listener);
      spacer.remove();
    }
  });

  it('fires mission-widget-interact when a reader follows a source link', async () => {
    const el = await settled(await fixture<TestMission>(html`<test-mission></test-mission>`));
    const link = el.shadowRoot!.querySelector('a')!;
    link.addEventListener('click', (event) => event.preventDefault());
    const interaction = oneEvent(el, 'mission-widget-interact');
    link.click();
    const { detail, bubbles, composed } = await interaction;
    expect(detail).to.deep.equal({ widget: 'test-mission', action: 'source', url: link.href });
    expect(bubbles && composed).to.equal(true);
  });
});
