// Only the app's shell may import Electron: main, preload, the IPC transport
// and the electron-store adapter. Everything else must run in plain Node (the
// CLI, `serve`, the tests), and the renderer must never reach Node at all.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const ALLOWED = new Set(['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts', 'electron/electron-store.ts']);
/** Static imports, dynamic imports, requires and `export … from` of electron or electron-store (and their subpaths). */
const ELECTRON_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)['"](electron|electron-store)(?:\/[^'"]*)?['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(entry.name) ? [path] : [];
  });
}

const files = ['contract', 'engine', 'services', 'cli', 'electron', 'renderer', 'bench'].flatMap((d) => {
  try {
    return sourceFiles(join(ROOT, d));
  } catch {
    return [];
  }
});
const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(ELECTRON_IMPORT)].map((m) => m[1]);
const rel = (file: string) => relative(ROOT, file).split('\\').join('/');

describe('electron boundary', () => {
  it('finds the source files and recognises every import form', () => {
    expect(files.map(rel)).toContain('electron/main.ts');
    const sample = `import a from 'electron';\nimport type { B } from "electron";\nconst c = require('electron');\nawait import('electron-store');\nexport { d } from 'electron/main';\nimport 'electron';\nimport v from 'electron-vite';`;
    expect([...sample.matchAll(ELECTRON_IMPORT)].map((m) => m[1])).toEqual(['electron', 'electron', 'electron', 'electron-store', 'electron', 'electron']);
  });

  it('only main, preload, ipc and the electron-store adapter import electron or electron-store', () => {
    const offenders = files.filter((f) => importsOf(f).length > 0 && !ALLOWED.has(rel(f))).map(rel);
    expect(offenders).toEqual([]);
  });

  it('electron-store is imported by its adapter alone, and the adapter by main alone', () => {
    expect(files.filter((f) => importsOf(f).includes('electron-store')).map(rel)).toEqual(['electron/electron-store.ts']);
    const adapterUsers = files.filter((f) => /['"][./]*electron-store\.js['"]/.test(readFileSync(f, 'utf8'))).map(rel);
    expect(adapterUsers).toEqual(['electron/main.ts']);
  });

  it('the sandboxed preload pulls in nothing but electron and the channel name', () => {
    const source = readFileSync(join(ROOT, 'electron/preload.ts'), 'utf8');
    const specifiers = [...source.matchAll(/\bfrom\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
    expect(specifiers.sort()).toEqual(['../contract/ipc-channels.js', 'electron']);
    expect(source.match(/exposeInMainWorld/g)).toHaveLength(1);
  });
});
