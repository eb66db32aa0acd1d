/**
 * Money as of a day: a contributor's funding and a fund's own money, the latest amount per
 * status, currency and fund. Only the contributor list shows money, so the counter's and the
 * timeline's code does not carry it.
 */
import type { Day, PartialDate } from './dates.js';
import { latest } from './derive.js';
import type { Contributor, Fund, FundingStatus, Money, Text } from './schema.js';

export interface MoneyFigure {
  status: FundingStatus;
  currency: string;
  amount: number;
  approximate: boolean;
  date: PartialDate;
  period?: { start: PartialDate; end: PartialDate };
  /** The fund it went to, if any. */
  to?: string;
  note?: Text;
  sources: string[];
}

/** Money as of a day: the latest amount per status, currency and fund, in status order. */
export function moneyFigures(entries: readonly Money[], asOf?: Day): MoneyFigure[] {
  const groups = new Map<string, Money[]>();
  for (const entry of entries) {
    const key = [entry.status, entry.currency, entry.to ?? ''].join(' ');
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const order = ['pledged', 'committed', 'received', 'frozen', 'withdrawn'];
  return [...groups.values()]
    .flatMap((group) => {
      const found = latest(group, asOf);
      return found ? [found] : [];
    })
    .sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status))
    .map(({ status, currency, amount, approximate, date, period, to, note, sources }) => ({
      status,
      currency,
      amount,
      approximate: approximate === true,
      date,
      period,
      to,
      note,
      sources: [...sources],
    }));
}

/** A contributor's funding as of a day. */
export const fundingFigures = (contributor: Contributor, asOf?: Day) =>
  moneyFigures(contributor.funding, asOf);

/** A fund's own money as of a day (pledged against received, frozen…). */
export const fundFigures = (fund: Fund, asOf?: Day) => moneyFigures(fund.money, asOf);

/**
 * Whether an amount names its fund where it is shown: another amount of its status stands beside
 * it ("86.2 million Canadian dollars pledged" twice would read as one promise said twice).
 */
export const namesFund = (figure: MoneyFigure, all: readonly MoneyFigure[]) =>
  !!figure.to && all.some((other) => other !== figure && other.status === figure.status);
