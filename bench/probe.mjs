/**
 * The in-page probe, installed before any of the page's own scripts (an init script), so that
 * every figure is relative to navigation start (`performance.now()`):
 * - `first`: when the first content is present and visible, checked every animation frame, and
 *   timed once that frame is rendered (style, layout and paint done on the main thread). For our
 *   widgets it looks inside the shadow root of the first host element, and for the iframe
 *   embed inside the (same-origin) frame's document;
 * - `done`: when the last content is in the DOM (every event, row or widget), timed the same way;
 * - long tasks (for total blocking time), layout shifts without recent input (with the nodes
 *   that moved), first contentful paint, DOMContentLoaded and load;
 * - trusted clicks: the delay from the input's timestamp until a click handler runs.
 * Serialized by Playwright into the page: it must not use anything outside itself.
 */
export function probe(config) {
  const state = {
    first: null,
    done: null,
    fcp: null,
    domContentLoaded: null,
    load: null,
    longTasks: [],
    cls: 0,
    clsAll: 0,
    shifts: [],
    clicks: [],
  };
  window.__bench = state;
  // Sends the figures so far to the benchmark, which still has them if the page then stays
  // blocked past its time limit (TimelineJS at 10,000 events).
  const report = () => window.__benchReport?.(JSON.stringify(state)).catch(() => {});
  const observe = (type, callback, after) => {
    try {
      new PerformanceObserver((list) => {
        list.getEntries().forEach(callback);
        after?.();
      }).observe({ type, buffered: true });
    } catch {
      // An entry type this browser lacks is left out of the figures.
    }
  };
  observe('longtask', (entry) => state.longTasks.push([entry.startTime, entry.duration]), report);
  observe(
    'paint',
    (entry) => {
      if (entry.name === 'first-contentful-paint') state.fcp = entry.startTime;
    },
    report,
  );
  const describe = (node) => {
    if (!node || node.nodeType !== 1) return node ? node.nodeName : '?';
    const root = node.getRootNode();
    const host = root instanceof ShadowRoot ? `${root.host.localName} >> ` : '';
    const id = node.id ? `#${node.id}` : '';
    return `${host}${node.localName}${id}`;
  };
  observe('layout-shift', (entry) => {
    state.clsAll += entry.value;
    if (entry.hadRecentInput) return;
    state.cls += entry.value;
    if (state.shifts.length < 20) {
      state.shifts.push({
        at: Math.round(entry.startTime),
        value: entry.value,
        nodes: (entry.sources ?? []).slice(0, 3).map((source) => describe(source.node)),
      });
    }
  });
  addEventListener(
    'click',
    (event) => {
      if (event.isTrusted)
        state.clicks.push({ at: event.timeStamp, delay: performance.now() - event.timeStamp });
    },
    true,
  );
  document.addEventListener('DOMContentLoaded', () => (state.domContentLoaded = performance.now()));
  addEventListener('load', () => (state.load = performance.now()));

  const visible = (element) => {
    const box = element.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) return false;
    const view = element.ownerDocument.defaultView;
    if (box.bottom <= 0 || box.top >= view.innerHeight || box.right <= 0 || box.left >= view.innerWidth)
      return false;
    // In a frame: the frame itself in view on the page.
    if (view !== window && !visible(view.frameElement)) return false;
    return element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const words = (value) => value.replace(/\s+/g, ' ').trim();
  /** The document the content is in: the page's, or its frame's. */
  const documentOf = (frame) => (frame ? document.querySelector(frame)?.contentDocument : document);
  const firstSeen = () => {
    const { frame, host, selector, text } = config.first;
    const inside = documentOf(frame);
    const root = host ? inside?.querySelector(host)?.shadowRoot : inside;
    const element = root?.querySelector(selector);
    return Boolean(element && (!text || words(element.textContent) === text) && visible(element));
  };
  // Hosts already complete are not looked at again.
  const finished = new WeakSet();
  const doneSeen = () =>
    config.done.every(({ frame, host, selector, count = 1 }) => {
      const inside = documentOf(frame);
      if (!inside) return false;
      if (!host) return inside.querySelector(selector) !== null;
      let complete = 0;
      for (const element of inside.querySelectorAll(host)) {
        if (finished.has(element) || element.shadowRoot?.querySelector(selector)) {
          finished.add(element);
          complete++;
        }
      }
      return complete >= count;
    });
  // A message posted from an animation frame is handled once that frame's style, layout and
  // paint are done on the main thread: the time the content is rendered, not merely inserted.
  const channel = new MessageChannel();
  const pending = [];
  channel.port1.onmessage = () => {
    const now = performance.now();
    for (const key of pending.splice(0)) state[key] = now;
    report();
  };
  let seenFirst = false;
  let seenDone = false;
  const frame = () => {
    if (!seenFirst && firstSeen()) pending.push('first');
    if (!seenDone && doneSeen()) pending.push('done');
    seenFirst ||= pending.includes('first');
    seenDone ||= pending.includes('done');
    if (pending.length) channel.port2.postMessage(0);
    if (!seenFirst || !seenDone) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/**
 * True once the content is complete and the main thread has been free of long tasks for
 * `quiet` ms (run in the page by `waitForFunction`).
 */
export function settled(quiet) {
  const state = window.__bench;
  if (!state || state.done === null || state.first === null) return false;
  const lastTask = state.longTasks.reduce((end, [start, duration]) => Math.max(end, start + duration), 0);
  return performance.now() - Math.max(state.done, lastTask) >= quiet;
}
