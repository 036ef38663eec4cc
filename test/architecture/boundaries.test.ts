// The architecture's rules (docs/architecture.md), kept by reading every
// source file's imports:
//   renderer → contract; electron, cli → services → engine → contract;
//   no arrow back up, no circle between services' feature folders, storage
//   imports no feature, and only electron/ imports Electron — every file
//   there needs it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const LAYERS = ['contract', 'engine', 'services', 'cli', 'electron', 'renderer', 'bench'] as const;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(entry.name) ? [path] : [];
  });
}

const rel = (file: string) => relative(ROOT, file).split('\\').join('/');
const files = LAYERS.flatMap((d) => sourceFiles(join(ROOT, d))).map(rel);

/** Static imports, `export … from`, dynamic imports and requires; comments are skipped. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;
export function specifiersOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return [...code.matchAll(IMPORT)].map((m) => m[1]);
}

/** A relative specifier as the repository path it names (`.js` written for a `.ts` file). */
function resolve(from: string, specifier: string): string {
  const base = posix.normalize(posix.join(posix.dirname(from), specifier));
  for (const candidate of [base, base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'), `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    try {
      if (statSync(join(ROOT, candidate)).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return base;
}

interface Edge { from: string; to: string; specifier: string }
const edges: Edge[] = files.flatMap((from) =>
  specifiersOf(readFileSync(join(ROOT, from), 'utf8')).map((specifier) => ({
    from,
    specifier,
    to: specifier.startsWith('.') ? resolve(from, specifier) : `package:${specifier}`,
  })),
);
const top = (path: string) => path.split('/')[0];
const isPackage = (e: Edge) => e.to.startsWith('package:');
const isElectron = (e: Edge) => isPackage(e) && /^package:electron(-store)?(\/|$)/.test(e.to);
const describeEdge = (e: Edge) => `${e.from} → ${e.specifier}`;

describe('reading imports', () => {
  it('finds the files and every import form, and skips comments', () => {
    expect(files).toContain('electron/main.ts');
    expect(files).toContain('contract/index.ts');
    const sample = `import a from 'a';\nimport type { B } from "b";\nconst c = require('c');\nawait import('d');\nexport { e } from './e.js';\nimport 'f';\n// import g from 'g';\n/* import h from 'h' */`;
    expect(specifiersOf(sample)).toEqual(['a', 'b', 'c', 'd', './e.js', 'f']);
  });
});

describe('layers', () => {
  it('contract/ imports nothing of the app outside itself, and no Node or Electron', () => {
    const bad = edges.filter((e) => top(e.from) === 'contract' && (isPackage(e) ? /^package:(node:|electron)/.test(e.to) : top(e.to) !== 'contract'));
    expect(bad.map(describeEdge)).toEqual([]);
  });

  it('renderer/ imports only renderer/ and contract/, and its page code no Node or Electron', () => {
    const bad = edges.filter(
      (e) => top(e.from) === 'renderer' && (isPackage(e) ? isElectron(e) || (e.from.startsWith('renderer/src/') && e.to.startsWith('package:node:')) : !['renderer', 'contract'].includes(top(e.to))),
    );
    expect(bad.map(describeEdge)).toEqual([]);
  });

  it('engine/ imports only engine/, contract/ and packages: it knows no records, storage, CLI or Electron', () => {
    const bad = edges.filter((e) => top(e.from) === 'engine' && (isPackage(e) ? isElectron(e) : !['engine', 'contract'].includes(top(e.to))));
    expect(bad.map(describeEdge)).toEqual([]);
  });

  it('services/ and cli/ never import up the stack (electron/, renderer/; services not cli/)', () => {
    const bad = edges.filter(
      (e) => (top(e.from) === 'services' && ['cli', 'electron', 'renderer'].includes(top(e.to))) || (top(e.from) === 'cli' && ['electron', 'renderer'].includes(top(e.to))),
    );
    expect(bad.map(describeEdge)).toEqual([]);
  });
});

describe('electron/ is the shell', () => {
  it('no file outside electron/ imports electron or electron-store', () => {
    expect(edges.filter((e) => isElectron(e) && top(e.from) !== 'electron').map(describeEdge)).toEqual([]);
  });

  it('every file in electron/ needs Electron: it imports electron or electron-store itself', () => {
    const shell = files.filter((f) => top(f) === 'electron');
    const needing = new Set(edges.filter(isElectron).map((e) => e.from));
    expect(shell.filter((f) => !needing.has(f))).toEqual([]);
  });

  it('the sandboxed preload pulls in nothing but electron and the channel names', () => {
    const specifiers = edges.filter((e) => e.from === 'electron/preload.ts').map((e) => e.specifier);
    expect(specifiers.sort()).toEqual(['../contract/ipc-channels.js', 'electron']);
  });
});

describe("services' feature folders", () => {
  const feature = (path: string) => {
    const parts = path.split('/');
    return parts[0] === 'services' && parts.length > 2 ? parts[1] : undefined;
  };
  const between = edges.filter((e) => !isPackage(e) && feature(e.from) && top(e.to) === 'services' && feature(e.from) !== feature(e.to));

  it('do not import the joining layer (dispatch, wiring, migrations)', () => {
    const joining = new Set(['services/dispatch.ts', 'services/wiring.ts', 'services/migrations.ts']);
    expect(between.filter((e) => joining.has(e.to)).map(describeEdge)).toEqual([]);
  });

  it('storage imports no feature (features register their own migrations)', () => {
    expect(between.filter((e) => feature(e.from) === 'storage' && feature(e.to)).map(describeEdge)).toEqual([]);
  });

  it('import each other without a circle', () => {
    const graph = new Map<string, Set<string>>();
    for (const e of between) {
      const to = feature(e.to);
      if (to) graph.set(feature(e.from)!, (graph.get(feature(e.from)!) ?? new Set()).add(to));
    }
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (node: string, path: string[]) => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
        return;
      }
      state.set(node, 'open');
      for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
      state.set(node, 'done');
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });

  it('each feature folder owns a service and, when it has methods in the contract, its handlers', () => {
    const folders = readdirSync(join(ROOT, 'services'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    const contractFeatures = readdirSync(join(ROOT, 'contract')).filter((f) => /= feature<\w+>\(\)/.test(readFileSync(join(ROOT, 'contract', f), 'utf8')));
    for (const file of contractFeatures) {
      const name = file.replace(/\.ts$/, '');
      expect(folders, `contract/${file} has no services/${name}/`).toContain(name);
      expect(statSync(join(ROOT, 'services', name, 'handlers.ts')).isFile()).toBe(true);
    }
  });
});
