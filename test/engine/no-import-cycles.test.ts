// No import cycle inside engine/: each stage may use the ones below it, and a
// stage that needs one above it (a box collects its children with the stage
// that collected the box) is handed a function in its context instead. A
// cycle would make the order of the stages something to puzzle out, and the
// order modules initialise in something to get lucky with. Type-only imports
// count too: they tie the files together just the same for a reader.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ENGINE = join(import.meta.dirname, '..', '..', 'engine');
/** `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`, relative specifiers only. */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The engine files a file imports: `.js` specifiers name the `.ts` source; imports leaving engine/ are not followed. */
function importsOf(file: string): string[] {
  const specifiers = [...readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)].map((m) => m[1]);
  return specifiers
    .map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts')))
    .filter((path) => path.startsWith(ENGINE + '/') && existsSync(path));
}

/** Every cycle found by a depth-first walk, each as the files around it, the first repeated at the end. */
function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const onPath = new Set<string>();
  const visit = (file: string) => {
    path.push(file);
    onPath.add(file);
    for (const next of graph.get(file) ?? []) {
      if (onPath.has(next)) cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!done.has(next)) visit(next);
    }
    path.pop();
    onPath.delete(file);
    done.add(file);
  };
  for (const file of [...graph.keys()].sort()) if (!done.has(file)) visit(file);
  return cycles;
}

const rel = (file: string) => relative(ENGINE, file).split('\\').join('/');

describe('engine imports', () => {
  const graph = new Map(tsFiles(ENGINE).map((file) => [file, importsOf(file)]));

  it('reads the files and their imports', () => {
    expect(graph.size).toBeGreaterThan(20);
    expect(graph.get(join(ENGINE, 'layout', 'index.ts'))?.map(rel)).toContain('layout/units.ts');
    const sample = `import type { A } from './a.js';\nimport { b } from "../b.js";\nexport { c } from './c.js';\nimport './d.js';\nconst e = await import('./e.js');\nimport f from 'node:fs';`;
    expect([...sample.matchAll(RELATIVE_IMPORT)].map((m) => m[1])).toEqual(['./a.js', '../b.js', './c.js', './d.js', './e.js']);
  });

  it('finds a cycle when there is one', () => {
    const toy = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]);
    expect(findCycles(toy)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('has no cycle', () => {
    const cycles = findCycles(graph).map((cycle) => cycle.map(rel).join(' → '));
    expect(cycles, `import cycles in engine/:\n${cycles.join('\n')}`).toEqual([]);
  });
});
