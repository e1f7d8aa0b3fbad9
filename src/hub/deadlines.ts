import type { IsoDate } from '../kernel/dates.ts';
import { addWorkingDays, type HolidayCountry, workingDaysBetween } from '../kernel/working-days.ts';
import { needsAnswer } from './conversation.ts';
import type { MessageType } from './message-schemas.ts';

/**
 * Hub deadlines in working days (Belgian public holidays, Dutch ones for a Dutch organisation).
 *
 * Counting rule: the day of sending is day 0; day 1 is the first working day after it, whatever
 * weekday the message was sent on. A term of n working days ends at the END of day n, so a message
 * sent on Tuesday 22/12/2026 in Belgium (25/12 and 1/1 are holidays) expires at the end of
 * Wednesday 30/12/2026 (23, 24, 28, 29, 30) and is listed as expired from 31/12 on.
 *
 * The country is that of the organisation that has to act: the recipient (it must confirm and
 * answer). The answer term runs from the day of sending, as in the Schuldenknooppunt rules.
 */
export interface DeadlineConfig {
  /** Unconfirmed messages expire after this many working days (Schuldenknooppunt: 5). */
  readonly expiryWorkingDays: number;
  /** Answers are due within this many working days (Schuldenknooppunt: 10). */
  readonly answerWorkingDays: number;
  /** Urgent messages: answer due within this many working days. */
  readonly urgentAnswerWorkingDays: number;
  /** "Due soon" when at most this many working days are left. */
  readonly dueSoonWorkingDays: number;
}

export const DEFAULT_DEADLINES: DeadlineConfig = Object.freeze({
  expiryWorkingDays: 5,
  answerWorkingDays: 10,
  urgentAnswerWorkingDays: 2,
  dueSoonWorkingDays: 2,
});

/** The last day on which the message can still be confirmed. */
export function expiryDate(
  sentOn: IsoDate,
  country: HolidayCountry,
  config: DeadlineConfig = DEFAULT_DEADLINES,
): IsoDate {
  return addWorkingDays(sentOn, config.expiryWorkingDays, country);
}

/** The last day on which an answer is in time. */
export function answerDueDate(
  sentOn: IsoDate,
  urgent: boolean,
  config: DeadlineConfig = DEFAULT_DEADLINES,
  country: HolidayCountry = 'BE',
): IsoDate {
  return addWorkingDays(sentOn, urgent ? config.urgentAnswerWorkingDays : config.answerWorkingDays, country);
}

export interface TrackedMessage {
  readonly id: string;
  readonly type: MessageType;
  readonly sentOn: IsoDate;
  readonly urgent: boolean;
  /** Country of the recipient, whose calendar counts. */
  readonly country: HolidayCountry;
  readonly confirmedOn: IsoDate | null;
  readonly answeredOn: IsoDate | null;
}

export interface Classification<M extends TrackedMessage> {
  readonly expired: { readonly message: M; readonly expiredOn: IsoDate }[];
  readonly overdue: { readonly message: M; readonly dueOn: IsoDate; readonly workingDaysOverdue: number }[];
  readonly dueSoon: { readonly message: M; readonly dueOn: IsoDate; readonly workingDaysLeft: number }[];
}

/**
 * Sort messages that need attention on `today`. An expired message is only listed as expired
 * (it can no longer be answered). Overdue and due-soon lists put urgent first, then earliest due.
 */
export function classify<M extends TrackedMessage>(
  messages: readonly M[],
  today: IsoDate,
  config: DeadlineConfig = DEFAULT_DEADLINES,
): Classification<M> {
  const result: {
    expired: Classification<M>['expired'][number][];
    overdue: Classification<M>['overdue'][number][];
    dueSoon: Classification<M>['dueSoon'][number][];
  } = { expired: [], overdue: [], dueSoon: [] };
  for (const message of messages) {
    if (message.confirmedOn === null) {
      const lastDay = expiryDate(message.sentOn, message.country, config);
      if (today > lastDay) {
        result.expired.push({ message, expiredOn: lastDay });
        continue;
      }
    }
    if (!needsAnswer(message.type) || message.answeredOn !== null) continue;
    const dueOn = answerDueDate(message.sentOn, message.urgent, config, message.country);
    if (today > dueOn) {
      result.overdue.push({
        message,
        dueOn,
        workingDaysOverdue: workingDaysBetween(dueOn, today, message.country),
      });
    } else {
      const workingDaysLeft = workingDaysBetween(today, dueOn, message.country);
      if (workingDaysLeft <= config.dueSoonWorkingDays)
        result.dueSoon.push({ message, dueOn, workingDaysLeft });
    }
  }
  const byUrgencyThenDue = (a: { message: M; dueOn: IsoDate }, b: { message: M; dueOn: IsoDate }) =>
    Number(b.message.urgent) - Number(a.message.urgent) ||
    a.dueOn.localeCompare(b.dueOn) ||
    a.message.id.localeCompare(b.message.id);
  result.overdue.sort(byUrgencyThenDue);
  result.dueSoon.sort(byUrgencyThenDue);
  result.expired.sort(
    (a, b) => a.expiredOn.localeCompare(b.expiredOn) || a.message.id.localeCompare(b.message.id),
  );
  return result;
}

/** Inbox order: urgent first, then oldest first; ties by id so the order is stable. */
export function sortInbox<
  M extends { readonly urgent: boolean; readonly sentAt: string; readonly id: string },
>(messages: readonly M[]): M[] {
  return [...messages].sort(
    (a, b) =>
      Number(b.urgent) - Number(a.urgent) ||
      Date.parse(a.sentAt) - Date.parse(b.sentAt) ||
      a.id.localeCompare(b.id),
  );
}

/** The calendar day of a timestamp in a time zone (Belgian time by default): the "sentOn" of a message. */
export function localDate(timestamp: string, timeZone = 'Europe/Brussels'): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .formatToParts(new Date(timestamp))
    .reduce<Record<string, string>>((acc, p) => Object.assign(acc, { [p.type]: p.value }), {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}
