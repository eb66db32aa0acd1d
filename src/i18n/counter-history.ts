import type { LazyCatalog } from './languages.js';

/**
 * Interface strings of the counter's history (`<troop-counter history>`). Apart from
 * ./troop-counter.ts, so that they load with the history's code, not with every counter.
 */
export interface CounterHistoryMessages {
  /** The sparkline's description, from its points. */
  history: (points: string[]) => string;
  /** One point of the sparkline: "about 200 (June 25, 2024)", a day or a month alike. */
  point: (figure: string, date: string) => string;
  /** A phase boundary in the history: "Gang Suppression Force from September 30, 2025". */
  boundary: (phase: string, edge: 'start' | 'end', date: string) => string;
}

export const counterHistoryMessages: LazyCatalog<'counterHistory'> = {
  key: 'counterHistory',
  en: {
    history: (points) => `Personnel deployed over time: ${points.join('; ')}.`,
    point: (figure, date) => `${figure} (${date})`,
    boundary: (phase, edge, date) => `${phase} ${edge === 'start' ? 'from' : 'until'} ${date}`,
  },
};
