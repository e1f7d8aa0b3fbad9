import type { Cents } from '../kernel/money.ts';
import { err, ok, type Result } from '../kernel/result.ts';

/** OSLO Solvabiliteitstype example values; local governments may add their own profile names. */
export type SolvencyProfile = 'Vermogend' | 'GeringeAfbetaalmogelijkheid' | 'Onvermogend' | (string & {});

export type PolicyRule =
  | { readonly kind: 'fixed'; readonly amount: Cents }
  | { readonly kind: 'capacity' }
  | { readonly kind: 'suspend'; readonly reason: string };

/** Per solvency profile: what monthly amount the local policy asks, e.g. Onvermogend → symbolic € 5. */
export type PolicyTable = Readonly<Record<string, PolicyRule>>;

export type PolicyOutcome =
  | { readonly kind: 'amount'; readonly amount: Cents }
  | { readonly kind: 'use_capacity' }
  | { readonly kind: 'suspend'; readonly reason: string };

export function policyAmount(
  profile: SolvencyProfile,
  policyTable: PolicyTable,
): Result<PolicyOutcome, { code: 'no_policy_for_profile'; profile: string }> {
  const rule = Object.hasOwn(policyTable, profile) ? policyTable[profile] : undefined;
  if (!rule) return err({ code: 'no_policy_for_profile', profile });
  switch (rule.kind) {
    case 'fixed':
      return ok({ kind: 'amount', amount: rule.amount });
    case 'capacity':
      return ok({ kind: 'use_capacity' });
    case 'suspend':
      return ok({ kind: 'suspend', reason: rule.reason });
  }
}

/** A sensible default that administrators can replace. */
export const defaultPolicyTable: PolicyTable = {
  Vermogend: { kind: 'capacity' },
  GeringeAfbetaalmogelijkheid: { kind: 'capacity' },
  Onvermogend: { kind: 'fixed', amount: 500 },
};
