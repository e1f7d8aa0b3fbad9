/** How a new outcome differs from the previous one: what the worklist and the rights feed act on. */

import type { Profile } from '../kernel/eligibility/ruleset.ts';
import type { Outcome } from './engine.ts';

export type DecisionChange =
  | 'new'
  | 'new_eligible'
  | 'no_longer_eligible'
  | 'profile_changed'
  | 'rights_changed'
  | 'unchanged';

export interface PreviousOutcome {
  readonly eligible: boolean;
  readonly profile: Profile;
  readonly rights: readonly string[];
}

export function grantedRights(outcome: Outcome): string[] {
  const granted: string[] = [];
  for (const r of outcome.rights) if (r.granted) granted.push(r.code);
  return granted;
}

function sameRights(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!b.includes(a[i] as string)) return false;
  return true;
}

/** Eligibility outranks profile, profile outranks rights; a first decision is `new` or `new_eligible`. */
export function classifyChange(
  previous: PreviousOutcome | null,
  outcome: Outcome,
  granted: readonly string[],
): DecisionChange {
  if (previous === null) return outcome.eligible ? 'new_eligible' : 'new';
  if (previous.eligible !== outcome.eligible) return outcome.eligible ? 'new_eligible' : 'no_longer_eligible';
  if (previous.profile !== outcome.profile) return 'profile_changed';
  if (!sameRights(previous.rights, granted)) return 'rights_changed';
  return 'unchanged';
}

/** Rights whose outcome differs from what was published before (first time: only those granted). */
export function rightChanges(
  previous: PreviousOutcome | null,
  outcome: Outcome,
): { code: string; granted: boolean }[] {
  const before = previous?.rights ?? [];
  const changes: { code: string; granted: boolean }[] = [];
  for (const r of outcome.rights) {
    const was = before.includes(r.code);
    if (r.granted !== was) changes.push({ code: r.code, granted: r.granted });
  }
  return changes;
}
