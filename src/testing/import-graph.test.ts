import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLayers, readImports } from './import-graph.ts';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('the layer rules of ARCHITECTURE.md', () => {
  it('hold for the whole code base (src and web/src)', () => {
    const violations = checkLayers(readImports(projectRoot, ['src', 'web/src']));
    expect(violations.map((v) => `${v.rule}: ${v.detail}`)).toEqual([]);
  });
});

describe('the import-graph check', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function tree(files: Record<string, string>) {
    root = mkdtempSync(join(tmpdir(), 'evs-graph-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return checkLayers(readImports(root, ['src', 'web/src'])).map((v) => v.rule);
  }

  it('passes a tree that keeps the rules', () => {
    expect(
      tree({
        'src/kernel/money.ts': 'export const cents = 1;',
        'src/platform/db.ts': "import { cents } from '../kernel/money.ts';",
        'src/plans/service.ts':
          "import type { Db } from '../platform/db.ts';\nexport * from '../kernel/money.ts';",
        'src/payments/service.ts': "import { x } from '../plans/service.ts';",
        'src/app.ts': "import { x } from './payments/service.ts';",
        'src/plans/service.test.ts': "import { y } from '../payments/service.ts';",
        'web/src/App.tsx': "import { cents } from '#kernel/money.ts';\nimport { api } from './api.ts';",
      }),
    ).toEqual([]);
  });

  it('fails when the platform imports a capability', () => {
    expect(
      tree({ 'src/platform/schema.ts': "import type { PlansTables } from '../plans/tables.ts';" }),
    ).toEqual(['platform imports only platform, kernel']);
  });

  it('fails when the kernel imports anything but itself', () => {
    expect(tree({ 'src/kernel/money.ts': "import { t } from '../platform/i18n.ts';" })).toEqual([
      'kernel imports only kernel',
    ]);
  });

  it('fails when a capability imports the composition root or the test helpers', () => {
    expect(
      tree({
        'src/plans/a.ts': "import { buildApp } from '../app.ts';",
        'src/plans/b.ts': "const s = await import('../testing/server.ts');",
      }),
    ).toEqual(['plans does not import (root)', 'plans does not import testing']);
  });

  it('fails when the web app imports server code, or the kernel by a path instead of its package', () => {
    expect(
      tree({
        'web/src/a.tsx': "import { BODY } from '../../src/hub/message-schemas.ts';",
        'web/src/b.tsx': "import { cents } from '../../src/kernel/money.ts';",
      }),
    ).toEqual([
      'web imports from src/ only the shared kernel, as #kernel/…',
      'web imports from src/ only the shared kernel, as #kernel/…',
    ]);
  });

  it('fails on a cycle between folders, naming the imports that close it', () => {
    const rules = tree({
      'src/plans/a.ts': "import { b } from '../payments/b.ts';",
      'src/payments/b.ts': "import { c } from '../journey/c.ts';",
      'src/journey/c.ts': "export { a } from '../plans/a.ts';",
    });
    expect(rules).toEqual(['no cycle between folders (journey ↔ payments ↔ plans)']);
  });
});
