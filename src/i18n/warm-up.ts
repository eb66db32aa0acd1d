import { nextTask } from '../scheduling/next-task.js';
import { countryName, formatDate, formatNumber, pluralRules } from './format.js';

const warmed = new Set<string>();

/**
 * Each `Intl` formatter takes milliseconds to create, the first of a page tens: a widget makes
 * its locale's at its first update, while its data is on its way, each in a task of its own,
 * rather than in the task that renders the data. Once per locale and page; a lazy widget's first
 * update waits until it is near the viewport, so a widget far below makes none at load.
 */
export async function warmUp(locale: string): Promise<void> {
  if (warmed.has(locale)) return;
  warmed.add(locale);
  const formatters = [
    () => countryName('HT', locale),
    () => formatNumber(0, locale),
    () => formatDate('2024-01', locale),
    () => formatDate('2024-01-01', locale),
    () => pluralRules(locale),
  ];
  for (const make of formatters) {
    await nextTask();
    make();
  }
}
