import type { Cents } from '../kernel/money.ts';
import { findOgmInText, formatOgm, parseOgm } from '../kernel/ogm.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { findRfInText, parseRfReference } from '../kernel/rf-reference.ts';
import { message } from './messages.ts';
import { nameSimilarity } from './name-similarity.ts';
import type { Message, StatementLine, StructuredRef } from './statement.ts';

export interface FoundReference {
  readonly ref: StructuredRef;
  /** Where it was found: the bank's structured field or typed inside the free text. */
  readonly source: 'structured' | 'text';
}

export interface ReferenceError {
  readonly code: 'bad_check_digits';
  readonly kind: StructuredRef['kind'];
  readonly message: Message;
}

type LineText = Pick<StatementLine, 'structuredRef' | 'unstructured'>;

function badCheck(kind: StructuredRef['kind'], shown: string): ReferenceError {
  return {
    code: 'bad_check_digits',
    kind,
    message: message(kind === 'ogm' ? 'badCheckOgm' : 'badCheckRf', { shown }),
  };
}

/**
 * The payment reference of a bank line: the structured field when its check digits are right, else an OGM
 * or RF typed in the free text (with or without +++ and slashes). ok(null) when the line has none;
 * an error when the only reference present has wrong check digits.
 */
export function extractReference(line: LineText): Result<FoundReference | null, ReferenceError> {
  let problem: ReferenceError | null = null;
  const s = line.structuredRef;
  if (s !== null) {
    const parsed = s.kind === 'ogm' ? parseOgm(s.value) : parseRfReference(s.value);
    if (parsed.ok) return ok({ ref: { kind: s.kind, value: parsed.value }, source: 'structured' });
    problem = badCheck(
      s.kind,
      s.kind === 'ogm' && /^\d{12}$/.test(s.value)
        ? `+++${s.value.slice(0, 3)}/${s.value.slice(3, 7)}/${s.value.slice(7)}+++`
        : s.value,
    );
  }
  const text = line.unstructured;
  if (text !== null) {
    const ogm = findOgmInText(text);
    if (ogm?.ok) return ok({ ref: { kind: 'ogm', value: ogm.value }, source: 'text' });
    const rf = findRfInText(text);
    if (rf?.ok) return ok({ ref: { kind: 'rf', value: rf.value }, source: 'text' });
    if (problem === null && ogm !== null) problem = badCheck('ogm', shownOgmLike(text));
    if (problem === null && rf !== null) problem = badCheck('rf', text.trim());
  }
  return problem === null ? ok(null) : err(problem);
}

function shownOgmLike(text: string): string {
  return (
    /(\+{3}|\*{3})?\s*\d{3}\s*\/\s*\d{4}\s*\/\s*\d{5}\s*(\+{3}|\*{3})?/.exec(text)?.[0].trim() ?? text.trim()
  );
}

// ---- suggestions for the unmatched queue --------------------------------------------------------

export interface MatchCandidate {
  readonly planKey: string;
  readonly debtorName: string;
  /** IBANs this debtor paid from before (electronic format). */
  readonly knownIbans: readonly string[];
  readonly instalmentAmounts: readonly Cents[];
  readonly openAmount: Cents;
  /** The plan's own OGM (12 digits), to spot a mistyped one. */
  readonly ogm?: string;
}

export type MatchReasonCode =
  | 'known_iban'
  | 'reference_typo'
  | 'name_similarity'
  | 'instalment_amount'
  | 'open_amount';

export interface MatchReason {
  readonly code: MatchReasonCode;
  readonly message: Message;
}

export interface MatchSuggestion {
  readonly planKey: string;
  /** 0–100; higher is more likely. */
  readonly score: number;
  readonly reasons: readonly MatchReason[];
}

const NAME_THRESHOLD = 0.8;

/**
 * Ranked suggestions for a credit line that matched no reference. A candidate is only suggested with an
 * identity reason (known IBAN, similar name, a near miss of its OGM): amount and date alone never suffice,
 * because instalments of equal amounts are exactly where such matching goes wrong.
 */
export function suggestMatches(
  line: StatementLine,
  candidates: readonly MatchCandidate[],
  limit = 5,
): MatchSuggestion[] {
  if (line.amount <= 0 || line.reversal) return [];
  const iban = line.counterpartyIban?.replace(/\s+/g, '').toUpperCase() ?? null;
  const digitRuns = twelveDigitRuns(line);
  const out: MatchSuggestion[] = [];
  for (const c of candidates) {
    const reasons: MatchReason[] = [];
    let identity = 0;
    let support = 0;
    if (iban !== null && c.knownIbans.some((k) => k.replace(/\s+/g, '').toUpperCase() === iban)) {
      identity += 50;
      reasons.push({
        code: 'known_iban',
        message: message('reasonKnownIban'),
      });
    }
    if (c.ogm !== undefined && digitRuns.some((run) => isNearMiss(run, c.ogm ?? ''))) {
      identity += 40;
      reasons.push({
        code: 'reference_typo',
        message: message('reasonReferenceTypo', { ogm: formatOgm(c.ogm) }),
      });
    }
    const similarity =
      line.counterpartyName === null ? 0 : nameSimilarity(line.counterpartyName, c.debtorName);
    if (similarity >= NAME_THRESHOLD) {
      identity += Math.round(30 * similarity);
      const pct = Math.round(similarity * 100);
      reasons.push({
        code: 'name_similarity',
        message: message('reasonName', { percent: String(pct) }),
      });
    }
    if (c.instalmentAmounts.includes(line.amount)) {
      support += 15;
      reasons.push({
        code: 'instalment_amount',
        message: message('reasonInstalment'),
      });
    } else if (c.openAmount === line.amount) {
      support += 10;
      reasons.push({
        code: 'open_amount',
        message: message('reasonOpenAmount'),
      });
    }
    if (identity === 0) continue;
    out.push({ planKey: c.planKey, score: Math.min(100, identity + support), reasons });
  }
  return out.sort((a, b) => b.score - a.score || (a.planKey < b.planKey ? -1 : 1)).slice(0, limit);
}

function twelveDigitRuns(line: StatementLine): string[] {
  const texts = [line.structuredRef?.kind === 'ogm' ? line.structuredRef.value : '', line.unstructured ?? ''];
  const runs: string[] = [];
  for (const t of texts) {
    const digits = t.replace(/[\s/+*.-]/g, '');
    for (const m of digits.matchAll(/\d{12,}/g)) if (m[0].length === 12) runs.push(m[0]);
  }
  return runs;
}

/** One digit different, or two adjacent digits swapped: the usual typing mistakes. */
function isNearMiss(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return true;
  const [i, j] = diff;
  return diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
}
