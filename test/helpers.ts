/** Shared test helpers: real responses from the test server (test/server/fixtures.mjs). */
import { nextFrame } from '@open-wc/testing';

export interface Answer {
  status?: number;
  type?: string;
  /** Milliseconds the server waits before answering. */
  delay?: number;
  /** `last-modified`: the versioned document is dated per upload instead of an ETag. */
  validator?: 'etag' | 'last-modified';
}

/** A URL on the test server that answers exactly this short body. */
export function respond(
  body: string,
  { status = 200, type = 'application/json', delay = 0 }: Answer = {},
): string {
  const query = new URLSearchParams({ body, status: String(status), type, delay: String(delay) });
  return `/__test__/respond?${query}`;
}

let served = 0;

/** Stores a body of any size on the test server and returns a URL that answers with it. */
export async function serve(
  body: string,
  { status = 200, type = 'application/json', delay = 0 }: Answer = {},
) {
  const key = `doc-${Date.now()}-${served++}`;
  await fetch(`/__test__/doc/${key}`, { method: 'POST', body });
  const query = new URLSearchParams({ status: String(status), type, delay: String(delay) });
  return `/__test__/doc/${key}?${query}`;
}

/** A document on the test server that can change, answered with an ETag (and 304 when unchanged). */
export async function serveVersioned(body: string, answer: Answer = {}) {
  const key = `versioned-${Date.now()}-${served++}`;
  const update = (next: string) => fetch(`/__test__/doc/${key}`, { method: 'POST', body: next });
  await update(body);
  const { status = 200, type = 'application/json', delay = 0, validator = 'etag' } = answer;
  const query = new URLSearchParams({ status: String(status), type, delay: String(delay), validator });
  return {
    url: new URL(`/__test__/doc/${key}?${query}`, location.href).href,
    update,
    requests: async () => Number(await (await fetch(`/__test__/doc-count/${key}`)).text()),
    /** Each GET so far: the `If-None-Match` it sent (empty when none) and the status it got. */
    log: async (): Promise<{ sent: string; status: number }[]> =>
      (await fetch(`/__test__/doc-log/${key}`)).json(),
  };
}

/** A fresh key for a counted URL: `/__test__/counted/KEY` serves the shipped data. */
export function countedUrl(): { url: string; count: () => Promise<number> } {
  const key = `count-${Date.now()}-${served++}`;
  return {
    url: new URL(`/__test__/counted/${key}`, location.href).href,
    count: async () => Number(await (await fetch(`/__test__/count/${key}`)).text()),
  };
}

/** Waits until a widget has loaded its data or failed, then for its render. */
export async function settled<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  el: T,
): Promise<T> {
  const done = () => el.shadowRoot?.querySelector('[data-state="complete"], [data-state="error"]');
  // The data, or the strings of the widget's language, may still be on their way.
  while (!done()) await nextFrame();
  await el.updateComplete;
  return el;
}

/** Collects what a console method prints while `run` runs. */
export async function capture(method: 'error' | 'warn', run: () => unknown): Promise<string[]> {
  const lines: string[] = [];
  const original = console[method];
  console[method] = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console[method] = original;
  }
  return lines;
}
