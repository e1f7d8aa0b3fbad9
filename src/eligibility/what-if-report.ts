/** Summing what-if comparisons over batches, and the CSV a council member opens in a spreadsheet. */

import { PROFILES, type Profile } from '../kernel/eligibility/ruleset.ts';
import type { Lang } from '../kernel/i18n.ts';
import { centsToDecimal } from '../kernel/money.ts';
import { csvDocument, csvRecord } from '../platform/csv.ts';
import { eligibilityMessages } from './messages.ts';
import type { Comparison, Move, Tally } from './what-if.ts';

const addTally = (a: Tally, b: Tally): Tally => ({
  people: a.people + b.people,
  openCents: a.openCents + b.openCents,
  eligible: a.eligible + b.eligible,
});

export function emptyComparison(date: string): Comparison {
  const zero = { people: 0, openCents: 0, eligible: 0 };
  const tallies = { Vermogend: zero, GeringeAfbetaalmogelijkheid: zero, Onvermogend: zero };
  const moves: Move[] = [];
  for (const from of PROFILES) for (const to of PROFILES) moves.push({ from, to, people: 0, openCents: 0 });
  return { date, active: tallies, draft: tallies, moves, becameEligible: 0, lostEligibility: 0 };
}

export function addComparisons(a: Comparison, b: Comparison): Comparison {
  const sum = (x: Readonly<Record<Profile, Tally>>, y: Readonly<Record<Profile, Tally>>) =>
    Object.fromEntries(PROFILES.map((p) => [p, addTally(x[p], y[p])])) as Record<Profile, Tally>;
  return {
    date: a.date,
    active: sum(a.active, b.active),
    draft: sum(a.draft, b.draft),
    moves: a.moves.map((m) => {
      const o = b.moves.find((n) => n.from === m.from && n.to === m.to);
      return { ...m, people: m.people + (o?.people ?? 0), openCents: m.openCents + (o?.openCents ?? 0) };
    }),
    becameEligible: a.becameEligible + b.becameEligible,
    lostEligibility: a.lostEligibility + b.lostEligibility,
  };
}

/** Semicolon-separated (Belgian spreadsheets), amounts as decimal euros with a point. */
export function comparisonCsv(c: Comparison, lang: Lang): string {
  const say = (key: Parameters<typeof eligibilityMessages.text>[1]) => eligibilityMessages.text(lang, key);
  const lines = [
    csvRecord([
      say('csvSection'),
      say('csvProfile'),
      say('csvToProfile'),
      say('csvPeople'),
      say('csvOpenEur'),
      say('csvEligible'),
    ]),
  ];
  for (const [section, tallies] of [
    [say('csvActive'), c.active],
    [say('csvDraft'), c.draft],
  ] as const)
    for (const p of PROFILES) {
      const tally = tallies[p];
      lines.push(csvRecord([section, p, '', tally.people, centsToDecimal(tally.openCents), tally.eligible]));
    }
  for (const m of c.moves)
    lines.push(csvRecord([say('csvMove'), m.from, m.to, m.people, centsToDecimal(m.openCents), '']));
  lines.push(csvRecord([say('csvBecameEligible'), '', '', c.becameEligible, '', '']));
  lines.push(csvRecord([say('csvLostEligibility'), '', '', c.lostEligibility, '', '']));
  return csvDocument(lines);
}
