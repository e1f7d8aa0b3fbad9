/** The default ruleset shipped with EvS; see DEFAULT-RULESET.md for every parameter and why. */

import type { Ruleset } from '../kernel/eligibility/ruleset.ts';
import { validateRuleset } from '../kernel/eligibility/validate-ruleset.ts';
import json from './default-ruleset.json' with { type: 'json' };

function load(): Ruleset {
  const result = validateRuleset(json);
  if (!result.ok) throw new Error(`default-ruleset.json is invalid: ${JSON.stringify(result.error)}`);
  return result.value;
}

export const DEFAULT_RULESET: Ruleset = load();
