// Every public API method has a caller in the app: each name in API_METHODS
// (contract/index.ts) is written as the string literal 'method.name' in some
// file under renderer/src. A method no screen calls is either a missing
// screen part or a method to remove from the contract and the services.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../contract/index.js';

const RENDERER = join(import.meta.dirname, '..', '..', 'renderer', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** Every quoted string in the renderer's sources ('…', "…" or a template without ${}). */
const literals = new Set(
  sourceFiles(RENDERER).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/(['"`])([A-Za-z][\w.]*)\1/g)].map((m) => m[2])),
);

describe('API methods and their callers', () => {
  it('reads the renderer and the contract', () => {
    expect(API_METHODS.length).toBeGreaterThan(10);
    expect(literals.has('settings.get')).toBe(true);
  });

  it('every method in API_METHODS is called somewhere under renderer/src', () => {
    const uncalled = API_METHODS.filter((method) => !literals.has(method));
    expect(uncalled, `No file under renderer/src names these methods as a string literal: ${uncalled.join(', ')}`).toEqual([]);
  });
});
