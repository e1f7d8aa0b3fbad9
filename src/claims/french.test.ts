// French (issue #17): a department uploading in French gets its row errors, the rejected-rows file and
// the route's own errors in French; Dutch stays the default.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInUser } from '../access/access.test-support.ts';
import { startTestServer, type TestServer } from '../testing/server.ts';
import { rejectedCsv } from './io-rejected-writer.ts';
import { rowErrorMessage } from './messages.ts';

let server: TestServer;
let finance: Record<string, string>;

const BAD_FILE = [
  'claim_id,national_number,name,category,principal,due_date',
  'F-1,85073003328,Jan Testmans,Cantine,10.00,2026-01-01',
  'F-2,85073003328,Jan Testmans,Cantine,abc,2026-01-01',
  'F-3,85073003329,Jan Testmans,Cantine,5.00,31/02/2026',
].join('\n');

describe('a claims import answered in French', () => {
  beforeAll(async () => {
    server = await startTestServer();
    finance = (await signedInUser(server.db.database, server.db.scope(), 'fin@fr', ['finance'])).headers;
  });
  afterAll(async () => server?.close());

  it('reports each bad row in French with its row number, and writes the rejected rows with a French error column', async () => {
    const r = await server.app.inject({
      method: 'POST',
      url: '/api/v1/claim-imports?department=SCHOOL',
      headers: { ...finance, 'content-type': 'text/csv', 'accept-language': 'fr-BE,fr;q=0.9,nl;q=0.5' },
      payload: BAD_FILE,
    });
    expect(r.statusCode).toBe(422);
    const report = r.json() as { rows: number; rejected: { row: number; field: string; message: string }[] };
    expect(report.rows).toBe(3);
    expect(report.rejected).toEqual([
      {
        row: 3,
        field: 'principal',
        column: 'principal',
        value: 'abc',
        message:
          'Montant non valide dans principal : un montant tel que 1234,56 ou 1.234,56 ou 1234.56 est attendu',
      },
      expect.objectContaining({
        row: 4,
        field: 'national_number',
        message:
          'Numéro de registre national non valide : les chiffres de contrôle ne correspondent pas (11 chiffres attendus, mod 97)',
      }),
      expect.objectContaining({
        row: 4,
        field: 'due_date',
        message: 'Date non valide dans due_date : jj/mm/aaaa ou aaaa-mm-jj attendu, un jour qui existe',
      }),
    ]);

    const partial = await server.app.inject({
      method: 'POST',
      url: '/api/v1/claim-imports?department=SCHOOL&partial=true&lang=fr',
      headers: { ...finance, 'content-type': 'text/csv' },
      payload: BAD_FILE,
    });
    expect(partial.statusCode).toBe(200);
    const link = (partial.json() as { rejectedFile: string }).rejectedFile;
    const file = await server.app.inject({ url: link, headers: { ...finance, 'accept-language': 'fr-BE' } });
    expect(file.statusCode).toBe(200);
    const lines = file.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('claim_id,national_number,name,category,principal,due_date,erreur');
    expect(lines[1]).toContain('Ligne 3 — principal : Montant non valide dans principal');
    expect(lines[2]).toContain('Ligne 4 — national_number : Numéro de registre national non valide');
    expect(lines[2]).toContain('; due_date : Date non valide dans due_date');
  });

  it('asks in French for the department, and stays Dutch without a language', async () => {
    const fr = await server.app.inject({
      method: 'POST',
      url: '/api/v1/claim-imports',
      headers: { ...finance, 'content-type': 'text/csv', 'accept-language': 'fr-BE' },
      payload: BAD_FILE,
    });
    expect(fr.statusCode).toBe(400);
    expect(fr.json()).toEqual({
      error: {
        code: 'missing_field',
        message:
          'Envoyez le fichier (champ multipart "file" ou un corps text/csv) et le service (champ ou ?department=).',
      },
    });
    const unknown = await server.app.inject({
      method: 'POST',
      url: '/api/v1/claim-imports?department=NOPE&lang=fr',
      headers: { ...finance, 'content-type': 'text/csv' },
      payload: BAD_FILE,
    });
    expect(unknown.statusCode).toBe(404);
    expect((unknown.json() as { error: { message: string } }).error.message).toBe(
      'Service inconnu "NOPE". Ajoutez-le avec : npx evs departments add NOPE --name "…"',
    );
    const nl = await server.app.inject({
      method: 'POST',
      url: '/api/v1/claim-imports',
      headers: { ...finance, 'content-type': 'text/csv' },
      payload: BAD_FILE,
    });
    expect((nl.json() as { error: { message: string } }).error.message).toMatch(/^Stuur het bestand/);
  });
});

describe('the rejected-rows file in French', () => {
  it('names its error column `erreur` and each row `Ligne n`', () => {
    const message = rowErrorMessage('required', 'fr', { column: 'name' });
    expect(message).toBe('Champ obligatoire vide : name');
    const csv = rejectedCsv(
      ['claim_id', 'name'],
      ';',
      [
        {
          row: 12345,
          fields: ['X-1', ''],
          errors: [{ row: 12345, field: 'name', column: 'name', value: '', code: 'required', message }],
        },
      ],
      'fr',
    );
    expect(csv).toBe(
      '\uFEFFclaim_id;name;erreur\r\nX-1;;Ligne 12345 — name : Champ obligatoire vide : name\r\n',
    );
  });
});
