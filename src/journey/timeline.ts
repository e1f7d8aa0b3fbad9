import type { IsoDate } from '../kernel/dates.ts';
import type { Lang } from '../kernel/i18n.ts';
import { type Channel, channelLabel, isMilestone, milestoneLabel } from '../kernel/milestones.ts';
import { formatEuro } from '../kernel/money.ts';
import { journeyMessages } from './messages.ts';

export interface TimelineEntry {
  readonly date: IsoDate;
  readonly kind: 'milestone' | 'contact' | 'task' | 'plan' | 'reminder';
  readonly text: string;
  readonly actor: string;
  readonly note: string | null;
  /** For tasks: open or done; null otherwise. */
  readonly status: string | null;
  readonly id: string | null;
}

export interface TimelineSources {
  readonly milestones: readonly {
    id: string;
    milestone: string;
    date: IsoDate;
    actor: string;
    note: string | null;
    at: Date;
  }[];
  readonly contacts: readonly {
    id: string;
    channel: Channel;
    date: IsoDate;
    reached: boolean;
    actor: string;
    note: string | null;
    at: Date;
  }[];
  readonly tasks: readonly {
    id: string;
    title: string;
    dueDate: IsoDate;
    status: string;
    actor: string;
    at: Date;
  }[];
  readonly activities: readonly {
    type: string;
    date: IsoDate;
    at: Date;
    actor: string;
    reason: string | null;
    amount: number | null;
    reference: string;
  }[];
  readonly reminders: readonly { date: IsoDate; at: Date }[];
}

/** One list, newest first, of what happened on a file; ties keep the order in which they were recorded. */
export function timeline(s: TimelineSources, lang: Lang): TimelineEntry[] {
  const entries: (TimelineEntry & { at: number })[] = [
    ...s.milestones.map((m) => ({
      date: m.date,
      at: m.at.getTime(),
      kind: 'milestone' as const,
      text: isMilestone(m.milestone) ? milestoneLabel(m.milestone, lang) : m.milestone,
      actor: m.actor,
      note: m.note,
      status: null,
      id: m.id,
    })),
    ...s.contacts.map((c) => ({
      date: c.date,
      at: c.at.getTime(),
      kind: 'contact' as const,
      text: journeyMessages.text(lang, c.reached ? 'contactReached' : 'contactNotReached', {
        channel: channelLabel(c.channel, lang),
      }),
      actor: c.actor,
      note: c.note,
      status: null,
      id: c.id,
    })),
    ...s.tasks.map((x) => ({
      date: x.dueDate,
      at: x.at.getTime(),
      kind: 'task' as const,
      text: x.title,
      actor: x.actor,
      note: null,
      status: x.status,
      id: x.id,
    })),
    ...s.activities.map((a) => ({
      date: a.date,
      at: a.at.getTime(),
      kind: 'plan' as const,
      text: `${a.type}${a.amount !== null ? ` ${formatEuro(a.amount, lang)}` : ''}`,
      actor: a.actor,
      note: a.reason,
      status: null,
      id: null,
    })),
    ...s.reminders.map((r) => ({
      date: r.date,
      at: r.at.getTime(),
      kind: 'reminder' as const,
      text: journeyMessages.text(lang, 'reminder'),
      actor: 'system',
      note: null,
      status: null,
      id: null,
    })),
  ];
  entries.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : b.at - a.at));
  return entries.map(({ at: _at, ...e }) => e);
}
