import type { IsoDate } from '../kernel/dates.ts';
import type { Cents } from '../kernel/money.ts';

export interface ClaimCategory {
  readonly code: string;
  readonly name: string;
  readonly fiscal: boolean;
  /** ISO 8601 duration, e.g. `P5Y`. */
  readonly limitationPeriod: string;
}

export interface Department {
  readonly code: string;
  readonly name: string;
  readonly categories: readonly ClaimCategory[];
}

export interface Address {
  readonly street: string;
  readonly houseNumber: string;
  readonly postalCode: string;
  readonly city: string;
}

export type HouseholdKind = 'single' | 'couple' | 'family' | 'singleParent';

export interface Household {
  readonly id: number;
  readonly kind: HouseholdKind;
  readonly address: Address;
  /** Person ids, adults first. */
  readonly memberIds: readonly number[];
  readonly socialTenant: boolean;
}

export type IncomeType =
  | 'beroepsinkomen'
  | 'werkloosheidsuitkering'
  | 'ziekte-uitkering'
  | 'pensioen'
  | 'leefloon'
  | 'geen';

/** Social-status facts that a later feed (eligibility) delivers; synthetic but mutually consistent. */
export interface PersonFacts {
  readonly monthlyNetIncome: Cents;
  readonly incomeType: IncomeType;
  readonly householdSize: number;
  /** leefloon */
  readonly livingWage: boolean;
  /** verhoogde tegemoetkoming (household-wide) */
  readonly increasedReimbursement: boolean;
  /** collectieve schuldenregeling */
  readonly collectiveDebtSettlement: boolean;
  /** budgetbeheer */
  readonly budgetManagement: boolean;
}

export interface Person {
  readonly id: number;
  readonly householdId: number;
  readonly role: 'adult' | 'child';
  readonly firstName: string;
  readonly lastName: string;
  readonly sex: 'M' | 'F';
  readonly birthDate: IsoDate;
  /** 11 digits, valid mod 97. */
  readonly nationalNumber: string;
  readonly address: Address;
  readonly facts: PersonFacts;
}

export type ClaimStatus = 'open' | 'paid' | 'cancelled';

/** One row of a department's claim export, in the import's columns (plus the department it belongs to). */
export interface ClaimRow {
  readonly departmentCode: string;
  readonly claimId: string;
  /** Null when the department knows this person only by customer number. */
  readonly nationalNumber: string | null;
  readonly customerNumber: string;
  /** `Surname, First name` */
  readonly name: string;
  readonly birthDate: IsoDate;
  readonly street: string;
  readonly houseNumber: string;
  readonly postalCode: string;
  readonly city: string;
  readonly category: string;
  readonly principal: Cents;
  readonly charges: Cents;
  readonly paid: Cents;
  readonly issueDate: IsoDate;
  readonly dueDate: IsoDate;
  readonly status: ClaimStatus;
  /** Not a CSV column: who the row is about, for tests and feeds. */
  readonly personId: number;
}
