/**
 * Element identity in assertions. Chai's `equal` on two elements serialises both when it fails,
 * with their whole object graphs, which can hang a test page: compare nodes with these instead.
 */
import { expect } from '@open-wc/testing';

/** A node in a line: `<li#event-x.latest>` in `<event-timeline>`'s shadow root. */
export function describeNode(node: unknown): string {
  if (!(node instanceof Node)) return String(node);
  const root = node.getRootNode();
  const where = root instanceof ShadowRoot ? ` in <${root.host.localName}>'s shadow root` : '';
  const id = node instanceof Element && node.id ? `#${node.id}` : '';
  const classes = node instanceof Element ? [...node.classList].map((name) => `.${name}`).join('') : '';
  return `<${node.nodeName.toLowerCase()}${id}${classes}>${where}`;
}

/** Fails unless `actual` is `expected` itself. */
export function expectSame(actual: unknown, expected: unknown, message?: string): void {
  if (actual !== expected) {
    expect.fail(
      `${message ? `${message}: ` : ''}expected ${describeNode(actual)} to be ${describeNode(expected)}`,
    );
  }
}

/** Fails unless the lists hold the same nodes in the same order. */
export function expectSameList(
  actual: readonly unknown[],
  expected: readonly unknown[],
  message?: string,
): void {
  const same = actual.length === expected.length && actual.every((node, i) => node === expected[i]);
  if (!same) {
    const list = (nodes: readonly unknown[]) => `[${nodes.map(describeNode).join(', ')}]`;
    expect.fail(`${message ? `${message}: ` : ''}expected ${list(actual)} to be ${list(expected)}`);
  }
}
