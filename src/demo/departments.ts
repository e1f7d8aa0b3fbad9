import type { Cents } from '../kernel/money.ts';
import type { ClaimCategory, Department } from './types.ts';

/** Who a department sends claims to; the generator only picks departments that fit the person. */
export type Audience =
  | 'adults'
  | 'householdHeads'
  | 'parents'
  | 'parentsOfYoungChildren'
  | 'socialTenants'
  | 'carOwners';

export interface CategorySpec extends ClaimCategory {
  readonly weight: number;
  /** Principal range in cents, inclusive. */
  readonly min: Cents;
  readonly max: Cents;
  /** Fixed tariffs instead of a range (parking retributions are flat fees). */
  readonly tariffs?: readonly Cents[];
  /** Rounds the principal to whole euros (assessed taxes are). */
  readonly wholeEuros?: boolean;
}

export interface DepartmentSpec {
  readonly code: string;
  readonly name: string;
  readonly audience: Audience;
  /** Relative share of claims among the departments that fit a person. */
  readonly weight: number;
  readonly categories: readonly CategorySpec[];
}

/*
 * Limitation periods are plausible DEFAULTS for a demo, not legal advice; each municipality sets its own:
 * P5Y for local taxes and periodic payments such as rent (art. 2277 old Civil Code), P1Y for school and
 * childcare fees (art. 2272), P10Y for other contractual claims (art. 2262bis).
 */
export const DEPARTMENT_SPECS: readonly DepartmentSpec[] = [
  {
    code: 'SCHOOL',
    name: 'Scholen — schoolmaaltijden',
    audience: 'parents',
    weight: 2.5,
    categories: [
      {
        code: 'SCH-MAAL',
        name: 'Schoolmaaltijden',
        fiscal: false,
        limitationPeriod: 'P1Y',
        weight: 4,
        min: 1500,
        max: 25000,
      },
      {
        code: 'SCH-UIT',
        name: 'Schooluitstappen',
        fiscal: false,
        limitationPeriod: 'P1Y',
        weight: 1,
        min: 1000,
        max: 12000,
      },
    ],
  },
  {
    code: 'KINDEROPVANG',
    name: 'Buitenschoolse kinderopvang',
    audience: 'parentsOfYoungChildren',
    weight: 1.5,
    categories: [
      {
        code: 'KO-OPV',
        name: 'Opvangfacturen',
        fiscal: false,
        limitationPeriod: 'P1Y',
        weight: 1,
        min: 2000,
        max: 40000,
      },
    ],
  },
  {
    code: 'SPORT',
    name: 'Sportdienst',
    audience: 'adults',
    weight: 0.6,
    categories: [
      {
        code: 'SP-KAMP',
        name: 'Sportkampen',
        fiscal: false,
        limitationPeriod: 'P10Y',
        weight: 1,
        min: 4000,
        max: 18000,
      },
      {
        code: 'SP-ZWEM',
        name: 'Zwembadabonnementen',
        fiscal: false,
        limitationPeriod: 'P10Y',
        weight: 1,
        min: 2500,
        max: 9000,
      },
    ],
  },
  {
    code: 'AFVAL',
    name: 'Afvalbelasting',
    audience: 'householdHeads',
    weight: 2.5,
    categories: [
      {
        code: 'AF-BEL',
        name: 'Afvalbelasting',
        fiscal: true,
        limitationPeriod: 'P5Y',
        weight: 3,
        min: 9000,
        max: 30000,
        wholeEuros: true,
      },
      {
        code: 'AF-DIFTAR',
        name: 'Diftar-containerheffing',
        fiscal: false,
        limitationPeriod: 'P5Y',
        weight: 1,
        min: 2000,
        max: 15000,
      },
    ],
  },
  {
    code: 'PARKEREN',
    name: 'Parkeerbeheer',
    audience: 'carOwners',
    weight: 2,
    categories: [
      {
        code: 'PK-RETR',
        name: 'Parkeerretributie',
        fiscal: false,
        limitationPeriod: 'P5Y',
        weight: 4,
        min: 2500,
        max: 9000,
        tariffs: [2500, 3500, 5000, 9000],
      },
      {
        code: 'PK-BEL',
        name: 'Parkeerbelasting',
        fiscal: true,
        limitationPeriod: 'P5Y',
        weight: 1,
        min: 2500,
        max: 9000,
        wholeEuros: true,
      },
    ],
  },
  {
    code: 'HUISVESTING',
    name: 'Sociale huur',
    audience: 'socialTenants',
    weight: 2,
    categories: [
      {
        code: 'HV-HUUR',
        name: 'Huurachterstal',
        fiscal: false,
        limitationPeriod: 'P5Y',
        weight: 4,
        min: 30000,
        max: 250000,
      },
      {
        code: 'HV-HERST',
        name: 'Herstellingskosten',
        fiscal: false,
        limitationPeriod: 'P10Y',
        weight: 1,
        min: 5000,
        max: 80000,
      },
    ],
  },
  {
    code: 'BIBLIOTHEEK',
    name: 'Bibliotheek',
    audience: 'adults',
    weight: 0.7,
    categories: [
      {
        code: 'BIB-BOETE',
        name: 'Te laat ingeleverde materialen',
        fiscal: false,
        limitationPeriod: 'P10Y',
        weight: 3,
        min: 100,
        max: 3000,
      },
      {
        code: 'BIB-VERV',
        name: 'Vervangingskosten',
        fiscal: false,
        limitationPeriod: 'P10Y',
        weight: 1,
        min: 1000,
        max: 6000,
      },
    ],
  },
  {
    code: 'CULTUUR',
    name: 'Cultuurcentrum',
    audience: 'adults',
    weight: 0.4,
    categories: [
      {
        code: 'CU-TICK',
        name: 'Tickets en cursussen',
        fiscal: false,
        limitationPeriod: 'P10Y',
        weight: 1,
        min: 1500,
        max: 20000,
      },
    ],
  },
  {
    code: 'OCMW',
    name: 'OCMW — terugvorderingen',
    audience: 'adults',
    weight: 0.6,
    categories: [
      {
        code: 'OC-STEUN',
        name: 'Terugvordering sociale steun',
        fiscal: false,
        limitationPeriod: 'P5Y',
        weight: 2,
        min: 20000,
        max: 300000,
      },
      {
        code: 'OC-VOORS',
        name: 'Voorschotten',
        fiscal: false,
        limitationPeriod: 'P5Y',
        weight: 1,
        min: 5000,
        max: 100000,
      },
    ],
  },
  {
    code: 'GAS',
    name: 'GAS-boetes',
    audience: 'adults',
    weight: 0.8,
    categories: [
      {
        code: 'GAS-BOETE',
        name: 'Gemeentelijke administratieve geldboete',
        fiscal: false,
        limitationPeriod: 'P5Y',
        weight: 1,
        min: 5000,
        max: 35000,
        wholeEuros: true,
      },
    ],
  },
];

/** The departments and their categories, without the generator's tuning. */
export function demoDepartments(): Department[] {
  return DEPARTMENT_SPECS.map((d) => ({
    code: d.code,
    name: d.name,
    categories: d.categories.map(({ code, name, fiscal, limitationPeriod }) => ({
      code,
      name,
      fiscal,
      limitationPeriod,
    })),
  }));
}
