import type { IsoDate } from '../kernel/dates.ts';
import type { Cents } from '../kernel/money.ts';

/** What an OSLO export of one debtor's file is made of; each part beyond the claims is optional. */
export interface DebtorFile {
  readonly organisation: { readonly id: string; readonly name: string };
  readonly person: OsloPerson;
  readonly claims: readonly OsloClaim[];
  readonly plans: readonly OsloPlan[];
  readonly payments: readonly OsloPayment[];
  readonly solvency: OsloSolvency | null;
}

export interface OsloDepartment {
  readonly id: string;
  readonly code: string;
  readonly name: string;
}

export interface OsloPerson {
  readonly id: string;
  readonly name: string;
  /** The one registration OSLO allows: national number, else BSN, else a department customer number. */
  readonly identifier:
    | { readonly kind: 'be' | 'nl'; readonly value: string }
    | { readonly kind: 'customer'; readonly value: string; readonly department: string };
}

export interface OsloClaim {
  readonly id: string;
  readonly department: OsloDepartment;
  readonly claimId: string;
  readonly category: {
    readonly id: string;
    readonly name: string;
    readonly fiscal: boolean;
    readonly limitationPeriod: string;
  };
  readonly principal: Cents;
  readonly charges: Cents;
  readonly paid: Cents;
  readonly issueDate: IsoDate | null;
  readonly dueDate: IsoDate;
  readonly status: 'open' | 'paid' | 'cancelled';
  /** When a paid or cancelled claim was closed (xsd:dateTime); null while open. */
  readonly closedAt: string | null;
}

export type PlanActivityType = 'Voorstel' | 'Wijziging' | 'Aanvaarding' | 'Schrapping';

export interface OsloPlan {
  readonly id: string;
  readonly startAmount: Cents;
  /** Claim row ids (uuids) bundled in the plan. */
  readonly claimIds: readonly string[];
  readonly instalments: readonly { readonly id: string; readonly amount: Cents; readonly dueDate: IsoDate }[];
  readonly activities: readonly {
    readonly id: string;
    readonly type: PlanActivityType;
    readonly dateTime: string;
  }[];
  readonly balances: readonly { readonly date: IsoDate; readonly amount: Cents }[];
}

export interface OsloPayment {
  readonly id: string;
  readonly reference: string;
  readonly amount: Cents;
  readonly date: IsoDate;
  /** The instalment it paid (an Afbetaling), or null for a payment outside a plan. */
  readonly instalmentId: string | null;
  readonly allocations: readonly {
    readonly id: string;
    readonly claimId: string;
    readonly amount: Cents;
    readonly dateTime: string;
  }[];
}

export type IndicatorKind =
  | 'Inkomst'
  | 'SociaalStatuut'
  | 'JuridischStatuut'
  | 'Krediet'
  | 'Solvabiliteitsindicator';

export interface OsloIndicator {
  readonly id: string;
  readonly kind: IndicatorKind;
  /** A code of our own concept scheme for the kind (e.g. `leefloon`, `collectieve_schuldenregeling`). */
  readonly type: string;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate | null;
  /** Inkomst.bedrag or Krediet.initieelKredietbedrag. */
  readonly amount?: Cents;
  /** Inkomst: `maandelijks`, `jaarlijks`, `eenmalig`. */
  readonly periodicity?: string;
  /** Krediet.wanbetaling. */
  readonly defaulted?: boolean;
  /** JuridischStatuut.rechtsgrond: an IRI of the legal basis. */
  readonly legalBasis?: string;
}

export interface OsloSolvency {
  readonly profile: {
    readonly id: string;
    readonly type: string;
    readonly startDate: IsoDate;
    readonly endDate: IsoDate | null;
  } | null;
  readonly indicators: readonly OsloIndicator[];
}
