import { describe, expect, it } from 'vitest';
import { defaultPolicyTable, policyAmount } from './policy.ts';

describe('policyAmount', () => {
  it('gives the symbolic amount for Onvermogend and capacity for the others', () => {
    expect(policyAmount('Onvermogend', defaultPolicyTable)).toEqual({
      ok: true,
      value: { kind: 'amount', amount: 500 },
    });
    expect(policyAmount('Vermogend', defaultPolicyTable)).toEqual({
      ok: true,
      value: { kind: 'use_capacity' },
    });
  });

  it('supports suspension and reports unknown profiles', () => {
    const table = { Onvermogend: { kind: 'suspend', reason: 'opschorting 6 maanden' } } as const;
    expect(policyAmount('Onvermogend', table)).toEqual({
      ok: true,
      value: { kind: 'suspend', reason: 'opschorting 6 maanden' },
    });
    expect(policyAmount('toString', defaultPolicyTable)).toEqual({
      ok: false,
      error: { code: 'no_policy_for_profile', profile: 'toString' },
    });
  });
});
