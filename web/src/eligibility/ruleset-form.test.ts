import { describe, expect, it } from 'vitest';
import { validateRuleset } from '#kernel/eligibility/validate-ruleset.ts';
import { DEFAULT_RULESET } from '../../../src/eligibility/default-ruleset.ts';
import { formGroups, getAt, parseRulesetText, readValue, setAt, shownValue } from './ruleset-form.ts';

describe('the ruleset as a form', () => {
  it('lists every parameter with its weight and its thresholds, amounts in euros', () => {
    const groups = formGroups(DEFAULT_RULESET, 'nl');
    expect(groups.map((g) => g.code)).toEqual([...Object.keys(DEFAULT_RULESET.parameters), 'eligibility']);
    const income = groups.find((g) => g.code === 'income_below_threshold');
    expect(income?.weight).toBe(30);
    expect(income?.thresholds.map((x) => [x.label, x.kind, shownValue(x.kind, x.value, 'nl')])).toEqual([
      ['maandinkomen lager dan voor één volwassene', 'cents', '1341,00'],
      ['maandinkomen lager dan per extra volwassene', 'cents', '858,97'],
      ['maandinkomen lager dan per kind', 'cents', '86,00'],
    ]);
    const signal = groups.find((g) => g.code === 'early_signal');
    expect(signal?.thresholds.map((x) => x.label)).toEqual([
      'dagen achterstand (vroegsignaal) minstens',
      'ouderdom van het signaal (dagen) (vroegsignaal) hoogstens',
    ]);
    expect(groups.find((g) => g.code === 'eligibility')?.thresholds.map((x) => x.path)).toEqual([
      '$.eligibility.condition.all[0].value',
      '$.eligibility.condition.all[2].any[0].value',
      '$.eligibility.condition.all[2].any[1].value',
    ]);
  });

  it('writes a changed threshold back at the path the server names, in cents', () => {
    const path = '$.parameters.income_below_threshold.condition.all[1].value.base';
    const read = readValue('cents', '1.400,50', 'nl');
    expect(read).toEqual({ ok: true, value: 140050 });
    const changed = setAt(DEFAULT_RULESET, path, read.ok ? read.value : 0);
    expect(getAt(changed, path)).toBe(140050);
    expect(getAt(DEFAULT_RULESET, path)).toBe(134100);
    expect(validateRuleset(changed).ok).toBe(true);
  });

  it('says on the field what is wrong with a typed value', () => {
    expect(readValue('cents', '12,3x', 'nl')).toEqual({
      ok: false,
      message: 'Geef een bedrag in euro van 0 of meer, bv. 1.341,00.',
    });
    expect(readValue('cents', '-5', 'nl').ok).toBe(false);
    expect(readValue('number', '3,5', 'nl')).toEqual({
      ok: false,
      message: 'Geef een geheel getal, bv. 30.',
    });
    expect(readValue('number', '-20', 'en')).toEqual({ ok: true, value: -20 });
  });

  it('explains broken JSON in Dutch with its line and column', () => {
    const broken = '{\n  "id": "default",\n  "version": 1,\n}';
    const r = parseRulesetText(broken, 'nl');
    expect(r).toMatchObject({ ok: false, line: 4, column: 1 });
    if (r.ok) return;
    expect(r.message).toBe(
      'De JSON klopt niet op regel 4, kolom 1: hier hoort een naam tussen dubbele aanhalingstekens, maar er staat "}"; staat er een komma te veel vóór } of ]?',
    );
    expect(r.message).not.toMatch(/Expected|position/);
    const missingComma = parseRulesetText('{"a": 1\n "b": 2}', 'nl');
    expect(missingComma).toMatchObject({ ok: false, line: 2, column: 2 });
    if (!missingComma.ok) expect(missingComma.message).toContain('ontbreekt er een komma?');
    const cut = parseRulesetText('{"a": [1, 2', 'nl');
    if (!cut.ok) expect(cut.message).toContain('de tekst houdt te vroeg op');
    expect(parseRulesetText('{"a": 1}', 'nl')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('speaks French: what each threshold means, the message on a field and broken JSON', () => {
    const groups = formGroups(DEFAULT_RULESET, 'fr');
    const income = groups.find((g) => g.code === 'income_below_threshold');
    expect(income?.thresholds.map((x) => [x.label, shownValue(x.kind, x.value, 'fr')])).toEqual([
      ['revenu mensuel pour un adulte : inférieur à', '1341,00'],
      ['revenu mensuel par adulte supplémentaire : inférieur à', '858,97'],
      ['revenu mensuel par enfant : inférieur à', '86,00'],
    ]);
    expect(groups.find((g) => g.code === 'early_signal')?.thresholds.map((x) => x.label)).toEqual([
      'jours de retard (signal précoce) : au moins',
      'ancienneté du signal (jours) (signal précoce) : au maximum',
    ]);
    expect(readValue('cents', '12,3x', 'fr')).toEqual({
      ok: false,
      message: 'Indiquez un montant en euros de 0 ou plus, p. ex. 1341,00.',
    });
    expect(readValue('cents', '1341,00', 'fr')).toEqual({ ok: true, value: 134100 });
    const r = parseRulesetText('{\n  "id": "default",\n  "version": 1,\n}', 'fr');
    if (r.ok) throw new Error('the broken JSON was read');
    expect(r.message).toBe(
      'Le JSON est incorrect à la ligne 4, colonne 1 : un nom entre guillemets doubles est attendu ici, mais il y a "}" ; y a-t-il une virgule de trop avant } ou ] ?',
    );
    const cut = parseRulesetText('{"a": [1, 2', 'fr');
    if (!cut.ok) expect(cut.message).toContain('manque-t-il un } , ] ou un guillemet ?');
  });
});
