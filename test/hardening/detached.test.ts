/**
 * Class 9 of issue 16: a widget removed before its data arrives does no work for nobody. Its
 * request is aborted (unless another widget on the page waits for the same URL), and it renders
 * nothing while detached. The page's `fetch` is watched here the way a page's own script could.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { clearMissionCache } from '../../src/data/store.js';
import { shippedCopy } from '../data/fixtures.js';
import { countedUrl, respond, settled } from '../helpers.js';

const TAGS = ['troop-counter', 'contributor-list', 'event-timeline'] as const;
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Every request the page makes, with its signal; `asked` resolves at the next one. */
function watchFetch() {
  const original = window.fetch;
  const requests: { url: string; signal?: AbortSignal | null }[] = [];
  let next: () => void = () => undefined;
  window.fetch = (input, init) => {
    requests.push({ url: String(input instanceof Request ? input.url : input), signal: init?.signal });
    next();
    return original(input, init);
  };
  return {
    requests,
    asked: () => new Promise<void>((resolve) => (next = resolve)),
    restore: () => (window.fetch = original),
  };
}

/** What happened to a widget: its data events, and each render of its shadow root. */
function record(el: Element) {
  const seen: string[] = [];
  for (const type of ['mission-data-load', 'mission-data-error'])
    el.addEventListener(type, () => seen.push(type));
  const observer = new MutationObserver(() => seen.push('render'));
  return {
    seen,
    watch: () => observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true }),
    stop: () => observer.disconnect(),
  };
}

const state = (el: Element) => el.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state');

describe('widgets removed before their data arrives', () => {
  let watcher: ReturnType<typeof watchFetch>;
  beforeEach(() => (watcher = watchFetch()));
  afterEach(() => {
    watcher.restore();
    clearMissionCache();
  });

  it('abort every request, one per widget, and render nothing after removal', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const widgets = TAGS.map((tag, i) => {
      const el = document.createElement(tag) as Widget;
      // Answers that would come long after the test: only an abort ends them.
      el.setAttribute('src', respond('{}', { delay: 25_000 + i }));
      return el;
    });
    for (const el of widgets) {
      const asked = watcher.asked();
      host.append(el);
      await asked;
      await el.updateComplete;
    }
    const records = widgets.map(record);
    records.forEach((r) => r.watch());
    expect(watcher.requests.map((r) => r.signal?.aborted)).to.deep.equal([false, false, false]);

    const aborted = watcher.requests.map((r) => oneEvent(r.signal!, 'abort'));
    widgets.forEach((el) => el.remove());
    await Promise.all(aborted);

    expect(watcher.requests.filter((r) => r.signal?.aborted).length, 'requests aborted').to.equal(3);
    await Promise.all(widgets.map((el) => el.updateComplete));
    expect(records.map((r) => r.seen)).to.deep.equal([[], [], []]);
    records.forEach((r) => r.stop());
  });

  it('keep a request another widget waits for, and the removed one renders nothing', async () => {
    const { url, count } = countedUrl();
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const [gone, kept] = ['troop-counter', 'event-timeline'].map((tag) => {
      const el = document.createElement(tag) as Widget;
      el.setAttribute('src', url);
      return el;
    });
    // The kept one asks first; the other joins its request (or not yet), then leaves.
    const asked = watcher.asked();
    host.append(kept);
    await asked;
    host.append(gone);
    await gone.updateComplete;
    const removed = record(gone);
    removed.watch();
    const loaded = oneEvent(kept, 'mission-data-load');
    gone.remove();
    await loaded;
    await settled(kept);
    await gone.updateComplete;

    expect(state(kept)).to.equal('complete');
    expect(watcher.requests.map((r) => r.signal?.aborted)).to.deep.equal([false]);
    expect(removed.seen, 'nothing rendered while detached').to.deep.equal([]);
    expect(state(gone)).to.equal('pending');
    removed.stop();

    // Back on the page, it shows the copy already held: no second request.
    host.append(gone);
    await settled(gone);
    expect(state(gone)).to.equal('complete');
    expect(await count()).to.equal(1);
  });

  it('keep the request of a widget moved to another place on the page', async () => {
    const { url, count } = countedUrl();
    const [from, to] = await Promise.all([
      fixture<HTMLElement>(html`<div></div>`),
      fixture<HTMLElement>(html`<div></div>`),
    ]);
    const el = document.createElement('contributor-list') as Widget;
    el.setAttribute('src', url);
    const asked = watcher.asked();
    from.append(el);
    await asked;
    to.append(el); // a move: disconnected, then connected again at once
    await settled(el);
    expect(state(el)).to.equal('complete');
    expect(watcher.requests.map((r) => r.signal?.aborted)).to.deep.equal([false]);
    expect(await count()).to.equal(1);
  });

  it('render nothing for inline data removed while it is being checked', async () => {
    const json = JSON.stringify(shippedCopy());
    const make = (tag: string) => {
      const el = document.createElement(tag) as Widget;
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = json;
      el.append(script);
      return el;
    };
    const host = await fixture<HTMLElement>(html`<div></div>`);
    for (const tag of TAGS) {
      const [gone, kept] = [make(tag), make(tag)];
      host.append(gone, kept);
      await gone.updateComplete;
      const removed = record(gone);
      removed.watch();
      gone.remove();
      // The kept twin is checked and rendered from the same text in the same turns.
      await settled(kept);
      await gone.updateComplete;
      expect(state(kept), tag).to.equal('complete');
      expect(removed.seen, tag).to.deep.equal([]);
      removed.stop();
    }
  });
});
