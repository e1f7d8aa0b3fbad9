import { parseOgm } from '../kernel/ogm.ts';
import { extractReference, type FoundReference } from './matching.ts';
import { message } from './messages.ts';
import type { Message, StatementLine, StructuredRef } from './statement.ts';

/** What EvS does with a bank line: only incoming credits are matched; reversals of credits undo one. */
export type LineKind =
  | { readonly kind: 'credit'; readonly found: FoundReference | null; readonly problem: Message | null }
  | { readonly kind: 'reversal' }
  | { readonly kind: 'other' };

export function lineKind(line: StatementLine): LineKind {
  if (line.amount > 0 && !line.reversal) {
    const ref = extractReference(line);
    if (!ref.ok) return { kind: 'credit', found: null, problem: ref.error.message };
    return {
      kind: 'credit',
      found: ref.value,
      problem: ref.value === null ? NO_REFERENCE : null,
    };
  }
  if (line.amount < 0 && line.reversal) return { kind: 'reversal' };
  return { kind: 'other' };
}

export const NO_REFERENCE: Message = message('noReference');

export const UNKNOWN_REFERENCE: Message = message('unknownReference');

/**
 * The plan reference (12-digit OGM) a found reference points at. Plans carry an OGM; an RF creditor
 * reference built on it (`RF` + check + the 12 digits) points at the same plan.
 */
export function planReferenceKey(ref: StructuredRef): string | null {
  if (ref.kind === 'ogm') return ref.value;
  const body = ref.value.slice(4);
  return /^\d{12}$/.test(body) && parseOgm(body).ok ? body : null;
}
