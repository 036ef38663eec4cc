import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../../contract/errors.js';
import { openConfStore, storePath } from '../../../services/storage/conf-store.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'anpham-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('conf store', () => {
  it('keeps values across openings, in store.json of the data folder', () => {
    const store = openConfStore(dir);
    expect(store.path).toBe(storePath(dir));
    store.set('publications', { 'a.b': { title: 'Tờ gấp Trợ giúp pháp lý' } });
    store.set('schemaVersion', 1);

    const again = openConfStore(dir);
    // Dotted keys are ids, never paths into nested objects.
    expect(again.get('publications')).toEqual({ 'a.b': { title: 'Tờ gấp Trợ giúp pháp lý' } });
    expect(again.get('schemaVersion')).toBe(1);
    again.delete('publications');
    expect(openConfStore(dir).get('publications')).toBeUndefined();
    expect(JSON.parse(readFileSync(storePath(dir), 'utf8'))).toEqual({ schemaVersion: 1 });
  });

  it.each([
    ['broken JSON', '{"publications": {"x": '],
    ['a JSON array', '[1, 2, 3]'],
    ['a JSON number', '42'],
  ])('refuses %s with a message naming the file, and keeps the file as it was', (_name, text) => {
    writeFileSync(storePath(dir), text);
    let caught: unknown;
    try {
      openConfStore(dir);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).file).toBe(storePath(dir));
    expect((caught as InputError).describe()).toMatch(/bị hỏng.*giữ nguyên/);
    expect(readFileSync(storePath(dir), 'utf8')).toBe(text);
    expect(readdirSync(dir)).toEqual(['store.json']);
  });

  it('creates the data folder on first write only', () => {
    const nested = join(dir, 'a', 'b');
    const store = openConfStore(nested);
    store.set('k', 'v');
    expect(existsSync(storePath(nested))).toBe(true);
  });
});
