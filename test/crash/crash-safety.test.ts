// Crash safety: a child process saves 500 generations (a publication in the
// conf store, three record collections through record-files) and is killed
// with SIGKILL at seeded random moments. After every kill the data folder
// must open, and hold either the last generation the child confirmed or the
// one it was writing — never a mix, never older. Backups taken along the way
// must restore.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { listBackups, restoreBackup } from '../../services/storage/backups.js';
import { openConfStore } from '../../services/storage/conf-store.js';
import { JOURNAL_FILE } from '../../services/storage/durable-files.js';
import { openRecordFiles } from '../../services/storage/record-files.js';
import type { Publication } from '../../contract/publication-format.js';
import { COLLECTIONS_UNDER_TEST, publicationGeneration, singleGeneration } from './generation.js';

const SAVES = 500;
const KILLS = 20;
const SEED = 20_251_128;
const SAVER = fileURLToPath(new URL('./saver.ts', import.meta.url));

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Small seeded generator (mulberry32): the same kill moments on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Opens the folder the way the app does and reads both stores' generations. */
function loadGenerations(dir: string, from = dir): { publication: number; records: number } {
  const store = openConfStore(from);
  const [stored] = Object.values(store.get('publications') as Record<string, { publication: Publication }>);
  const files = openRecordFiles(from);
  const records = COLLECTIONS_UNDER_TEST.flatMap((name) => (files.read(name) as { generation: number }[]).map((r) => r.generation));
  return { publication: publicationGeneration(stored.publication), records: records.length ? singleGeneration(`records in ${dir}`, records) : 0 };
}

interface Run {
  child: ChildProcess;
  confirmed: () => number;
  ready: Promise<void>;
  exited: Promise<number | null>;
}

function startSaver(dataDir: string, from: number): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', SAVER, dataDir, String(from), String(SAVES)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let confirmed = from - 1;
  let buffered = '';
  let stderr = '';
  let signalReady: () => void;
  const ready = new Promise<void>((resolve) => (signalReady = resolve));
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      if (line === 'ready') signalReady();
      else confirmed = Number(line);
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      if (code !== null && code !== 0) console.error(stderr);
      signalReady();
      resolve(code);
    }),
  );
  return { child, confirmed: () => confirmed, ready, exited };
}

describe('crash safety', () => {
  it(`keeps old or new data through ${KILLS} SIGKILLs during ${SAVES} saves, and backups restore`, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'anpham-crash-'));
    dirs.push(dataDir);
    const next = random(SEED);
    let confirmed = 0;
    let kills = 0;
    let midCommit = 0;
    let torn = 0;
    const started = performance.now();

    while (confirmed < SAVES) {
      const run = startSaver(dataDir, confirmed + 1);
      await run.ready;
      if (kills < KILLS) {
        // Saves take a few milliseconds each: kill somewhere within the next ~25.
        await new Promise((resolve) => setTimeout(resolve, next() * 120));
        run.child.kill('SIGKILL');
        kills++;
      }
      const code = await run.exited;
      expect(code === 0 || run.child.signalCode === 'SIGKILL', `saver failed (exit ${code})`).toBe(true);

      const last = Math.max(confirmed, run.confirmed());
      if (existsSync(join(dataDir, JOURNAL_FILE))) midCommit++;
      const found = loadGenerations(dataDir);
      // Confirmed saves are kept; at most the one being written is ahead.
      expect([last, last + 1]).toContain(found.publication);
      expect([last, last + 1]).toContain(found.records);
      // Publications are written first: records are never ahead of them.
      expect(found.records).toBeLessThanOrEqual(found.publication);
      if (found.publication !== found.records) torn++;
      confirmed = found.records;
    }

    expect(kills).toBe(KILLS);
    expect(loadGenerations(dataDir)).toEqual({ publication: SAVES, records: SAVES });

    // Every backup is itself one whole generation, and restoring it brings it back.
    const backups = listBackups(dataDir);
    expect(backups.length).toBeGreaterThan(0);
    for (const backup of backups) {
      const inBackup = loadGenerations(dataDir, join(dataDir, 'backups', backup.id));
      expect(inBackup.publication).toBe(inBackup.records);
    }
    const oldest = backups.at(-1)!;
    const expected = loadGenerations(dataDir, join(dataDir, 'backups', oldest.id));
    const { safetyBackup } = restoreBackup(dataDir, oldest.id);
    expect(loadGenerations(dataDir)).toEqual(expected);
    restoreBackup(dataDir, safetyBackup!.id);
    expect(loadGenerations(dataDir)).toEqual({ publication: SAVES, records: SAVES });

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(`crash test: ${SAVES} saves, ${kills} SIGKILLs (${midCommit} mid-commit journals finished on open, ${torn} kills between the two stores), ${backups.length} backups checked, ${seconds} s`);
  }, 120_000);
});
