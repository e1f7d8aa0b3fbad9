import { type LegalTable, validateLegalTable } from './legal-table.ts';
import be2022Energy from './legal-tables/be-1409-2022-11-energy.json' with { type: 'json' };
import be2023 from './legal-tables/be-1409-2023.json' with { type: 'json' };
import be2023Q1Energy from './legal-tables/be-1409-2023-q1-energy.json' with { type: 'json' };
import be2024 from './legal-tables/be-1409-2024.json' with { type: 'json' };
import be2025 from './legal-tables/be-1409-2025.json' with { type: 'json' };
import nl2025a from './legal-tables/nl-bvv-2025-01.json' with { type: 'json' };
import nl2025b from './legal-tables/nl-bvv-2025-07.json' with { type: 'json' };

const shipped: readonly unknown[] = [be2022Energy, be2023Q1Energy, be2023, be2024, be2025, nl2025a, nl2025b];

/** The tables shipped with the code; administrators add later years as data (validated the same way). */
export const builtinLegalTables: readonly LegalTable[] = shipped.map((raw) => {
  const checked = validateLegalTable(raw);
  // a shipped table that does not validate is a bug in this repository, not an expected failure
  if (!checked.ok) throw new Error(`invalid shipped legal table: ${checked.error.join('; ')}`);
  return checked.value;
});
