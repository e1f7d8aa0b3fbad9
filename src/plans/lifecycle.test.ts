import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acceptPlan,
  cancelPlan,
  changePlan,
  checkVersion,
  type PlanState,
  proposePlan,
  recordPayment,
  remaining,
} from './lifecycle.ts';
import type { Instalment } from './schedule.ts';

const by = { actor: 'user:finance-1', dateTime: '2026-11-24T10:00:00+01:00' };
const schedule: Instalment[] = [
  { seq: 1, dueDate: '2026-12-01', amount: 30000 },
  { seq: 2, dueDate: '2027-01-04', amount: 20000 },
];

function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const proposed = (): PlanState =>
  unwrap(proposePlan({ startAmount: 50000, instalments: schedule }, by)).state;

describe('plan lifecycle', () => {
  it('goes Voorstel → Aanvaarding → Afbetaling → completed, with an OSLO activity each step', () => {
    const p = unwrap(proposePlan({ startAmount: 50000, instalments: schedule }, by));
    expect(p.activity).toEqual({
      type: 'Voorstel',
      osloClass: 'sb:Voorstel',
      dateTime: by.dateTime,
      actor: by.actor,
      reason: null,
    });
    const a = unwrap(acceptPlan(p.state, { actor: 'debtor:1', dateTime: '2026-11-25T09:00:00Z' }));
    expect(a.state.status).toBe('accepted');
    expect(a.activity.osloClass).toBe('sb:Aanvaarding');
    const pay1 = unwrap(recordPayment(a.state, 30000, by));
    expect(pay1.state).toMatchObject({ status: 'active', paid: 30000, version: 3 });
    expect(pay1.activity).toMatchObject({ type: 'Afbetaling', amount: 30000 });
    const pay2 = unwrap(recordPayment(pay1.state, 20000, by));
    expect(pay2.state.status).toBe('completed');
    expect(remaining(pay2.state)).toBe(0);
  });

  it('a Wijziging reschedules exactly what remains and needs a new acceptance', () => {
    const active = unwrap(recordPayment(unwrap(acceptPlan(proposed(), by)).state, 10000, by)).state;
    const newSchedule: Instalment[] = [{ seq: 2, dueDate: '2027-02-01', amount: 40000 }];
    const changed = unwrap(changePlan(active, newSchedule, 'inkomen gedaald', by));
    expect(changed.state).toMatchObject({ status: 'proposed', instalments: newSchedule, paid: 10000 });
    expect(changed.activity).toMatchObject({
      type: 'Wijziging',
      osloClass: 'sb:Wijziging',
      reason: 'inkomen gedaald',
    });
    expect(changePlan(active, schedule, 'x', by)).toEqual({
      ok: false,
      error: { code: 'schedule_mismatch', expected: 40000, actual: 50000 },
    });
    expect(changePlan(active, newSchedule, '  ', by)).toEqual({
      ok: false,
      error: { code: 'reason_required' },
    });
  });

  it('a Schrapping needs a reason and ends the plan for good', () => {
    expect(cancelPlan(proposed(), '', by)).toEqual({ ok: false, error: { code: 'reason_required' } });
    const cancelled = unwrap(cancelPlan(proposed(), 'betaalt niet meer', by));
    expect(cancelled.state).toMatchObject({ status: 'cancelled', cancellationReason: 'betaalt niet meer' });
    expect(cancelled.activity).toMatchObject({ type: 'Schrapping', reason: 'betaalt niet meer' });
    expect(acceptPlan(cancelled.state, by)).toEqual({
      ok: false,
      error: { code: 'invalid_transition', from: 'cancelled', action: 'accept' },
    });
  });

  it('refuses invalid transitions and inputs as typed errors', () => {
    expect(recordPayment(proposed(), 100, by)).toEqual({
      ok: false,
      error: { code: 'invalid_transition', from: 'proposed', action: 'pay' },
    });
    const accepted = unwrap(acceptPlan(proposed(), by)).state;
    expect(acceptPlan(accepted, by).ok).toBe(false);
    expect(recordPayment(accepted, 0, by)).toEqual({
      ok: false,
      error: { code: 'invalid_amount', amount: 0 },
    });
    expect(acceptPlan(proposed(), { actor: 'x', dateTime: '2026-11-24' })).toEqual({
      ok: false,
      error: { code: 'invalid_datetime', dateTime: '2026-11-24' },
    });
    expect(proposePlan({ startAmount: 40000, instalments: schedule }, by)).toEqual({
      ok: false,
      error: { code: 'schedule_mismatch', expected: 40000, actual: 50000 },
    });
  });

  it('checks versions for optimistic concurrency', () => {
    expect(checkVersion(3, 3)).toEqual({ ok: true, value: undefined });
    expect(checkVersion(3, 4)).toEqual({
      ok: false,
      error: { code: 'version_conflict', expected: 3, actual: 4 },
    });
  });

  it('any sequence of actions keeps the state consistent (property)', () => {
    const action = fc.oneof(
      fc.constant({ kind: 'accept' as const }),
      fc.integer({ min: 1, max: 30000 }).map((amount) => ({ kind: 'pay' as const, amount })),
      fc.constant({ kind: 'change' as const }),
      fc.constant({ kind: 'cancel' as const }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        let state = proposed();
        for (const a of actions) {
          const before = state;
          const r =
            a.kind === 'accept'
              ? acceptPlan(state, by)
              : a.kind === 'pay'
                ? recordPayment(state, a.amount, by)
                : a.kind === 'change'
                  ? changePlan(
                      state,
                      [{ seq: 1, dueDate: '2027-03-01', amount: remaining(state) }],
                      'wijziging',
                      by,
                    )
                  : cancelPlan(state, 'reden', by);
          if (r.ok) {
            state = r.value.state;
            expect(state.version).toBe(before.version + 1);
          } else {
            expect(r.error.code).toBe('invalid_transition');
          }
          if (before.status === 'completed' || before.status === 'cancelled') expect(r.ok).toBe(false);
          expect(state.paid >= 0 && state.paid <= state.startAmount + 30000).toBe(true);
          expect(state.status === 'completed').toBe(state.paid >= state.startAmount);
        }
      }),
    );
  });
});
