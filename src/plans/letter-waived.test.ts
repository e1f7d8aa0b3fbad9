import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../testing/db.ts';
import { openFile } from './file-service.ts';
import {
  CONSENT,
  importRows,
  NATIONAL_NUMBER,
  planTestDatabase,
  SCHOOL_ROWS,
} from './fixtures.test-support.ts';
import { planLetterPdf } from './letter-service.ts';
import { createPlan } from './service.ts';
import { updatePlanSettings } from './settings-service.ts';

const TODAY = '2026-11-24';
let t: TestDatabase;
let planId: string;

/** The letter's text with runs of white space (line breaks, no-break spaces) as one space. */
async function letterText(lang: 'nl' | 'en'): Promise<string> {
  const r = await planLetterPdf(t.database, t.scope(), planId, lang, TODAY);
  if (!r.ok) throw new Error(r.error.message);
  const document = await getDocument({ data: new Uint8Array(r.value.pdf), useSystemFonts: false }).promise;
  const texts: string[] = [];
  for (let p = 1; p <= document.numPages; p++) {
    const content = await (await document.getPage(p)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? `${item.str} ` : '')).join(''));
  }
  return texts.join(' ').replace(/\s+/g, ' ');
}

beforeAll(async () => {
  ({ t } = await planTestDatabase());
  // a time-barred claim (due 15/01/2020, five years) with € 5 charges, bundled on purpose
  await importRows(t, 'SCHOOL', [
    ...SCHOOL_ROWS,
    `S-OLD;${NATIONAL_NUMBER};Jan Testmans;30/07/1985;Schoolmaaltijden;80,00;5,00;0;15/01/2020`,
  ]);
  const debtor = await t.database.db.selectFrom('debtors').select('id').executeTakeFirstOrThrow();
  const settings = await updatePlanSettings(t.database, t.scope(), {
    contactService: 'Sociaal Huis Testdorp, dienst schulden',
    contactPerson: 'Sofie Welzijn',
    contactPhone: '09 000 12 34',
    contactEmail: 'schulden@testdorp.example',
  });
  if (!settings.ok) throw new Error(settings.error.message);
  const claims = await t.database.db.selectFrom('claims').select('id').execute();
  const file = await openFile(
    t.database,
    t.scope(),
    {
      debtorId: debtor.id,
      consent: CONSENT,
      claimIds: claims.map((c) => c.id),
      timeBarredReason: 'Schuld erkend op 20/11/2026',
    },
    TODAY,
  );
  if (!file.ok) throw new Error(file.error.message);
  expect(file.value.waived).toBe(40_00);
  const plan = await createPlan(t.database, t.scope(), { fileId: file.value.fileId, months: 6 }, TODAY);
  if (!plan.ok) throw new Error(plan.error.message);
  planId = plan.value.planId;
});
afterAll(() => t.close());

describe('the plan letter tells what was waived and whom to contact', () => {
  it('in Dutch: the waived costs, the time-barred claim and the contact details from the settings', async () => {
    const text = await letterText('nl');
    expect(text).toContain('De stad schrapte € 40,00 aan kosten en intresten.');
    expect(text).toContain('verjaard sinds 15/01/2025');
    for (const shown of [
      'Contactpersoon Sofie Welzijn',
      'Telefoon 09 000 12 34',
      'E-mail schulden@testdorp.example',
      'Sociaal Huis Testdorp, dienst schulden',
      'Neem dan contact met ons op (09 000 12 34, schulden@testdorp.example)',
    ])
      expect(text).toContain(shown);
    expect(text).not.toContain('schulden@example.org');
  });

  it('in English', async () => {
    const text = await letterText('en');
    expect(text).toContain('The city waived €40.00 in costs and interest.');
    expect(text).toContain('Contact person Sofie Welzijn');
  });
});
