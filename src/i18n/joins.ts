/** Small pieces that several languages' catalogs share. */
import { pluralRules } from './format.js';

/** Whether `count` takes the singular in `locale`. */
export const isOne = (locale: string, count: number): boolean => pluralRules(locale).select(count) === 'one';
/** A figure, then what it counts: "about 426 personnel deployed…". */
export const figureFirst = (figure: string, label: string): string => `${figure} ${label}`;
/** A text about something named: "Jamaica: about 24 soldiers…". */
export const named = (name: string, text: string): string => `${name}: ${text}`;
