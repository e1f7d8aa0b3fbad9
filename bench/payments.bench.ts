/*
 * Payments: 100,000 bank statement lines in CODA and in camt.053 (001.08), parse-only beside
 * parse + match + allocate in the same run. Synthetic statements (fictional payers, valid OGMs) are
 * generated before timing. Matching and allocation are the pure rules the import service runs
 * (reference extraction with check digits, plan lookup, per-plan allocation in date order, instalments).
 * Run: `npm run bench -- payments [lines=100000]`. Target: full ≥ 0.5 × parse-only throughput.
 */

import {
  type AllocationStrategy,
  allocatePayment,
  applyAllocations,
  type ClaimBalance,
} from '../src/kernel/allocation.ts';
import { ogmFromBase } from '../src/kernel/ogm.ts';
import { generateCamt053, generateCoda } from '../src/payments/generate-statements.ts';
import { applyToInstalments } from '../src/payments/instalments.ts';
import { lineKind, planReferenceKey } from '../src/payments/line-kind.ts';
import { parseStatement } from '../src/payments/parse-statement.ts';
import type { BankStatement } from '../src/payments/statement.ts';
import { measure, perSecond } from './measure.ts';

interface BenchPlan {
  balances: ClaimBalance[];
  strategy: AllocationStrategy;
  instalments: { key: string; dueDate: string; amount: number }[];
  payments: { date: string; amount: number }[];
  credit: number;
}

const STRATEGIES: AllocationStrategy[] = ['pro_rata', 'oldest_first', { priority: ['Parkeren', 'School'] }];

function makePlans(count: number): { ogms: string[]; plans: Map<string, BenchPlan> } {
  const ogms: string[] = [];
  const plans = new Map<string, BenchPlan>();
  for (let i = 0; i < count; i++) {
    const ogm = ogmFromBase(String(5_000_000_000 + i));
    ogms.push(ogm);
    plans.set(ogm, {
      balances: [0, 1, 2].map((c) => ({
        claimKey: `${i}-${c}`,
        dueDate: `2025-0${c + 1}-15`,
        category: c === 1 ? 'Parkeren' : 'School',
        costs: c === 0 ? 1_500 : 0,
        interest: 0,
        principal: 50_000 + ((i * 7 + c * 13) % 20) * 10_000,
      })),
      strategy: STRATEGIES[i % STRATEGIES.length] ?? 'pro_rata',
      instalments: Array.from({ length: 24 }, (_, m) => ({
        key: String(m),
        dueDate: `${2026 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`,
        amount: 10_000,
      })),
      payments: [],
      credit: 0,
    });
  }
  return { ogms, plans };
}

export interface PipelineOutcome {
  lines: number;
  matched: number;
  unmatched: number;
  allocated: number;
}

/** Parse, match and allocate: what the import service computes, without the database writes. */
function matchAndAllocate(
  statements: readonly BankStatement[],
  plans: Map<string, BenchPlan>,
): PipelineOutcome {
  const out: PipelineOutcome = { lines: 0, matched: 0, unmatched: 0, allocated: 0 };
  const touched = new Set<BenchPlan>();
  for (const s of statements) {
    for (const line of s.lines) {
      out.lines++;
      const k = lineKind(line);
      if (k.kind !== 'credit') continue;
      const key = k.found === null ? null : planReferenceKey(k.found.ref);
      const plan = key === null ? undefined : plans.get(key);
      if (plan === undefined) {
        out.unmatched++;
        continue;
      }
      out.matched++;
      // lines arrive in date order, so allocating one by one equals the replay in date order
      const { allocations, surplus } = allocatePayment(line.amount, plan.balances, plan.strategy);
      plan.balances = applyAllocations(plan.balances, allocations);
      plan.credit += surplus;
      plan.payments.push({ date: line.bookingDate, amount: line.amount });
      out.allocated += line.amount - surplus;
      touched.add(plan);
    }
  }
  for (const plan of touched) applyToInstalments(plan.instalments, plan.payments);
  return out;
}

export interface PaymentsBenchResult {
  readonly format: 'coda' | 'camt053';
  readonly lines: number;
  readonly parseSeconds: number;
  readonly fullSeconds: number;
  /** full throughput / parse-only throughput (target ≥ 0.5). */
  readonly ratio: number;
  readonly outcome: PipelineOutcome;
}

export async function runPaymentsBench(n = 100_000): Promise<PaymentsBenchResult[]> {
  const results: PaymentsBenchResult[] = [];
  const { ogms } = makePlans(Math.max(1, Math.round(n / 50)));
  const files: ['coda' | 'camt053', Uint8Array][] = [
    ['coda', new TextEncoder().encode(generateCoda({ lineCount: n, ogms, seed: 7 }))],
    ['camt053', new TextEncoder().encode(generateCamt053('08', { lineCount: n, ogms, seed: 7 }))],
  ];
  // warm the JIT on a small file of each format so the first timing is not the cold one
  const warm = Math.min(n, 2_000);
  for (const text of [
    generateCoda({ lineCount: warm, ogms, seed: 1 }),
    generateCamt053('08', { lineCount: warm, ogms, seed: 1 }),
  ]) {
    const r = parseStatement(new TextEncoder().encode(text), 'warm');
    if (r.ok) matchAndAllocate(r.value, makePlans(ogms.length).plans);
  }
  for (const [format, bytes] of files) {
    const parsed = await measure(async () => {
      const r = parseStatement(bytes, `bench.${format}`);
      if (!r.ok) throw new Error(r.error.message.en);
      return r.value.reduce((s, st) => s + st.lines.length, 0);
    });
    const { plans } = makePlans(ogms.length);
    const full = await measure(async () => {
      const r = parseStatement(bytes, `bench.${format}`);
      if (!r.ok) throw new Error(r.error.message.en);
      return matchAndAllocate(r.value, plans);
    });
    results.push({
      format,
      lines: parsed.value,
      parseSeconds: parsed.seconds,
      fullSeconds: full.seconds,
      ratio: parsed.seconds / full.seconds,
      outcome: full.value,
    });
  }
  return results;
}

export async function paymentsBenchMain(args: string[]) {
  const n = Number(args[0] ?? 100_000);
  const results = await runPaymentsBench(n);
  for (const r of results) {
    console.log(
      `${r.format.padEnd(8)} ${r.lines.toLocaleString('en')} lines: parse-only ${r.parseSeconds.toFixed(2)} s ` +
        `(${perSecond(r.lines, r.parseSeconds)}), parse+match+allocate ${r.fullSeconds.toFixed(2)} s ` +
        `(${perSecond(r.lines, r.fullSeconds)}) = ${r.ratio.toFixed(2)}× parse-only (target ≥ 0.5×); ` +
        `${r.outcome.matched} matched, ${r.outcome.unmatched} unmatched, ${(r.outcome.allocated / 100).toFixed(2)} EUR allocated`,
    );
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) await paymentsBenchMain(process.argv.slice(2));
