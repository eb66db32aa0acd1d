import { nextTask } from '../scheduling/next-task.js';
import { countryName, formatDate, formatNumber, pluralRules } from './format.js';

const warming = new Map<string, Promise<void>>();
const warm = new Set<string>();

/**
 * Each `Intl` formatter takes milliseconds to create, the first of a page tens (a region-name
 * list alone about 15 ms on a laptop, four times that on a phone): made inside a widget's first
 * render, they would make it one long task. A widget waits for its locale's before its first
 * update instead, while they are made one per task. Once per locale and page; a lazy widget's
 * first update waits until it is near the viewport, so a widget far below makes none at load.
 * `undefined` once they are made: the widget then updates without waiting for a task.
 */
export function warmUp(locale: string): Promise<void> | undefined {
  if (warm.has(locale)) return undefined;
  let promise = warming.get(locale);
  if (!promise) {
    promise = make(locale).then(() => void warm.add(locale));
    warming.set(locale, promise);
  }
  return promise;
}

async function make(locale: string): Promise<void> {
  const formatters = [
    () => countryName('HT', locale),
    () => formatNumber(0, locale),
    () => formatDate('2024-01', locale),
    () => formatDate('2024-01-01', locale),
    () => pluralRules(locale),
  ];
  for (const formatter of formatters) {
    await nextTask();
    formatter();
  }
}
