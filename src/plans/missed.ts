import { formatDate, type IsoDate } from '../kernel/dates.ts';
import type { Lang } from '../kernel/i18n.ts';
import { type Cents, formatEuro } from '../kernel/money.ts';
import { formatOgm } from '../kernel/ogm.ts';
import { spokenName } from '../kernel/personal-name.ts';
import { plansMessages } from './messages.ts';

export interface InstalmentDue {
  readonly id: string;
  readonly dueDate: IsoDate;
  readonly amount: Cents;
  readonly paid: Cents;
}

/** Instalments whose due date has passed (before `today`) without being paid in full. */
export function missedInstalments<T extends InstalmentDue>(instalments: readonly T[], today: IsoDate): T[] {
  return instalments.filter((i) => i.dueDate < today && i.paid < i.amount);
}

/**
 * A task is due each time the number of missed instalments reaches a multiple of the threshold: with
 * threshold 2, at the 2nd, 4th, … miss. A person decides what happens; nothing is cancelled automatically.
 */
export function followUpDue(missedCount: number, threshold: number): number | null {
  if (threshold < 1 || missedCount < threshold || missedCount % threshold !== 0) return null;
  return missedCount / threshold;
}

export interface ReminderInput {
  readonly lang: Lang;
  readonly name: string;
  readonly dueDate: IsoDate;
  readonly missing: Cents;
  readonly reference: string;
  readonly iban: string;
  readonly contact: string;
}

/** A friendly reminder: what is missing and how to pay it, an offer to talk, and never a cost. */
export function reminderText(r: ReminderInput): string {
  return plansMessages.text(r.lang, 'reminder', {
    name: spokenName(r.name),
    amount: formatEuro(r.missing, r.lang),
    date: formatDate(r.dueDate, r.lang),
    iban: r.iban,
    ogm: formatOgm(r.reference),
    contact: r.contact,
  });
}
