#!/usr/bin/env node
// `npm start`: builds the web app when its sources are newer than the build, then starts the server.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const built = path.join(root, 'web/dist/index.html');
if (!existsSync(built) || statSync(built).mtimeMs < newest(path.join(root, 'web/src'))) {
  console.log('Building the web app…');
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'web/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    {
      stdio: 'inherit',
    },
  );
}

const { register } = await import('tsx/esm/api');
register();
await import('../src/main.ts');
