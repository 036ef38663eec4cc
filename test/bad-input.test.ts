// The bad-input corpus (test/fixtures/bad/manifest.json): every case goes in
// through the path a user's file takes — the CLI's `render` and `data import`,
// the template packs in the data folder, the API's dispatch — and must come
// back as a Vietnamese message naming the file or field, never as a crash or
// a stack trace, and must leave the data folder byte for byte as it was.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, templates, type CommandContext } from '../cli/commands.js';
import { dataCommand } from '../cli/data.js';
import { createHandlers, dispatch, type Handlers } from '../services/dispatch.js';
import type { Services } from '../services/wiring.js';
import { InputError } from '../contract/errors.js';
import { createServices } from '../services/wiring.js';
import { openConfStore } from '../services/storage/conf-store.js';
import { migrate } from '../services/migrations.js';
import { requireTools, run } from './helpers/tools.js';

interface Case {
  name: string;
  via: 'render' | 'pack' | 'pack-render' | 'bundle' | 'api';
  file?: string;
  generate?: string;
  setup?: string;
  note?: string;
  pack?: { raw?: string; patch?: Record<string, unknown>; hbs?: string; symlink?: [string, string] };
  /** `finding`: a render that succeeds and reports it; `absent`: a render whose PDF must not hold these. */
  expect: { message?: string; field?: string; code?: string; finding?: string; absent?: string[] };
}

const APP_ROOT = resolve(import.meta.dirname, '..');
const CORPUS = join(APP_ROOT, 'test/fixtures/bad');
const { cases } = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as { cases: Case[] };
const poppler = requireTools('pdftotext');
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýĐ]/u;

const PUBLICATION = { format: 'anpham/publication@1', template: 'leaflet-trifold-a4', meta: { title: 'Tờ gấp thử' } };
/** Cases too large (or too deep) to keep as files. */
const GENERATED: Record<string, () => string> = {
  'paragraph-10mb': () => JSON.stringify({ ...PUBLICATION, slots: { body: [{ type: 'paragraph', text: 'trợ giúp '.repeat(1_150_000) }] } }),
  'blocks-5000': () => JSON.stringify({ ...PUBLICATION, slots: { body: blocks(5000) } }),
  'blocks-20001': () => JSON.stringify({ ...PUBLICATION, slots: { body: blocks(20_001) } }),
  'nesting-20000': () => `{"format":"anpham/publication@1","template":"leaflet-trifold-a4","meta":{"title":"T"},"slots":{},"variables":{"x":${'['.repeat(20_000)}${']'.repeat(20_000)}}}`,
};
const blocks = (n: number) => Array.from({ length: n }, (_, i) => ({ type: 'paragraph', text: `Đoạn ${i}: người nghèo được trợ giúp pháp lý miễn phí.` }));

let work: string;
let input: string;
let output: string;
let context: CommandContext;
let services: Services;
let handlers: Handlers;
let savedId: string;

/** Every file of the data folder (links as their target text), hashed. */
function hashFolder(dir: string): string {
  const hash = createHash('sha256');
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      const info = lstatSync(path);
      hash.update(path).update('\0');
      if (info.isDirectory()) walk(path);
      else hash.update(info.isSymbolicLink() ? readlinkSync(path) : readFileSync(path)).update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/** A user template pack made from the small valid fixture pack, broken as the case says. */
function writePack(dir: string, id: string, pack: NonNullable<Case['pack']>): void {
  cpSync(join(APP_ROOT, 'test/fixtures/templates/valid/mini-a5'), dir, { recursive: true });
  const definition = { ...JSON.parse(readFileSync(join(dir, 'template.json'), 'utf8')), id, ...pack.patch };
  writeFileSync(join(dir, 'template.json'), pack.raw ?? JSON.stringify(definition, null, 2));
  if (pack.hbs !== undefined) writeFileSync(join(dir, 'body.hbs'), pack.hbs);
  if (pack.symlink) symlinkSync(pack.symlink[1], join(dir, pack.symlink[0]));
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'anpham-bad-'));
  input = join(work, 'input');
  output = join(work, 'output');
  const dataDir = join(work, 'data');
  cpSync(CORPUS, input, { recursive: true });
  mkdirSync(output);
  for (const c of cases) {
    if (c.generate) writeFileSync(join(input, `${c.name}.json`), GENERATED[c.generate]());
    if (c.setup?.startsWith('symlink ')) {
      const [link, target] = c.setup.slice('symlink '.length).split(' -> ');
      symlinkSync(target, join(input, link));
    }
    if (c.pack) writePack(join(dataDir, 'templates', c.name), c.name, c.pack);
  }
  // A data folder with something in it: a saved publication and a printer.
  const store = openConfStore(dataDir);
  migrate(store);
  services = await createServices({ appRoot: APP_ROOT, dataDir, store });
  handlers = createHandlers(services);
  savedId = services.publications.create('leaflet-trifold-a4', 'Tờ gấp đã lưu').id;
  services.records.savePrinter({ id: 'pr-1', name: 'Công ty In Lạng Sơn' });
  context = { appRoot: APP_ROOT, dataDir };
  // The CLI prints progress and findings; the test reads what it needs from the spies.
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterAll(() => {
  vi.restoreAllMocks();
  rmSync(work, { recursive: true, force: true });
});

/** The user's message: Vietnamese, naming where, with no stack trace. */
function expectClearError(error: unknown, c: Case, file?: string): void {
  expect(error, `${c.name}: ${String(error)}`).toBeInstanceOf(InputError);
  const e = error as InputError;
  const text = e.describe();
  expect(text).toMatch(VIETNAMESE);
  expect(text).not.toMatch(/\n\s+at /);
  if (file) expect(text).toContain(file);
  if (c.expect.field !== undefined) expect(e.field ?? '').toContain(c.expect.field);
  if (c.expect.message) expect(text).toContain(c.expect.message);
}

async function runCase(c: Case): Promise<void> {
  const file = join(input, c.file ?? `${c.name}.json`);
  switch (c.via) {
    case 'render': {
      const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
      try {
        const outcome = await render(context, file, join(output, `${c.name}.pdf`), false).then(() => undefined, (error: unknown) => error);
        if (c.expect.finding) {
          expect(outcome).toBeUndefined();
          expect(stderr.mock.calls.map(([text]) => String(text)).join('')).toContain(`${c.expect.finding}:`);
        } else {
          expectClearError(outcome, c, file);
        }
      } finally {
        stderr.mockRestore();
      }
      return;
    }
    case 'pack': {
      const problem = services.pipeline.templates.problems.find((p) => p.dir.endsWith(`/${c.name}`));
      expect(problem, `${c.name}: no problem reported`).toBeDefined();
      expectClearError(new InputError(problem!.message, { file: problem!.file, field: problem!.field }), c, join(context.dataDir, 'templates', c.name));
      expect(services.pipeline.templates.packs.has(c.name)).toBe(false);
      return;
    }
    case 'pack-render': {
      const file = join(input, `${c.name}.json`);
      writeFileSync(file, JSON.stringify({ ...PUBLICATION, template: c.name, slots: { body: blocks(2) } }));
      const pdf = join(output, `${c.name}.pdf`);
      const outcome = await render(context, file, pdf, false).then(() => undefined, (error: unknown) => error);
      if (c.expect.absent) {
        expect(outcome).toBeUndefined();
        if (poppler) {
          const text = run('pdftotext', [pdf, '-']);
          expect(text).toContain('Đoạn 1');
          for (const word of c.expect.absent) expect(text).not.toContain(word);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      } else {
        expectClearError(outcome, c);
      }
      return;
    }
    case 'bundle': {
      let outcome: unknown;
      try {
        dataCommand(context, ['import', file], undefined);
      } catch (error) {
        outcome = error;
      }
      expectClearError(outcome, c, file);
      return;
    }
    case 'api': {
      const { method, input: raw } = JSON.parse(readFileSync(file, 'utf8')) as { method: string; input: Record<string, unknown> };
      const call = raw.id === '$saved' ? { ...raw, id: savedId } : raw;
      const log = vi.fn();
      const envelope = await dispatch(handlers, method, call, log);
      expect(log).not.toHaveBeenCalled();
      expect(envelope.ok).toBe(false);
      if (envelope.ok) return;
      expect(envelope.error.code).toBe(c.expect.code);
      expect(envelope.error.message).toMatch(VIETNAMESE);
      if (c.expect.field) expect(envelope.error.field ?? '').toContain(c.expect.field);
      return;
    }
  }
}

describe('bad-input corpus', () => {
  it('has at least 40 cases, each with a file or a generator', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    for (const c of cases) if (c.via !== 'pack' && c.via !== 'pack-render') expect(c.file ?? c.generate, c.name).toBeDefined();
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: a clear error, no crash, no saved data changed', async (_name, c) => {
    const before = hashFolder(context.dataDir);
    await runCase(c);
    expect(hashFolder(context.dataDir)).toBe(before);
  });

  it('makes the `templates` command exit 1 while the folder holds broken packs', async () => {
    expect(await templates(context)).toBe(1);
  });
});

describe('the CLI process on bad input', () => {
  const cli = (...args: string[]) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', join(APP_ROOT, 'cli/index.ts'), ...args], { cwd: APP_ROOT }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );

  it.each(['nesting-20000', 'utf16-encoded', 'nul-in-text', 'broken-json'])('%s: exits 1 with one Vietnamese line, no stack', async (name) => {
    const { code, stderr } = await cli('render', join(input, `${name}.json`), '-o', join(output, `${name}-cli.pdf`), '--data', context.dataDir);
    expect(code).toBe(1);
    expect(stderr).toMatch(VIETNAMESE);
    expect(stderr).toContain(`${name}.json`);
    expect(stderr).not.toMatch(/\n\s+at |Error:/);
  });

  it('data import of a bundle with a dangling id exits 1 and leaves the data folder alone', async () => {
    const before = hashFolder(context.dataDir);
    const { code, stderr } = await cli('data', 'import', join(input, 'bundle-contract-dangling-printer.json'), '--data', context.dataDir);
    expect(code).toBe(1);
    expect(stderr).toContain('pr-khong-co');
    expect(hashFolder(context.dataDir)).toBe(before);
  });
});
