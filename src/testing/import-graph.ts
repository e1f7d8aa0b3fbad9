import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** One import of our own code: which file names which file, by a relative path or the shared package. */
export interface ImportEdge {
  readonly from: string;
  readonly to: string;
  readonly via: 'path' | 'package';
}

/** The one package both the server and the web app declare (package.json `imports`). */
export const SHARED_PACKAGE = '#kernel/';

/** A broken layer rule or a cycle between folders, said so that a person can find it. */
export interface Violation {
  readonly rule: string;
  readonly detail: string;
}

const TEST_CODE = /\.test(-support)?\.tsx?$/;
const SPECIFIER =
  /(?:^|[\s;}])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  const found: string[] = [];
  if (!existsSync(dir)) return found;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !TEST_CODE.test(name)) found.push(path);
  }
  return found;
}

/** The relative imports of production code under `dirs`, paths relative to `root` with `/`. */
export function readImports(root: string, dirs: readonly string[]): ImportEdge[] {
  const edges: ImportEdge[] = [];
  const posix = (p: string) => relative(root, p).split(sep).join('/');
  for (const dir of dirs) {
    for (const file of sourceFiles(resolve(root, dir))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(SPECIFIER)) {
        const specifier = match[1] ?? match[2];
        if (specifier?.startsWith(SHARED_PACKAGE)) {
          const to = `src/kernel/${specifier.slice(SHARED_PACKAGE.length)}`;
          edges.push({ from: posix(file), to, via: 'package' });
        } else if (specifier?.startsWith('.')) {
          edges.push({ from: posix(file), to: posix(resolve(dirname(file), specifier)), via: 'path' });
        }
      }
    }
  }
  return edges;
}

/** `src/plans/service.ts` → `plans`; a file directly in `src/` is the composition root (`(root)`). */
export function folderOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'web') return 'web';
  if (parts[0] !== 'src') return parts[0] ?? path;
  return parts.length > 2 ? (parts[1] ?? path) : '(root)';
}

/**
 * The layer rules of ARCHITECTURE.md:
 * - `kernel` (pure domain values) imports only itself;
 * - `platform` imports only itself and `kernel`;
 * - no capability imports the composition root (`src/*.ts`) or `testing`;
 * - the web app imports from `src/` only the shared kernel, and only through its package name `#kernel/`;
 * - no cycle between folders.
 */
export function checkLayers(edges: readonly ImportEdge[]): Violation[] {
  const violations: Violation[] = [];
  const allowed: Record<string, readonly string[]> = {
    kernel: ['kernel'],
    platform: ['platform', 'kernel'],
  };
  for (const { from, to, via } of edges) {
    const source = folderOf(from);
    const target = folderOf(to);
    const only = allowed[source];
    if (only !== undefined && !only.includes(target)) {
      violations.push({ rule: `${source} imports only ${only.join(', ')}`, detail: `${from} → ${to}` });
    }
    if (source === 'web' && to.startsWith('src/') && (target !== 'kernel' || via !== 'package')) {
      violations.push({
        rule: `web imports from src/ only the shared kernel, as ${SHARED_PACKAGE}…`,
        detail: `${from} → ${to}`,
      });
    }
    const lowerThanRoot = source !== '(root)' && source !== 'testing' && source !== 'web';
    if (lowerThanRoot && (target === '(root)' || target === 'testing')) {
      violations.push({ rule: `${source} does not import ${target}`, detail: `${from} → ${to}` });
    }
  }
  violations.push(...folderCycles(edges.filter((e) => !e.from.startsWith('web/'))));
  return violations;
}

/** Each cycle between folders once, with one import that closes it per step. */
export function folderCycles(edges: readonly ImportEdge[]): Violation[] {
  const next = new Map<string, Map<string, ImportEdge>>();
  for (const edge of edges) {
    const a = folderOf(edge.from);
    const b = folderOf(edge.to);
    if (a === b) continue;
    const targets = next.get(a) ?? new Map<string, ImportEdge>();
    if (!targets.has(b)) targets.set(b, edge);
    next.set(a, targets);
  }
  const components = stronglyConnected([...next.keys()], (n) => [...(next.get(n)?.keys() ?? [])]);
  return components
    .filter((c) => c.length > 1)
    .map((c) => {
      const members = new Set(c);
      const examples = c.flatMap((a) =>
        [...(next.get(a) ?? new Map<string, ImportEdge>())]
          .filter(([b]) => members.has(b))
          .map(([, e]) => `${e.from} → ${e.to}`),
      );
      return { rule: `no cycle between folders (${[...c].sort().join(' ↔ ')})`, detail: examples.join('; ') };
    });
}

/** Tarjan's algorithm: the groups of nodes that reach each other. */
function stronglyConnected(nodes: readonly string[], successors: (n: string) => string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const s of successors(node)) {
      if (!index.has(s)) {
        visit(s);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(s) ?? 0));
      } else if (onStack.has(s)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(s) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      groups.push(group);
    }
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return groups;
}
