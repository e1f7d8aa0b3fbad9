import type { IsoDate } from '../kernel/dates.ts';
import { generateClaims } from './claims.ts';
import { demoDepartments } from './departments.ts';
import { generatePopulation, type Population } from './people.ts';
import type { ClaimRow, Department } from './types.ts';

export { generateClaims } from './claims.ts';
export { demoDepartments } from './departments.ts';
export { generatePopulation, type Population } from './people.ts';
export type * from './types.ts';

export const DEFAULT_SEED = 20_250_101;
/** The size of the city the demo loads on first start. */
export const DEMO_CITY_SIZE = { people: 5_000, claims: 20_000 } as const;

export interface CityOptions {
  readonly seed?: number;
  readonly people: number;
  readonly claims: number;
  readonly today: IsoDate;
}

/** A synthetic city: people and households in memory (O(people)), claims streamed on demand. */
export interface City extends Population {
  readonly seed: number;
  readonly today: IsoDate;
  readonly departments: readonly Department[];
  readonly claimCount: number;
  /** A fresh generator over the same claims each time it is called. */
  claims(): Generator<ClaimRow, void, undefined>;
}

/** Deterministic: the same options give the same city, row for row. */
export function generateCity(opts: CityOptions): City {
  const seed = opts.seed ?? DEFAULT_SEED;
  const population = generatePopulation({ seed, people: opts.people, today: opts.today });
  return {
    ...population,
    seed,
    today: opts.today,
    departments: demoDepartments(),
    claimCount: opts.claims,
    claims: () => generateClaims(population, { seed, claims: opts.claims, today: opts.today }),
  };
}
