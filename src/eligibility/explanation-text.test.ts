import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Fact, Period, PersonFacts } from '../kernel/eligibility/facts.ts';
import type { Lang } from '../kernel/i18n.ts';
import { personArb } from './arbitraries.test-support.ts';
import { DEFAULT_RULESET } from './default-ruleset.ts';
import { compileRuleset } from './engine.ts';
import { explanationSentences } from './explanation-text.ts';

const engine = compileRuleset(DEFAULT_RULESET);
const DATE = '2026-03-01';
const leefloon = (applies: boolean, period: Period): Fact => ({
  kind: 'social_status',
  code: 'leefloon',
  applies,
  period,
  source: 'MAGDA',
});
const person = (facts: Fact[], openDebtCents = 730_314, openDebtDepartments = 1): PersonFacts => ({
  personId: 'p1',
  facts,
  openDebtCents,
  openDebtDepartments,
});
const sentences = (p: PersonFacts, lang: Lang = 'nl') =>
  explanationSentences(engine.evaluate(p, DATE).explanation, lang);
const condition = (s: ReturnType<typeof sentences>, parameter: string) =>
  s.conditions.find((c) => c.parameter === parameter)?.sentence;

describe('the explanation as sentences', () => {
  it('says which source and period made a criterion true, and its weight', () => {
    const s = sentences(person([leefloon(true, { from: '2026-01-01', to: '2026-06-30' })]));
    expect(condition(s, 'leefloon')).toBe(
      'Heeft een leefloon of equivalent leefloon van het OCMW: ja, volgens MAGDA van 01/01/2026 tot 30/06/2026 → gewicht 60',
    );
    expect(condition(s, 'open_debt_above')).toBe(
      'Openstaande schuld bij de gemeente van minstens € 1.000: ja, openstaande schuld € 7.303,14 is minstens € 1.000,00 → gewicht 10',
    );
    expect(s.eligibility.sentence).toBe('In aanmerking voor een EvS-dossier: ja');
    expect(s.eligibility.parts).toEqual([
      'Openstaande schuld € 7.303,14 is meer dan € 0,00: ja',
      'Geen collectieve schuldenregeling: klopt',
      'Score 70 is minstens 40: ja, of diensten met openstaande schuld 1 is minstens 2: nee',
    ]);
    expect(s.summary).toBe(
      'Score 70, dus profiel Geringe afbetaalmogelijkheid (geringe afbetaalmogelijkheid vanaf 40, onvermogend vanaf 100). Regelset default versie 1, beoordeeld op 01/03/2026.',
    );
    expect(s.facts).toEqual([
      'Sociaal statuut — leefloon van toepassing, volgens MAGDA van 01/01/2026 tot 30/06/2026',
    ]);
    // The raw rule stays available for finance.
    expect(s.eligibility.rule).toContain('open_debt_cents=730314 gt 0: true');
  });

  it('says why a criterion is not met: MAGDA answered "niet van toepassing"', () => {
    const s = sentences(person([leefloon(false, { from: '2025-06-01', to: null })]));
    expect(condition(s, 'leefloon')).toBe(
      'Heeft een leefloon of equivalent leefloon van het OCMW: nee — MAGDA: leefloon niet van toepassing sinds 01/06/2025; geen gegeven over equivalent leefloon op 01/03/2026',
    );
    expect(s.facts).toEqual([
      'Sociaal statuut — leefloon niet van toepassing, volgens MAGDA sinds 01/06/2025',
    ]);
  });

  it('says when the fact that would have counted ended before the evaluation date', () => {
    const s = sentences(person([leefloon(true, { from: '2025-01-01', to: '2025-12-31' })]));
    expect(condition(s, 'leefloon')).toBe(
      'Heeft een leefloon of equivalent leefloon van het OCMW: nee — het gegeven van MAGDA liep af op 31/12/2025; geen gegeven over equivalent leefloon op 01/03/2026',
    );
    expect(s.facts).toEqual([]);
  });

  it('names a collective debt settlement as the reason someone is not eligible', () => {
    const csr: Fact = {
      kind: 'legal_status',
      code: 'collectieve_schuldenregeling',
      applies: true,
      period: { from: '2025-02-01', to: null },
      source: 'CAW',
    };
    const s = sentences(person([csr], 50_000, 2));
    expect(s.eligibility.sentence).toBe('In aanmerking voor een EvS-dossier: nee');
    expect(s.eligibility.parts[1]).toBe(
      'Geen collectieve schuldenregeling: klopt niet, volgens CAW sinds 01/02/2025',
    );
  });

  it('explains an eligible Vermogend person by their debts with several departments', () => {
    const s = sentences(person([], 30_000, 3));
    expect(s.summary).toContain('profiel Vermogend');
    expect(s.eligibility.parts[2]).toBe(
      'Score 0 is minstens 40: nee, of diensten met openstaande schuld 3 is minstens 2: ja',
    );
  });

  it('speaks English with English amounts', () => {
    const s = sentences(person([leefloon(true, { from: '2026-01-01', to: null })]), 'en');
    expect(condition(s, 'leefloon')).toBe(
      'Receives a living wage (leefloon) or its equivalent from the OCMW: yes, according to MAGDA since 01/01/2026 → weight 60',
    );
    expect(s.eligibility.parts[0]).toBe('Open debt €7,303.14 is more than €0.00: yes');
    expect(s.eligibility.parts[1]).toBe('No collective debt settlement: true');
  });

  it('never shows a raw code or a bare cents figure, for any person and date', () => {
    fc.assert(
      fc.property(personArb, (p) => {
        const s = sentences(p);
        const all = [
          s.summary,
          s.eligibility.sentence,
          ...s.eligibility.parts,
          ...s.conditions.map((c) => c.sentence),
          ...s.rights.map((r) => r.sentence),
          ...s.facts,
        ].join('\n');
        expect(all).not.toMatch(/[a-z]_[a-z]/);
        expect(all).not.toMatch(/\b(true|false|cents)\b/);
        expect(all).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the explanation in French', () => {
  it('reads as French sentences, with French amounts, dates and the ruleset’s French texts', () => {
    const s = sentences(person([leefloon(true, { from: '2026-01-01', to: '2026-06-30' })]), 'fr');
    expect(condition(s, 'leefloon')).toBe(
      'Bénéficie du revenu d’intégration ou d’une aide équivalente du CPAS : oui, selon MAGDA du 01/01/2026 au 30/06/2026 → poids 60',
    );
    expect(condition(s, 'open_debt_above')).toBe(
      'Dette impayée envers la commune d’au moins 1 000 € : oui, dette impayée 7\u00a0303,14\u00a0€ atteint au moins 1\u00a0000,00\u00a0€ → poids 10',
    );
    expect(s.eligibility.sentence).toBe('Entre en ligne de compte pour un dossier EvS : oui');
    expect(s.eligibility.parts).toEqual([
      'Dette impayée 7\u00a0303,14\u00a0€ dépasse 0,00\u00a0€ : oui',
      'Sans règlement collectif de dettes : c’est le cas',
      'Score 70 atteint au moins 40 : oui, ou services avec une dette impayée 1 atteint au moins 2 : non',
    ]);
    expect(s.summary).toBe(
      'Score 70, donc profil Faible capacité de remboursement (faible capacité de remboursement à partir de 40, insolvable à partir de 100). Jeu de règles default version 1, évalué le 01/03/2026.',
    );
    expect(s.facts).toEqual([
      'Statut social — revenu d’intégration applicable, selon MAGDA du 01/01/2026 au 30/06/2026',
    ]);
  });

  it('says in French why a criterion is not met, with French punctuation between the reasons', () => {
    const s = sentences(person([leefloon(false, { from: '2025-06-01', to: null })]), 'fr');
    expect(condition(s, 'leefloon')).toBe(
      'Bénéficie du revenu d’intégration ou d’une aide équivalente du CPAS : non — MAGDA : revenu d’intégration non applicable depuis le 01/06/2025 ; aucune donnée « aide équivalente au revenu d’intégration » au 01/03/2026',
    );
    const ended = sentences(person([leefloon(true, { from: '2025-01-01', to: '2025-12-31' })]), 'fr');
    expect(condition(ended, 'leefloon')).toContain('la donnée de MAGDA a pris fin le 31/12/2025');
  });

  it('counts people in a household with real plurals in every language', () => {
    const household: Fact = {
      kind: 'household',
      size: 2,
      adults: 1,
      children: 1,
      period: { from: '2025-01-01', to: null },
      source: 'MAGDA',
    };
    const said = (lang: Lang) => sentences(person([household]), lang).facts[0];
    expect(said('nl')).toBe(
      'Gezinssamenstelling — 2 personen: 1 volwassene, 1 kind, volgens MAGDA sinds 01/01/2025',
    );
    expect(said('fr')).toBe(
      'Composition du ménage — 2 personnes : 1 adulte, 1 enfant, selon MAGDA depuis le 01/01/2025',
    );
    expect(said('en')).toBe(
      'Household composition — 2 people: 1 adult, 1 child, according to MAGDA since 01/01/2025',
    );
  });

  it('shows the Dutch text of a ruleset that has no French one', () => {
    const noFrench = structuredClone(DEFAULT_RULESET) as {
      parameters: Record<string, { description: object }>;
    };
    const leefloonParameter = noFrench.parameters.leefloon as {
      description: { nl: string; fr?: string; en: string };
    };
    delete leefloonParameter.description.fr;
    const s = explanationSentences(
      compileRuleset(noFrench as unknown as typeof DEFAULT_RULESET).evaluate(
        person([leefloon(true, { from: '2026-01-01', to: null })]),
        DATE,
      ).explanation,
      'fr',
    );
    expect(condition(s, 'leefloon')).toBe(
      'Heeft een leefloon of equivalent leefloon van het OCMW : oui, selon MAGDA depuis le 01/01/2026 → poids 60',
    );
  });
});
