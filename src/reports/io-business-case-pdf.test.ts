import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { evaluateScenario, type ScenarioInputs } from './business-case.ts';
import { DEFAULT_COST_MODEL } from './cost-model.ts';
import { businessCasePdf } from './io-business-case-pdf.ts';

async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let p = 1; p <= document.numPages; p++) {
    const content = await (await document.getPage(p)).getTextContent();
    pages.push(content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : ' ') : '')).join(''));
  }
  return pages.join(' ').replace(/\s+/g, ' ');
}

const inputs: ScenarioInputs = {
  peopleReached: 300,
  averageDebtPerPerson: 125_000,
  claimsPerPerson: 4,
  repaymentRatePct: 60,
  statusQuoRecoveryPct: 35,
  bailiffSharePct: 20,
  staffMinutesPerFile: 90,
  staffCostPerHour: 4_500,
  costModel: { ...DEFAULT_COST_MODEL, bailiffCostPerClaim: 9_000 },
};

describe('the business-case PDF', () => {
  it('states the date it was calculated and every assumption with its value per scenario', async () => {
    const other = {
      ...inputs,
      peopleReached: 420,
      costModel: { ...inputs.costModel, formalNotice: 'fixed' as const, formalNoticeCost: 2_500 },
    };
    const pdf = await businessCasePdf(
      'nl',
      [
        { name: 'Basis', inputs, outcome: evaluateScenario(inputs), source: { kind: 'typed' } },
        {
          name: 'Regels',
          inputs: other,
          outcome: evaluateScenario(other),
          source: { kind: 'ruleset', version: 2, date: '2026-11-24', eligible: 420, openCents: 0 },
        },
      ],
      '2026-11-24',
    );
    const text = await pdfText(pdf);
    expect(text).toContain('Berekend op 24/11/2026');
    for (const line of [
      'Bron bereikte personen ingevuld what-if van regelset versie 2 op 24/11/2026',
      'Bereikte personen per jaar 300 420',
      'Gemiddelde schuld per persoon € 1.250,00 € 1.250,00',
      'Vorderingen per persoon 4 4',
      'Terugbetaald via EvS-plannen 60 % 60 %',
      'Vandaag ingevorderd zonder EvS 35 % 35 %',
      'Zonder EvS naar de deurwaarder 20 % 20 %',
      'Personeelstijd per dossier (minuten) 90 90',
      'Personeelskost per uur € 45,00 € 45,00',
      'Kost van een betaalde herinnering € 7,50 € 7,50',
      'Betaalde herinneringen per vordering 1 1',
      'Ingebrekestelling plafond Boek XIX WER € 25,00',
      'Deurwaarderskost per vordering € 90,00 € 90,00',
      'Naar de deurwaarder na (dagen achterstand) 90 90',
    ])
      expect(text).toContain(line);
  });

  it('is written fully in French, its amounts and counts in the French way', async () => {
    const many = { ...inputs, peopleReached: 1_250 };
    const pdf = await businessCasePdf(
      'fr',
      [
        { name: 'Base', inputs: many, outcome: evaluateScenario(many), source: { kind: 'typed' } },
        {
          name: 'Règles',
          inputs,
          outcome: evaluateScenario(inputs),
          source: { kind: 'ruleset', version: null, date: '2026-11-24', eligible: 300, openCents: 0 },
        },
      ],
      '2026-11-24',
    );
    const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
    const meta = (await document.getMetadata()).info as Record<string, unknown>;
    expect(meta.Title).toBe('Analyse coûts-bénéfices Eenheid van Schuld');
    expect(meta.Language).toBe('fr-BE');
    // no-break spaces (1 250, 1 250,00 €) come back from the text extraction as spaces
    const text = (await pdfText(pdf)).replaceAll('\u00a0', ' ');
    expect(text).not.toContain('\u202f');
    for (const line of [
      'Analyse coûts-bénéfices Eenheid van Schuld',
      'Les scénarios côte à côte et face au statu quo, par an. Montants en euros.',
      'Calculé le 24/11/2026, avec les hypothèses ci-dessous.',
      'Personnes atteintes 1 250 300',
      'Créances non transmises à l’huissier de justice',
      'Effet net pour la ville',
      'Recouvrement par an : statu quo face au scénario',
      'Hypothèses',
      'Source des personnes atteintes saisi simulation d’un projet de règles au 24/11/2026',
      'Personnes atteintes par an 1 250 300',
      'Dette moyenne par personne 1 250,00 € 1 250,00 €',
      'Remboursé via les plans EvS 60 % 60 %',
      'Coût horaire du personnel 45,00 € 45,00 €',
      'Coût d’un rappel payant 7,50 € 7,50 €',
      'Mise en demeure plafond Livre XIX CDE plafond Livre XIX CDE',
      'Frais d’huissier de justice par créance 90,00 € 90,00 €',
      'Vers l’huissier de justice après (jours de retard) 90 90',
    ])
      expect(text).toContain(line);
    for (const dutch of ['Berekend', 'Aannames', 'Bereikte', 'Status quo', 'deurwaarder'])
      expect(text).not.toContain(dutch);
  });
});
