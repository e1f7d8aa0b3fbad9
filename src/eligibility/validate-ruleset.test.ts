import { describe, expect, it } from 'vitest';
import { validateRuleset } from '../kernel/eligibility/validate-ruleset.ts';
import json from './default-ruleset.json' with { type: 'json' };

const clone = (): Record<string, unknown> => structuredClone(json) as Record<string, unknown>;
const paths = (doc: unknown): string[] => {
  const r = validateRuleset(doc);
  return r.ok ? [] : r.error.map((i) => i.path);
};

describe('validateRuleset', () => {
  it('accepts the default ruleset', () => {
    expect(validateRuleset(json).ok).toBe(true);
  });

  it('names the JSON path of a bad weight, in Dutch, French and English', () => {
    const doc = clone();
    (doc.parameters as Record<string, { weight: unknown }>).leefloon = {
      ...(doc.parameters as Record<string, object>).leefloon,
      weight: 2.5,
    } as { weight: unknown };
    const r = validateRuleset(doc);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toEqual([
        {
          path: '$.parameters.leefloon.weight',
          message: {
            nl: 'moet een geheel getal zijn van -1000 tot 1000',
            fr: 'doit être un nombre entier de -1000 à 1000',
            en: 'must be an integer from -1000 to 1000',
          },
        },
      ]);
  });

  it('takes French texts when there are, and rulesets without them too', () => {
    const doc = clone() as { name: Record<string, unknown> };
    expect(doc.name.fr).toBe('Règles de solvabilité EvS par défaut');
    expect(validateRuleset(doc).ok).toBe(true);
    delete doc.name.fr;
    expect(validateRuleset(doc).ok).toBe(true);
    doc.name.fr = '  ';
    const blank = validateRuleset(doc);
    expect(blank.ok ? [] : blank.error).toEqual([
      {
        path: '$.name.fr',
        message: {
          nl: 'moet een niet-lege tekst zijn',
          fr: 'doit être un texte non vide',
          en: 'must be a non-empty string',
        },
      },
    ]);
    doc.name.fr = 'Règles';
    doc.name.de = 'Regeln';
    const german = validateRuleset(doc);
    expect(german.ok ? [] : german.error.map((i) => [i.path, i.message.fr])).toEqual([
      ['$.name.de', 'clé inconnue ; clés permises : nl, fr, en'],
    ]);
  });

  it('reports unknown fields, codes, operators and keys deep in a condition', () => {
    const doc = clone();
    doc.parameters = {
      a: {
        description: { nl: 'a', en: 'a' },
        weight: 1,
        condition: {
          all: [
            { exists: 'social_status', where: { field: 'code', op: 'eq', value: 'lefloon' } },
            { exists: 'income', where: { field: 'colour', op: 'eq', value: 1 } },
            { field: 'income_monthly', op: 'below', value: 1 },
            { field: 'income_monthly', op: 'lt', value: { base: 1, perChild: 2 } },
            { exists: 'social_status', where: { field: 'code', op: 'lt', value: 'leefloon' } },
            { field: 'income_monthly', op: 'lt', value: 1, wieght: 3 },
          ],
        },
      },
    };
    expect(paths(doc)).toEqual([
      '$.parameters.a.condition.all[0].where.value',
      '$.parameters.a.condition.all[1].where.field',
      '$.parameters.a.condition.all[2].op',
      '$.parameters.a.condition.all[3].value.perExtraAdult',
      '$.parameters.a.condition.all[4].where.op',
      '$.parameters.a.condition.all[5].wieght',
    ]);
  });

  it('forbids score and profile inside parameters but allows them in eligibility', () => {
    const doc = clone();
    doc.parameters = {
      a: { description: { nl: 'a', en: 'a' }, weight: 1, condition: { field: 'score', op: 'gte', value: 1 } },
    };
    expect(paths(doc)).toEqual(['$.parameters.a.condition.field']);
  });

  it('checks thresholds order, dates, rights and the root', () => {
    const doc = clone();
    doc.profiles = { Onvermogend: { minScore: 10 }, GeringeAfbetaalmogelijkheid: { minScore: 10 } };
    doc.effectiveFrom = '2025-02-30';
    doc.rights = [
      {
        code: 'x',
        name: { nl: 'x', en: 'x' },
        period: { from: '2025-05-01', to: '2025-04-01' },
        condition: { any: [] },
      },
      {
        code: 'x',
        name: { nl: 'x', en: '' },
        period: { from: '2025-01-01', to: null },
        condition: { exists: 'cat' },
      },
    ];
    expect(paths(doc)).toEqual([
      '$.effectiveFrom',
      '$.profiles.Onvermogend.minScore',
      '$.rights[0].period.to',
      '$.rights[0].condition.any',
      '$.rights[1].code',
      '$.rights[1].name.en',
      '$.rights[1].condition.exists',
    ]);
    expect(paths(null)).toEqual(['$']);
    expect(paths([])).toEqual(['$']);
  });

  it("checks a right's reduction rule: a department, category names, and a percentage or a fixed amount", () => {
    const withReduction = (reduction: unknown) => {
      const doc = clone();
      const [first, ...rest] = doc.rights as Record<string, unknown>[];
      doc.rights = [{ ...first, reduction }, ...rest];
      return paths(doc);
    };
    expect(withReduction({ department: 'KINDEROPVANG', categories: ['Opvang'], percentBp: 5000 })).toEqual(
      [],
    );
    expect(withReduction({ department: 'KINDEROPVANG', categories: [], fixedCents: 1500 })).toEqual([]);
    expect(withReduction({ department: 'KINDEROPVANG', categories: [], percentBp: 10_001 })).toEqual([
      '$.rights[0].reduction.percentBp',
    ]);
    expect(withReduction({ department: 'X', categories: [], percentBp: 10, fixedCents: 5 })).toEqual([
      '$.rights[0].reduction',
    ]);
    expect(withReduction({ department: '', categories: [''], fixedCents: 0.5 })).toEqual([
      '$.rights[0].reduction.department',
      '$.rights[0].reduction.categories',
      '$.rights[0].reduction.fixedCents',
    ]);
  });
});
