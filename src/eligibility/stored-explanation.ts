/**
 * What a sweep stores with a new or changed decision: only the facts the ruleset looked at (valid on the
 * date). With the decision's open debt and departments and the sweep's ruleset, `evaluate` rebuilds the
 * very same explanation when someone reads it, so a first sweep no longer builds and writes a full
 * explanation per person (docs/eligibility.md, "Sweeps").
 */
import type { Fact } from '../kernel/eligibility/facts.ts';

export interface CompactExplanation {
  readonly v: 2;
  readonly facts: readonly Fact[];
}

/** Sweeps before the compact form stored the whole explanation; such rows are explained again from today's facts. */
export type StoredExplanation = CompactExplanation | { readonly v?: undefined };

export function isCompact(stored: StoredExplanation | null): stored is CompactExplanation {
  return stored !== null && stored.v === 2 && Array.isArray((stored as CompactExplanation).facts);
}

export function compactExplanation(facts: readonly Fact[]): string {
  return `{"v":2,"facts":${JSON.stringify(facts)}}`;
}
