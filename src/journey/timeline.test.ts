import { describe, expect, it } from 'vitest';
import { type TimelineSources, timeline } from './timeline.ts';

const at = (iso: string) => new Date(`${iso}T10:00:00Z`);

const sources: TimelineSources = {
  milestones: [
    {
      id: 'm1',
      milestone: 'in_conversation',
      date: '2026-11-02',
      actor: 'anna',
      note: null,
      at: at('2026-11-02'),
    },
  ],
  contacts: [
    {
      id: 'c1',
      channel: 'home_visit',
      date: '2026-11-03',
      reached: true,
      actor: 'anna',
      note: null,
      at: at('2026-11-03'),
    },
    {
      id: 'c2',
      channel: 'phone',
      date: '2026-11-01',
      reached: false,
      actor: 'anna',
      note: null,
      at: at('2026-11-01'),
    },
  ],
  tasks: [],
  activities: [
    {
      type: 'Betaling',
      date: '2026-11-04',
      at: at('2026-11-04'),
      actor: 'system',
      reason: null,
      amount: 123456,
      reference: '123456789002',
    },
  ],
  reminders: [{ date: '2026-11-05', at: at('2026-11-05') }],
};

describe('the journey timeline', () => {
  it('reads in French, newest first', () => {
    expect(timeline(sources, 'fr').map((e) => e.text)).toEqual([
      'Rappel amical : mensualité manquée',
      'Betaling 1\u00a0234,56\u00a0€',
      'Visite à domicile : joint',
      'En discussion',
      'Téléphone : pas joint',
    ]);
  });

  it('keeps its Dutch and English', () => {
    expect(timeline(sources, 'nl').map((e) => e.text)).toEqual([
      'Vriendelijke herinnering: afbetaling gemist',
      'Betaling € 1.234,56',
      'Huisbezoek: bereikt',
      'In gesprek',
      'Telefoon: niet bereikt',
    ]);
    expect(timeline(sources, 'en').map((e) => e.text)).toEqual([
      'Friendly reminder: instalment missed',
      'Betaling €1,234.56',
      'Home visit: reached',
      'In conversation',
      'Phone: not reached',
    ]);
  });
});
