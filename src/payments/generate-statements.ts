import { addDays, type IsoDate } from '../kernel/dates.ts';
import type { Cents } from '../kernel/money.ts';
import type { Camt053Version } from './camt053.ts';
import { type CamtEntryInput, writeCamt053 } from './camt053-writer.ts';
import { belgianIban } from './coda-records.ts';
import { type CodaMovementInput, writeCoda } from './coda-writer.ts';

/**
 * Synthetic bank statements for benchmarks and tests: `lineCount` credit lines paying the given OGMs in
 * turn, deterministic for a seed. Most lines carry the OGM in the structured field; every 20th has it
 * typed in the free text and every 25th has no reference at all (unmatched queue). Lines are spread over
 * daily statements of at most `linesPerStatement`.
 */
export interface GenerateOptions {
  readonly lineCount: number;
  readonly ogms: readonly string[];
  readonly account?: string;
  readonly firstDate?: IsoDate;
  readonly linesPerStatement?: number;
  readonly seed?: number;
}

interface GeneratedLine {
  readonly ref: string;
  readonly date: IsoDate;
  readonly amount: Cents;
  readonly ogm: string;
  readonly shape: 'structured' | 'typed' | 'none';
  readonly name: string;
  readonly iban: string;
}

const FIRST = ['Jan', 'An', 'Piet', 'Els', 'Tom', 'Lies', 'Bart', 'Sofie'];
const LAST = ['Testmans', 'Voorbeeld', 'Proefmens', 'Fictief', 'Staal', 'Monster'];
const AMOUNTS: readonly Cents[] = [2_500, 5_000, 7_550, 10_000, 12_500, 25_000];

function lcg(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state;
  };
}

/** A Belgian IBAN with valid check digits from a 12-digit number: always fictional here. */
function fakeIban(n: number): string {
  return belgianIban(String(n % 1_000_000_000_000).padStart(12, '0'));
}

function* lines(o: GenerateOptions): Generator<GeneratedLine[]> {
  if (o.ogms.length === 0 && o.lineCount > 0) throw new RangeError('generating lines needs at least one OGM');
  const next = lcg(o.seed ?? 1);
  const perStatement = Math.min(o.linesPerStatement ?? 5_000, 9_999);
  let date = o.firstDate ?? '2026-01-05';
  for (let start = 0; start < o.lineCount; start += perStatement) {
    const batch: GeneratedLine[] = [];
    for (let i = start; i < Math.min(o.lineCount, start + perStatement); i++) {
      const ogmIndex = i % o.ogms.length;
      batch.push({
        ref: `GEN${String(i + 1).padStart(10, '0')}`,
        date,
        amount: AMOUNTS[next() % AMOUNTS.length] ?? 5_000,
        ogm: o.ogms[ogmIndex] ?? '',
        shape: i % 25 === 24 ? 'none' : i % 20 === 19 ? 'typed' : 'structured',
        name: `${FIRST[ogmIndex % FIRST.length]} ${LAST[(ogmIndex >> 3) % LAST.length]}`,
        iban: fakeIban(900_000_000_000 + ogmIndex),
      });
    }
    yield batch;
    date = addDays(date, 1);
  }
}

const typed = (ogm: string): string =>
  `afbetaling +++${ogm.slice(0, 3)}/${ogm.slice(3, 7)}/${ogm.slice(7)}+++`;

export function generateCoda(o: GenerateOptions): string {
  const account = o.account ?? 'BE43068999999501';
  const statements = [];
  let balance = 0;
  let sequence = 1;
  for (const batch of lines(o)) {
    const date = batch[0]?.date ?? '2026-01-05';
    const movements: CodaMovementInput[] = batch.map((l) => ({
      bankReference: l.ref,
      amount: l.amount,
      entryDate: l.date,
      valueDate: l.date,
      communication:
        l.shape === 'structured'
          ? { kind: 'ogm', digits: l.ogm }
          : { kind: 'text', text: l.shape === 'typed' ? typed(l.ogm) : 'afbetaling schuld' },
      counterparty: { iban: l.iban, name: l.name.toUpperCase() },
    }));
    statements.push({
      iban: account,
      holderName: 'GEMEENTE TESTDORP',
      creationDate: date,
      codaSequence: sequence++,
      openingBalance: balance,
      openingDate: addDays(date, -1),
      closingDate: date,
      movements,
    });
    balance += movements.reduce((s, m) => s + m.amount, 0);
  }
  return writeCoda(statements);
}

export function generateCamt053(version: Camt053Version, o: GenerateOptions): string {
  const account = o.account ?? 'BE43068999999501';
  const statements = [];
  let balance = 0;
  let sequence = 1;
  for (const batch of lines(o)) {
    const date = batch[0]?.date ?? '2026-01-05';
    const entries: CamtEntryInput[] = batch.map((l) => ({
      ref: l.ref,
      amount: l.amount,
      bookingDate: l.date,
      valueDate: l.date,
      counterparty: { name: l.name, iban: l.iban },
      ...(l.shape === 'structured'
        ? { reference: { kind: 'ogm' as const, value: l.ogm } }
        : { unstructured: l.shape === 'typed' ? typed(l.ogm) : 'afbetaling schuld' }),
    }));
    statements.push({
      id: `GEN-${date}-${sequence}`,
      sequence: sequence++,
      iban: account,
      openingBalance: balance,
      openingDate: addDays(date, -1),
      closingDate: date,
      entries,
    });
    balance += entries.reduce((s, e) => s + e.amount, 0);
  }
  const created = `${statements[statements.length - 1]?.closingDate ?? '2026-01-05'}T20:00:00`;
  return writeCamt053(version, `GEN-${o.seed ?? 1}`, created, statements);
}
