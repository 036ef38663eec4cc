// The journal behind multi-file changes, with the kill simulated exactly:
// the state a process leaves when it dies between two renames.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listBackups } from '../../services/storage/backups.js';
import { openConfStore } from '../../services/storage/conf-store.js';
import { finishInterruptedReplace, JOURNAL_FILE, replaceFiles } from '../../services/storage/durable-files.js';
import { openRecordFiles } from '../../services/storage/record-files.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function dataDirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'anpham-durable-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('replaceFiles', () => {
  it('replaces and removes files, leaving no journal or temporary file', () => {
    const dir = dataDirWith({ 'records/a.json': '"old a"', 'records/b.json': '"old b"', 'records/c.json': '"old c"' });
    replaceFiles(dir, [{ target: join(dir, 'records/a.json'), content: '"new a"' }, { target: join(dir, 'records/b.json'), content: '"new b"' }], [join(dir, 'records/c.json')]);
    expect(readdirSync(join(dir, 'records')).sort()).toEqual(['a.json', 'b.json']);
    expect(readFileSync(join(dir, 'records/b.json'), 'utf8')).toBe('"new b"');
    expect(existsSync(join(dir, JOURNAL_FILE))).toBe(false);
  });

  it('is finished by the next opener when the writer died after the journal, between renames', () => {
    // a.json already renamed, b.json still a temporary file, c.json not yet removed.
    const dir = dataDirWith({
      'records/printers.json': '["new"]',
      'records/contracts.json': '["old"]',
      'records/contracts.json.77.tmp': '["new"]',
      'records/deliveries.json': '["old"]',
      [JOURNAL_FILE]: JSON.stringify({
        renames: [['records/printers.json.77.tmp', 'records/printers.json'], ['records/contracts.json.77.tmp', 'records/contracts.json']],
        removals: ['records/deliveries.json'],
      }),
    });
    const files = openRecordFiles(dir);
    expect(files.read('printers')).toEqual(['new']);
    expect(files.read('contracts')).toEqual(['new']);
    expect(files.read('deliveries')).toBeUndefined();
    expect(existsSync(join(dir, JOURNAL_FILE))).toBe(false);
  });

  it('leaves the old files when the writer died before the journal (temporary files only)', () => {
    const dir = dataDirWith({ 'store.json': '{"schemaVersion":1,"publications":{}}', 'store.json.5.tmp': '{"schemaVersion":1,"publications":{"x":1}}' });
    finishInterruptedReplace(dir);
    expect(openConfStore(dir).get('publications')).toEqual({});
  });

  it('lets the store finish an interrupted restore before reading store.json', () => {
    const dir = dataDirWith({
      'store.json': '{"schemaVersion":1,"publications":{"old":1}}',
      'store.json.9.tmp': '{"schemaVersion":1,"publications":{"restored":1}}',
      [JOURNAL_FILE]: JSON.stringify({ renames: [['store.json.9.tmp', 'store.json']] }),
    });
    expect(openConfStore(dir).get('publications')).toEqual({ restored: 1 });
  });
});

describe('backups after a kill', () => {
  it('do not list a half-written backup folder', () => {
    const dir = dataDirWith({
      'backups/20250301-080000-000/backup.json': JSON.stringify({ createdAt: '2025-03-01T08:00:00.000Z', reason: 'open', digest: 'x' }),
      'backups/20250301-080000-000/store.json': '{}',
      'backups/20250302-080000-000.partial/backup.json': JSON.stringify({ createdAt: '2025-03-02T08:00:00.000Z', reason: 'open', digest: 'y' }),
    });
    expect(listBackups(dir).map((b) => b.id)).toEqual(['20250301-080000-000']);
  });
});
