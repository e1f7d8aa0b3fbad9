import { describe, expect, it } from 'vitest';
import { debtorFileDocument, type OsloDocument } from './export-document.ts';
import type { DebtorFile } from './file-model.ts';
import { jsonLdToQuads, validateDocument } from './io-rdf.ts';
import { SB } from './vocabulary.ts';

const u = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const school = { id: u(2), code: 'SCHOOL', name: 'Scholen' };
const category = { id: u(3), name: 'schoolmaaltijden', fiscal: false, limitationPeriod: 'P5Y' };

const file: DebtorFile = {
  organisation: { id: u(1), name: 'Stad Testdorp' },
  person: { id: u(10), name: 'Jan Testmans', identifier: { kind: 'be', value: '85073003328' } },
  claims: [
    {
      id: u(20),
      department: school,
      claimId: 'F-1',
      category,
      principal: 12_050,
      charges: 1_500,
      paid: 2_000,
      issueDate: '2026-01-05',
      dueDate: '2026-02-05',
      status: 'open',
      closedAt: null,
    },
    {
      id: u(21),
      department: school,
      claimId: 'F-2',
      category,
      principal: 5_000,
      charges: 0,
      paid: 5_000,
      issueDate: null,
      dueDate: '2026-03-01',
      status: 'paid',
      closedAt: '2026-04-01T10:00:00Z',
    },
    {
      id: u(22),
      department: school,
      claimId: 'F-3',
      category,
      principal: 7_000,
      charges: 0,
      paid: 1_000,
      issueDate: null,
      dueDate: '2026-03-01',
      status: 'cancelled',
      closedAt: '2026-04-02T10:00:00Z',
    },
  ],
  plans: [
    {
      id: u(30),
      startAmount: 11_550,
      claimIds: [u(20)],
      instalments: [
        { id: u(31), amount: 5_775, dueDate: '2026-06-01' },
        { id: u(32), amount: 5_775, dueDate: '2026-07-01' },
      ],
      activities: [
        { id: u(33), type: 'Voorstel', dateTime: '2026-05-01T09:00:00Z' },
        { id: u(34), type: 'Aanvaarding', dateTime: '2026-05-03T09:00:00Z' },
        { id: u(35), type: 'Wijziging', dateTime: '2026-06-10T09:00:00Z' },
        { id: u(36), type: 'Schrapping', dateTime: '2026-08-10T09:00:00Z' },
      ],
      balances: [{ date: '2026-06-02', amount: 5_775 }],
    },
  ],
  payments: [
    {
      id: u(40),
      reference: '+++123/4567/89002+++',
      amount: 5_775,
      date: '2026-06-01',
      instalmentId: u(31),
      allocations: [{ id: u(41), claimId: u(20), amount: 5_775, dateTime: '2026-06-02T08:00:00Z' }],
    },
    {
      id: u(42),
      reference: 'BANK-9',
      amount: 5_000,
      date: '2026-03-20',
      instalmentId: null,
      allocations: [],
    },
  ],
  solvency: {
    profile: { id: u(50), type: 'GeringeAfbetaalmogelijkheid', startDate: '2026-04-01', endDate: null },
    indicators: [
      {
        id: u(51),
        kind: 'Inkomst',
        type: 'leefloon',
        startDate: '2026-01-01',
        endDate: null,
        amount: 126_340,
        periodicity: 'maandelijks',
      },
      {
        id: u(52),
        kind: 'SociaalStatuut',
        type: 'verhoogde_tegemoetkoming',
        startDate: '2025-01-01',
        endDate: '2026-12-31',
      },
      {
        id: u(53),
        kind: 'JuridischStatuut',
        type: 'collectieve_schuldenregeling',
        startDate: '2025-06-01',
        endDate: null,
      },
      {
        id: u(54),
        kind: 'Krediet',
        type: 'consumentenkrediet',
        startDate: '2024-01-01',
        endDate: null,
        amount: 300_000,
        defaulted: true,
      },
      {
        id: u(55),
        kind: 'Solvabiliteitsindicator',
        type: 'onder_budgetbeheer',
        startDate: '2025-01-01',
        endDate: null,
      },
    ],
  },
};

const TODAY = '2026-11-24';

function nodeById(doc: OsloDocument, id: string): Record<string, unknown> {
  const node = doc['@graph'].find((n) => n['@id'] === `urn:uuid:${id}`);
  if (!node) throw new Error(`no node ${id}`);
  return node as Record<string, unknown>;
}

describe('OSLO export document', () => {
  it('conforms to the published SHACL shapes, with plans, payments and solvency', async () => {
    const doc = debtorFileDocument(file, TODAY);
    expect(await validateDocument(doc)).toEqual([]);
  });

  it('uses the published URIs, quirks included, money as MonetaryAmount and typed dates', async () => {
    const quads = await jsonLdToQuads(debtorFileDocument(file, TODAY));
    const predicates = new Set(quads.getQuads(null, null, null, null).map((q) => q.predicate.value));
    for (const p of [
      'schuldvordingssaldo',
      'startBedrag',
      'Solvabiliteitsindicatoprofiel.startdatum',
      'Schuldvordering.wanbetaling',
    ]) {
      expect(predicates).toContain(`${SB}${p}`);
    }
    // the profile's start date uses the crossed URI of the indicator
    expect(predicates).toContain(`${SB}Solvabiliteitsindicator.startdatum`);
    const values = quads.getQuads(null, 'https://schema.org/value', null, null).map((q) => q.object);
    expect(
      values.some((v) => v.value === '120.50' && 'datatype' in v && v.datatype.value.endsWith('#decimal')),
    ).toBe(true);
    const start = quads.getQuads(
      null,
      'https://data.vlaanderen.be/ns/dossier#Activiteit.startdatum',
      null,
      null,
    );
    expect(
      start.every((q) => q.object.termType === 'Literal' && q.object.datatype.value.endsWith('#dateTime')),
    ).toBe(true);
    const due = quads.getQuads(null, `${SB}Schuldvordering.uitersteBetaaldatum`, null, null);
    expect(
      due.every((q) => q.object.termType === 'Literal' && q.object.datatype.value.endsWith('#date')),
    ).toBe(true);
  });

  it('states balance, default, reduction on cancellation and closing date per claim', () => {
    const doc = debtorFileDocument(file, TODAY);
    const open = nodeById(doc, u(20));
    expect(open['Schuldvordering.wanbetaling']).toBe(true);
    expect(open['Schuldvordering.schuldvorderingssaldo']).toEqual([
      expect.objectContaining({
        'Saldo.saldobedrag': expect.objectContaining({ 'Geldbedrag.waarde': '115.50' }),
      }),
    ]);
    expect(open['Schuldvordering.afbetalingsplan']).toBe(`urn:uuid:${u(30)}`);
    const cancelled = nodeById(doc, u(22));
    expect(cancelled['Activiteit.einddatum']).toBe('2026-04-02T10:00:00Z');
    expect(JSON.stringify(cancelled['Schuldvordering.vermindering'])).toContain('"60.00"');
    expect(nodeById(doc, u(21))['Schuldvordering.wanbetaling']).toBe(false);
  });

  it('a broken export does produce violations: counts and datatypes are checked', async () => {
    const doc = debtorFileDocument(file, TODAY);
    const broken = {
      ...doc,
      '@graph': doc['@graph'].map((n) => {
        if (n['@id'] === `urn:uuid:${u(20)}`) {
          const { 'Schuldvordering.hoofdsom': _dropped, ...rest } = n;
          return { ...rest, 'Schuldvordering.uitersteBetaaldatum': ['2026-02-05', '2026-02-06'] };
        }
        if (n['@id'] === `urn:uuid:${u(21)}`)
          return {
            ...n,
            'Activiteit.startdatum': {
              '@value': '2026-03-01',
              '@type': 'http://www.w3.org/2001/XMLSchema#date',
            },
          };
        return n;
      }),
    };
    const violations = await validateDocument(broken);
    const kinds = violations.map((v) => `${v.constraint} ${v.path?.split(/[#/]/).pop()}`);
    expect(kinds).toContain('MinCountConstraintComponent hoofdsom');
    expect(kinds).toContain('MaxCountConstraintComponent Schuldvordering.uitersteBetaaldatum');
    expect(kinds).toContain('DatatypeConstraintComponent Activiteit.startdatum');
  });
});
