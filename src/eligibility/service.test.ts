import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importClaims } from '../claims/import-service.ts';
import { addDepartment } from '../organisations/service.ts';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { explanationOf, outcomeOf, personFacts } from './decision-service.ts';
import { DEFAULT_RULESET } from './default-ruleset.ts';
import { importFacts } from './fact-service.ts';
import { rightsCsv, rightsFeed, whatIf } from './insight-service.ts';
import { rulesetVersion, saveRuleset } from './ruleset-service.ts';
import { runSweep } from './sweep-service.ts';
import { acceptItem, dismissItem, worklist } from './worklist-service.ts';

// Synthetic people; national numbers valid by mod 97 with obviously fictional serials (995–998).
const JAN = '85073099734';
const ELS = '90021499801';
const PIET = '78110599684';
const HEADER =
  'vordering_id;rijksregisternummer;klantnummer;naam;geboortedatum;categorie;hoofdsom;vervaldatum';
const SCHOOL = [
  HEADER,
  `S-1;${JAN};K1;Jan Testmans;30/07/1985;Schoolmaaltijden;1.234,56;15/01/2025`,
  `S-2;${ELS};K2;Els Proefmans;14/02/1990;Schoolmaaltijden;45,00;15/01/2025`,
  `S-3;${PIET};K3;Piet Voorbeelds;05/11/1978;Schoolmaaltijden;80,00;15/01/2025`,
].join('\r\n');
const PARKING = [HEADER, `P-1;${JAN};P7;Jan Testmans;30/07/1985;Parkeerretributie;50,00;15/01/2025`].join(
  '\r\n',
);
// Els receives a leefloon from March to June 2025 only; Piet has two children (a household fact).
const STATUSES = ['person;code;applies;from;to', `${ELS};leefloon;ja;01/03/2025;30/06/2025`].join('\n');
const HOUSEHOLDS = JSON.stringify({
  source: 'RR',
  records: [{ person: PIET, size: 3, adults: 1, children: 2, from: '2020-01-01' }],
});

const bytes = (text: string) =>
  (async function* () {
    yield Buffer.from(text, 'utf8');
  })();

let t: TestDatabase;
const TODAY = '2026-11-24';

async function filesOf(debtorId: string) {
  return t.database.db
    .selectFrom('evs_files')
    .select(['id', 'consent_form', 'consent_evidence'])
    .where('debtor_id', '=', debtorId)
    .execute();
}
const ids = new Map<string, string>();

async function debtorId(nn: string): Promise<string> {
  const row = await t.database.db
    .selectFrom('person_identifiers')
    .select('debtor_id')
    .where('value', '=', nn)
    .executeTakeFirstOrThrow();
  return row.debtor_id;
}

async function sweep(date: string) {
  const r = await runSweep(t.database, t.scope(), date, { date });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

async function outcome(nn: string) {
  const r = await outcomeOf(t.database, t.scope(), ids.get(nn) ?? '');
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

beforeAll(async () => {
  t = await createTestDatabase();
  await addDepartment(t.database, t.scope(), 'SCHOOL', 'Scholen');
  await addDepartment(t.database, t.scope(), 'PARKEREN', 'Parkeren');
  for (const [code, csv] of [
    ['SCHOOL', SCHOOL],
    ['PARKEREN', PARKING],
  ] as const) {
    const r = await importClaims(t.database, t.scope(), { departmentCode: code, input: bytes(csv) });
    if (!r.ok || r.value.rejectedWhole) throw new Error(`claims did not import: ${JSON.stringify(r)}`);
  }
  for (const nn of [JAN, ELS, PIET]) ids.set(nn, await debtorId(nn));
});
afterAll(() => t.close());

describe('fact import', () => {
  it('imports a feed once: the same file again changes nothing', async () => {
    const first = await importFacts(
      t.database,
      t.scope(),
      { kind: 'social_status', format: 'csv', text: STATUSES, source: 'MAGDA' },
      '2025-01-10',
    );
    expect(first.ok && first.value).toMatchObject({ inserted: 1, updated: 0, unchanged: 0, linked: 1 });
    const again = await importFacts(
      t.database,
      t.scope(),
      { kind: 'social_status', format: 'csv', text: STATUSES, source: 'MAGDA' },
      '2025-01-10',
    );
    expect(again.ok && again.value).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });
    const json = await importFacts(
      t.database,
      t.scope(),
      { kind: 'household', format: 'json', text: HOUSEHOLDS, source: 'ignored' },
      '2025-01-10',
    );
    expect(json.ok && json.value).toMatchObject({ inserted: 1 });
    const facts = await personFacts(t.database, t.scope(), ids.get(PIET) ?? '', '2025-01-10');
    expect(facts.ok && facts.value.household).toMatchObject({ fact: { size: 3, children: 2, source: 'RR' } });
  });

  it('rejects a file with a bad row whole, naming row and field', async () => {
    const bad = `${STATUSES}\n${ELS};leefloon;misschien;01/01/2025;`;
    const r = await importFacts(
      t.database,
      t.scope('en'),
      { kind: 'social_status', format: 'csv', text: bad, source: 'MAGDA' },
      '2025-01-10',
    );
    expect(r.ok && r.value.rejectedWhole).toBe(true);
    expect(r.ok && r.value.errors[0]).toMatchObject({ row: 3, field: 'applies' });
    const kind = await importFacts(
      t.database,
      t.scope(),
      { kind: 'x', format: 'csv', text: '', source: 'S' },
      '2025-01-10',
    );
    expect(!kind.ok && kind.error.code).toBe('unknown_fact_kind');
  });
});

describe('sweeps', () => {
  it('uses facts only in their period: before, during and after the leefloon', async () => {
    const feb = await sweep('2025-02-01');
    expect(feb).toMatchObject({ people: 3, alreadyDone: false });
    expect(await outcome(ELS)).toMatchObject({ eligible: false, profile: 'Vermogend' });
    // Jan owes two departments: eligible whatever his profile.
    expect(await outcome(JAN)).toMatchObject({ eligible: true, since: '2025-02-01' });

    await sweep('2025-04-01');
    expect(await outcome(ELS)).toMatchObject({
      eligible: true,
      profile: 'GeringeAfbetaalmogelijkheid',
      since: '2025-04-01',
    });
    expect(await outcome(JAN)).toMatchObject({ since: '2025-02-01' });
    const open = await worklist(t.database, t.scope());
    expect(open.find((i) => i.debtorId === ids.get(ELS) && i.reason === 'new_eligible')).toBeDefined();

    await sweep('2025-07-15');
    expect(await outcome(ELS)).toMatchObject({ eligible: false, profile: 'Vermogend' });
    const after = await worklist(t.database, t.scope());
    expect(after.find((i) => i.debtorId === ids.get(ELS) && i.reason === 'no_longer_eligible')).toBeDefined();
  });

  it('is idempotent for the same date and ruleset', async () => {
    const count = async () =>
      (await t.database.db.selectFrom('eligibility_decisions').select('sweep_id').execute()).length;
    const before = await count();
    const items = (await worklist(t.database, t.scope())).length;
    const again = await sweep('2025-07-15');
    expect(again.alreadyDone).toBe(true);
    expect(await count()).toBe(before);
    expect((await worklist(t.database, t.scope())).length).toBe(items);
  });

  it('puts department claims overdue past the threshold on the worklist as early signals', async () => {
    const signals = (await worklist(t.database, t.scope())).filter((i) => i.reason === 'early_signal');
    expect(new Set(signals.map((s) => s.debtorId))).toEqual(new Set(ids.values()));
    const facts = await personFacts(t.database, t.scope(), ids.get(JAN) ?? '', '2025-07-15');
    const sources = facts.ok
      ? facts.value.facts.filter((f) => f.kind === 'early_signal').map((f) => f.source)
      : [];
    expect(sources.sort()).toEqual(['dienst:PARKEREN', 'dienst:SCHOOL']);
  });

  it('applies a ruleset change from its date and not before', async () => {
    const v1 = await rulesetVersion(t.database, t.scope(), 1);
    if (!v1.ok) throw new Error('no default ruleset');
    const body = structuredClone(v1.value.ruleset) as unknown as {
      effectiveFrom: string;
      parameters: { leefloon: { weight: number } };
    };
    body.effectiveFrom = '2025-05-01';
    body.parameters.leefloon.weight = 100;
    const saved = await saveRuleset(t.database, t.scope(), body);
    expect(saved.ok && saved.value.version).toBe(2);
    await sweep('2025-04-30');
    expect(await outcome(ELS)).toMatchObject({ eligible: true, profile: 'GeringeAfbetaalmogelijkheid' });
    await sweep('2025-05-01');
    expect(await outcome(ELS)).toMatchObject({ profile: 'Onvermogend', since: '2025-05-01' });
    const changed = (await worklist(t.database, t.scope())).find(
      (i) => i.debtorId === ids.get(ELS) && i.reason === 'profile_changed',
    );
    expect(changed).toMatchObject({
      profileBefore: 'GeringeAfbetaalmogelijkheid',
      profileAfter: 'Onvermogend',
    });
  });

  it('refuses an invalid ruleset with the path of each problem', async () => {
    const r = await saveRuleset(t.database, t.scope('en'), { ...DEFAULT_RULESET, profiles: {} });
    expect(!r.ok && r.error.code).toBe('invalid_ruleset');
    expect(!r.ok && JSON.stringify(r.error.details)).toContain('$.profiles.Onvermogend');
  });

  it('explains a decision: stored when it changed, recomputed identically otherwise', async () => {
    const stored = await explanationOf(t.database, t.scope(), ids.get(ELS) ?? '');
    expect(stored.ok && stored.value).toMatchObject({ recomputed: false, profile: 'Onvermogend' });
    if (!stored.ok) return;
    expect(stored.value.explanation.version).toBe(2);
    expect(stored.value.explanation.factsUsed.map((f) => `${f.kind}:${f.code}:${f.source}`)).toContain(
      'social_status:leefloon:MAGDA',
    );
    // Rebuilt from the facts the sweep kept, as sentences in the reader's language.
    expect(stored.value.sentences.conditions.find((c) => c.parameter === 'leefloon')?.sentence).toBe(
      'Heeft een leefloon of equivalent leefloon van het OCMW: ja, volgens MAGDA van 01/03/2025 tot 30/06/2025 → gewicht 100',
    );
    const rows = await t.database.db
      .selectFrom('eligibility_decisions')
      .select('explanation')
      .where('debtor_id', '=', ids.get(ELS) ?? '')
      .where('explanation', 'is not', null)
      .execute();
    expect(rows.every((r) => r.explanation?.v === 2)).toBe(true);
    // Jan's outcome did not change on 2025-05-01: his explanation is computed again, the same way twice.
    const a = await explanationOf(t.database, t.scope(), ids.get(JAN) ?? '');
    const b = await explanationOf(t.database, t.scope(), ids.get(JAN) ?? '');
    expect(a.ok && a.value).toMatchObject({ recomputed: true, matchesDecision: true });
    expect(a).toEqual(b);
  });

  it('accepts and dismisses worklist items', async () => {
    const [first, second, third] = await worklist(t.database, t.scope());
    if (!first || !second || !third) throw new Error('worklist too short');
    const accepted = await acceptItem(t.database, t.scope('en'), first.id, TODAY);
    expect(accepted.ok && accepted.value).toMatchObject({ status: 'accepted', fileId: null, bundled: 0 });
    expect(accepted.ok && accepted.value.resolution).toContain('still has to be opened with consent');
    expect(await filesOf(first.debtorId)).toEqual([]);
    const twice = await acceptItem(t.database, t.scope(), first.id, TODAY);
    expect(!twice.ok && twice.error.code).toBe('worklist_item_closed');
    const noReason = await dismissItem(t.database, t.scope(), second.id, ' ');
    expect(!noReason.ok && noReason.error.code).toBe('missing_reason');
    const dismissed = await dismissItem(t.database, t.scope(), second.id, 'Al in begeleiding bij het OCMW');
    expect(dismissed.ok && dismissed.value.resolution).toBe('Al in begeleiding bij het OCMW');
    expect((await worklist(t.database, t.scope(), { status: 'dismissed' })).map((i) => i.id)).toEqual([
      second.id,
    ]);
  });

  it("accepting with consent opens the EvS file of the item's debtor, bundling the open claims", async () => {
    const item = (await worklist(t.database, t.scope())).find((i) => i.openCents > 0);
    if (!item) throw new Error('no open item with open claims');
    const consent = { date: '2026-11-20', form: 'written', evidence: 'SCAN-2026-0042' };
    const blank = await acceptItem(t.database, t.scope(), item.id, TODAY, {
      consent: { ...consent, evidence: ' ' },
    });
    expect(!blank.ok && blank.error.code).toBe('consent_required');
    const socialWorker = await acceptItem(
      t.database,
      { ...t.scope(), roles: ['social_worker'] },
      item.id,
      TODAY,
      { consent },
    );
    expect(!socialWorker.ok && socialWorker.error.code).toBe('file_open_not_allowed');
    expect((await worklist(t.database, t.scope())).map((i) => i.id)).toContain(item.id);
    expect(await filesOf(item.debtorId)).toEqual([]);

    const r = await acceptItem(t.database, t.scope(), item.id, TODAY, { consent });
    if (!r.ok) throw new Error(r.error.message);
    const claims = await t.database.db
      .selectFrom('claims')
      .select(['evs_file_id'])
      .where('debtor_id', '=', item.debtorId)
      .where('status', '=', 'open')
      .execute();
    expect(r.value).toMatchObject({ status: 'accepted', debtorId: item.debtorId, bundled: claims.length });
    expect(r.value.resolution).toBe(
      `Aanvaard: EvS-dossier geopend, ${claims.length} ${claims.length === 1 ? 'vordering' : 'vorderingen'} gebundeld.`,
    );
    expect(await filesOf(item.debtorId)).toEqual([
      { id: r.value.fileId, consent_form: 'written', consent_evidence: 'SCAN-2026-0042' },
    ]);
    expect(claims.every((c) => c.evs_file_id === r.value.fileId)).toBe(true);
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'eligibility.worklist_accepted')
      .where('subject_id', '=', item.debtorId)
      .execute();
    expect(audit.map((a) => a.details)).toContainEqual({
      itemId: item.id,
      reason: item.reason,
      fileId: r.value.fileId,
    });
  });
});

describe('what-if and rights', () => {
  it('reports a draft against the active ruleset with totals that add up', async () => {
    const draft = {
      ...DEFAULT_RULESET,
      profiles: { ...DEFAULT_RULESET.profiles, GeringeAfbetaalmogelijkheid: { minScore: 20 } },
    };
    const r = await whatIf(t.database, t.scope(), draft, '2025-05-01');
    if (!r.ok) throw new Error(r.error.message);
    const sum = (tallies: typeof r.value.active) =>
      Object.values(tallies).reduce(
        (s, x) => ({ people: s.people + x.people, cents: s.cents + x.openCents }),
        {
          people: 0,
          cents: 0,
        },
      );
    expect(sum(r.value.active)).toEqual({ people: 3, cents: 123_456 + 5_000 + 4_500 + 8_000 });
    expect(sum(r.value.draft)).toEqual(sum(r.value.active));
    expect(r.value.moves.reduce((s, m) => s + m.openCents, 0)).toBe(sum(r.value.active).cents);
    expect(r.value.activeVersion).toBe(2);
    const left = await t.database.db.selectFrom('eligibility_population').select('seq').execute();
    expect(left).toEqual([]);
  });

  it('publishes granted rights as a cursor feed and CSV', async () => {
    // Piet: two children; give him the verhoogde tegemoetkoming so the childcare social tariff applies.
    const vt = `person;code;applies;from\n${PIET};verhoogde_tegemoetkoming;ja;01/06/2025`;
    await importFacts(
      t.database,
      t.scope(),
      { kind: 'social_status', format: 'csv', text: vt, source: 'MAGDA' },
      '2025-06-01',
    );
    await sweep('2025-06-02');
    const feed = await rightsFeed(t.database, t.scope(), 0, 100);
    const piet = feed.items.filter((i) => i.debtorId === ids.get(PIET));
    expect(piet.map((i) => [i.right, i.granted])).toContainEqual(['sociaal_tarief_kinderopvang', true]);
    const later = await rightsFeed(t.database, t.scope(), feed.next, 100);
    expect(later.items).toEqual([]);
    expect(rightsCsv(piet)).toContain(
      `${PIET};SCHOOL:K3;sociaal_tarief_kinderopvang;2025-01-01;;ja;2025-06-02`,
    );
    const clerk = await rightsFeed(t.database, { ...t.scope(), departmentIds: [] }, 0, 100);
    expect(clerk.items).toEqual([]);
  });
});
