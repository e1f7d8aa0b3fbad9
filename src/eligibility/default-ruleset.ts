/** The default ruleset shipped with EvS; see DEFAULT-RULESET.md for every parameter and why. */
import json from './default-ruleset.json' with { type: 'json' };
import type { Ruleset } from './ruleset.ts';
import { validateRuleset } from './validate-ruleset.ts';

function load(): Ruleset {
  const result = validateRuleset(json);
  if (!result.ok) throw new Error(`default-ruleset.json is invalid: ${JSON.stringify(result.error)}`);
  return result.value;
}

export const DEFAULT_RULESET: Ruleset = load();
