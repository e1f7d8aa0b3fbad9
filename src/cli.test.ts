import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './platform/config.ts';
import { createScratchPostgres } from './testing/db.ts';

const exec = promisify(execFile);
const dir = mkdtempSync(path.join(os.tmpdir(), 'evs-cli-'));
let env: NodeJS.ProcessEnv;
let drop: (() => Promise<void>) | null = null;

/** Runs `npx evs …` as a user would (the package bin, no build step) and returns its output and exit code. */
async function evs(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return evsWith({}, ...args);
}

async function evsWith(
  extra: NodeJS.ProcessEnv,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await exec(process.execPath, ['bin/evs.js', ...args], {
      env: { ...env, ...extra },
      cwd: process.cwd(),
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

beforeAll(async () => {
  const serverUrl = loadConfig().databaseUrl;
  env = { ...process.env, EVS_DATA_DIR: path.join(dir, 'data'), NODE_ENV: 'test' };
  if (serverUrl) {
    const scratch = await createScratchPostgres(serverUrl);
    env.DATABASE_URL = scratch.url;
    drop = scratch.drop;
  }
});
afterAll(async () => {
  await drop?.();
  rmSync(dir, { recursive: true, force: true });
});

describe('npx evs', () => {
  it('adds departments, imports, shows the overview and reports bad input with exit codes', async () => {
    expect((await evs('departments', 'add', 'SCHOOL', '--name', 'Scholen')).code).toBe(0);
    expect((await evs('departments', 'list')).stdout).toContain('SCHOOL\tScholen');

    const good = path.join(dir, 'school.csv');
    writeFileSync(
      good,
      '\uFEFFvordering_id;rijksregisternummer;naam;categorie;hoofdsom;vervaldatum\r\nS-1;85.07.30-033.28;Jan Testmans;Schoolmaaltijden;1.234,56;15/01/2026\r\n',
    );
    const imported = await evs('import', 'claims', good, '--department', 'SCHOOL', '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toEqual({
      rows: 1,
      created: 1,
      updated: 0,
      unchanged: 0,
      rejected: [],
      rejectedFile: null,
    });

    const shown = await evs('overview', '--national-number', '85073003328', '--json');
    expect(shown.code).toBe(0);
    const o = JSON.parse(shown.stdout);
    expect(o.totals).toEqual({ principal: 123456, charges: 0, paid: 0, open: 123456 });
    expect(o.claims[0]).toMatchObject({
      department: 'SCHOOL',
      claimId: 'S-1',
      open: 123456,
      limitationDate: '2031-01-15',
    });

    const unknown = await evs('overview', '--national-number', '90.02.01-997.04');
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toMatch(/niet gekend/);

    const bad = path.join(dir, 'bad.csv');
    writeFileSync(
      bad,
      'claim_id,national_number,name,category,principal,due_date\nB-1,85073003328,Jan,Cat,10.00,2026-01-01\nB-2,85073003328,Jan,Cat,abc,2026-01-01\n',
    );
    const rejected = await evs('import', 'claims', bad, '--department', 'SCHOOL', '--json', '--lang', 'en');
    expect(rejected.code).toBe(1);
    expect(JSON.parse(rejected.stdout).rejected).toEqual([
      expect.objectContaining({ row: 3, field: 'principal', value: 'abc' }),
    ]);
    const partial = await evs('import', 'claims', bad, '--department', 'SCHOOL', '--partial', '--json');
    expect(partial.code).toBe(0);
    const report = JSON.parse(partial.stdout);
    expect(report).toMatchObject({ rows: 2, created: 1, rejectedFile: path.join(dir, 'bad.rejected.csv') });
    expect(existsSync(report.rejectedFile)).toBe(true);
    expect(readFileSync(report.rejectedFile, 'utf8')).toContain('B-2');
  }, 180_000);

  it('speaks French with --lang fr and with EVS_LANG=fr', async () => {
    const bad = path.join(dir, 'mauvais.csv');
    writeFileSync(
      bad,
      'claim_id,national_number,name,category,principal,due_date\nM-1,85073003328,Jan,Cat,10.00,2026-01-01\nM-2,85073003328,Jan,Cat,abc,2026-01-01\n',
    );
    const rejected = await evs('import', 'claims', bad, '--department', 'SCHOOL', '--lang', 'fr');
    expect(rejected.code).toBe(1);
    expect(rejected.stdout.split('\n')).toEqual([
      '2 lignes : 0 nouvelle, 0 modifiée, 0 inchangée, 1 erreur',
      'Le fichier a été refusé en entier : rien n’a été importé. Corrigez les lignes ci-dessous, ou utilisez --partial.',
      '  ligne 3, principal : Montant non valide dans principal : un montant tel que 1234,56 ou 1.234,56 ou 1234.56 est attendu',
      '',
    ]);
    const partial = await evs('import', 'claims', bad, '--department', 'SCHOOL', '--partial', '--lang', 'fr');
    expect(partial.code).toBe(0);
    expect(partial.stdout).toContain(
      `Lignes refusées écrites dans ${path.join(dir, 'mauvais.rejected.csv')}`,
    );
    expect(readFileSync(path.join(dir, 'mauvais.rejected.csv'), 'utf8')).toContain(
      ',erreur\r\nM-2,85073003328,Jan,Cat,abc,2026-01-01,"Ligne 3 — principal : Montant non valide',
    );

    const missing = await evs(
      'import',
      'claims',
      path.join(dir, 'absent.csv'),
      '--department',
      'SCHOOL',
      '--lang',
      'fr',
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`Fichier introuvable : ${path.join(dir, 'absent.csv')}\n`);

    // EVS_LANG=fr makes French the default; --lang still wins
    const code = await evsWith({ EVS_LANG: 'fr' }, 'departments', 'add', 'pas bon!', '--name', 'X');
    expect(code.code).toBe(1);
    expect(code.stderr).toBe(
      'Code de service non valide "pas bon!" : utilisez de 1 à 32 lettres, chiffres, - ou _.\n',
    );
    const dutch = await evsWith(
      { EVS_LANG: 'fr' },
      'departments',
      'add',
      'pas bon!',
      '--name',
      'X',
      '--lang',
      'nl',
    );
    expect(dutch.stderr).toMatch(/^Ongeldige dienstcode/);
    const unknown = await evsWith({ EVS_LANG: 'fr' }, 'overview', '--national-number', '90.02.01-997.04');
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toBe('Cette personne n’est pas connue.\n');
  }, 180_000);
});
