import { addIsoDuration, daysBetween, type IsoDate } from '../kernel/dates.ts';
import type { Cents } from '../kernel/money.ts';

export interface OverviewClaimInput {
  readonly department: string;
  readonly departmentName: string;
  readonly claimId: string;
  readonly category: string;
  readonly limitationPeriod: string;
  readonly principal: Cents;
  readonly charges: Cents;
  readonly paid: Cents;
  readonly issueDate: IsoDate | null;
  readonly dueDate: IsoDate;
  readonly status: 'open' | 'paid' | 'cancelled';
}

export interface OverviewClaim {
  readonly department: string;
  readonly claimId: string;
  readonly category: string;
  readonly principal: Cents;
  readonly charges: Cents;
  readonly paid: Cents;
  readonly open: Cents;
  readonly dueDate: IsoDate;
  readonly limitationDate: IsoDate;
  /** Open and past its limitation date (verjaard): flagged on every screen, not bundled by default. */
  readonly timeBarred: boolean;
  readonly daysOverdue: number;
  readonly status: 'open' | 'paid' | 'cancelled';
}

export interface Totals {
  readonly principal: Cents;
  readonly charges: Cents;
  readonly paid: Cents;
  readonly open: Cents;
}

export interface DepartmentTotal {
  readonly department: string;
  readonly name: string;
  readonly open: Cents;
  readonly count: number;
}

/**
 * The open amount is the OSLO Schuldvorderingssaldo: principal + charges − paid, never below zero;
 * a cancelled or fully paid claim is 0 open.
 */
export function openAmount(c: Pick<OverviewClaimInput, 'principal' | 'charges' | 'paid' | 'status'>): Cents {
  if (c.status !== 'open') return 0;
  return Math.max(0, c.principal + c.charges - c.paid);
}

/** The limitation date (verjaringsdatum): the due date plus the category's limitation period. */
export function limitationDateOf(c: {
  readonly dueDate: IsoDate;
  readonly limitationPeriod: string;
}): IsoDate {
  return addIsoDuration(c.dueDate, c.limitationPeriod);
}

/**
 * A claim is time-barred (verjaard) once its limitation date has passed: from the day after it. The
 * model counts the period from the due date; an interruption (stuiting, e.g. by a payment) is not
 * recorded, so a department that interrupted the period sets a later due date or a longer period.
 */
export function isTimeBarred(
  c: { readonly dueDate: IsoDate; readonly limitationPeriod: string },
  today: IsoDate,
): boolean {
  return limitationDateOf(c) < today;
}

export function overviewClaim(c: OverviewClaimInput, today: IsoDate): OverviewClaim {
  const open = openAmount(c);
  return {
    department: c.department,
    claimId: c.claimId,
    category: c.category,
    principal: c.principal,
    charges: c.charges,
    paid: c.paid,
    open,
    dueDate: c.dueDate,
    limitationDate: limitationDateOf(c),
    timeBarred: open > 0 && isTimeBarred(c, today),
    daysOverdue: open > 0 ? Math.max(0, daysBetween(c.dueDate, today)) : 0,
    status: open === 0 && c.status === 'open' ? 'paid' : c.status,
  };
}

/** Totals over all claims (principal, charges and paid of every claim; open only of open ones) and per department. */
export function summarise(
  claims: readonly OverviewClaimInput[],
  today: IsoDate,
): { claims: OverviewClaim[]; totals: Totals; byDepartment: DepartmentTotal[] } {
  const rows = claims.map((c) => overviewClaim(c, today));
  const totals = { principal: 0, charges: 0, paid: 0, open: 0 };
  const perDepartment = new Map<string, { department: string; name: string; open: number; count: number }>();
  claims.forEach((input, i) => {
    const row = rows[i] as OverviewClaim;
    totals.principal += row.principal;
    totals.charges += row.charges;
    totals.paid += row.paid;
    totals.open += row.open;
    const d = perDepartment.get(row.department) ?? {
      department: row.department,
      name: input.departmentName,
      open: 0,
      count: 0,
    };
    d.open += row.open;
    d.count += 1;
    perDepartment.set(row.department, d);
  });
  const byDepartment = [...perDepartment.values()].sort((a, b) => a.department.localeCompare(b.department));
  return { claims: rows, totals, byDepartment };
}
