import { formatDate, type IsoDate } from '../kernel/dates.ts';
import { type Cents, formatEuro } from '../kernel/money.ts';
import { formatOgm } from '../kernel/ogm.ts';
import { spokenName } from '../kernel/personal-name.ts';

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
  readonly lang: 'nl' | 'en';
  readonly name: string;
  readonly dueDate: IsoDate;
  readonly missing: Cents;
  readonly reference: string;
  readonly iban: string;
  readonly contact: string;
}

/** A friendly reminder: what is missing and how to pay it, an offer to talk, and never a cost. */
export function reminderText(r: ReminderInput): string {
  const euro = formatEuro(r.missing, r.lang);
  const date = formatDate(r.dueDate, r.lang);
  const ogm = formatOgm(r.reference);
  if (r.lang === 'en') {
    return [
      `Dear ${spokenName(r.name)},`,
      `We have not yet received ${euro} of your payment plan instalment due on ${date}. Perhaps it slipped your mind, or perhaps it did not work out this month.`,
      `You can still pay to ${r.iban} with the structured reference ${ogm}. No costs are added.`,
      `Is paying difficult right now? Contact us (${r.contact}) and we will look for a solution together.`,
    ].join('\n\n');
  }
  return [
    `Beste ${spokenName(r.name)},`,
    `We hebben ${euro} van uw afbetaling van ${date} nog niet ontvangen. Misschien bent u het vergeten, of lukte het deze maand niet.`,
    `U kunt nog betalen op ${r.iban} met de gestructureerde mededeling ${ogm}. Er komen geen kosten bij.`,
    `Lukt betalen nu moeilijk? Neem contact met ons op (${r.contact}), dan zoeken we samen een oplossing.`,
  ].join('\n\n');
}
