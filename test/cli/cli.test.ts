// The CLI as a user runs it: a real process, real files, exit codes and the
// message a person reads.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTools, run } from '../helpers/tools.js';
import { MIGRATIONS } from '../../services/migrations.js';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const SAMPLE = join(ROOT, 'samples', 'leaflet-tgpl.json');
const STACK_LINE = /\n\s+at .+:\d+:\d+/;
const pdfTools = requireTools('pdfinfo');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'anpham-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const result = spawnSync(TSX, ['cli/index.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, XDG_CONFIG_HOME: join(dir, 'config') } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function publicationFile(name: string, edit: (p: Record<string, any>) => void): string {
  const publication = JSON.parse(readFileSync(SAMPLE, 'utf8'));
  edit(publication);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(publication, null, 2));
  return file;
}

describe('cli: input errors exit 1 naming the file and the field', () => {
  it('broken JSON: the file and the line', () => {
    const file = join(dir, 'hong.json');
    writeFileSync(file, '{\n  "format": "anpham/publication@1",\n  "template": \n}');
    const { code, stderr } = cli('render', file, '-o', join(dir, 'hong.pdf'));
    expect(code).toBe(1);
    expect(stderr).toContain(file);
    expect(stderr).toMatch(/dòng 4/);
    expect(stderr).not.toMatch(STACK_LINE);
    expect(existsSync(join(dir, 'hong.pdf'))).toBe(false);
  });

  it('unknown template: field template and the packs there are', () => {
    const file = publicationFile('mau-la.json', (p) => (p.template = 'so-tay-khong-co'));
    const { code, stderr } = cli('render', file, '-o', join(dir, 'x.pdf'));
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}, trường template:`);
    expect(stderr).toContain('so-tay-khong-co');
    expect(stderr).toContain('leaflet-trifold-a4');
    expect(stderr).not.toMatch(STACK_LINE);
  });

  it('wrong block type: the block path', () => {
    const file = publicationFile('khoi-la.json', (p) => (p.slots.body[1].type = 'video'));
    const { code, stderr } = cli('preflight', file);
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}, trường slots.body[1].type:`);
    expect(stderr).toContain('"video"');
    expect(stderr).not.toMatch(STACK_LINE);
  });

  it('a file that is not there', () => {
    const file = join(dir, 'khong-co.json');
    const { code, stderr } = cli('render', file, '-o', join(dir, 'x.pdf'));
    expect(code).toBe(1);
    expect(stderr).toContain(file);
    expect(stderr).toContain('không tìm thấy tệp');
  });
});

describe('cli: usage errors exit 2 with the usage text', () => {
  it.each([
    [[], 'thiếu lệnh'],
    [['in-an'], 'không có lệnh "in-an"'],
    [['render', SAMPLE], '-o RA.pdf'],
    [['render', SAMPLE, '-o', 'ra.docx', '--proof'], '--proof chỉ dùng với -o RA.pdf'],
    [['render', SAMPLE, '-o', 'ra.png'], 'không biết xuất ra ".png"'],
    [['render', SAMPLE, '-o', 'ra.pdf', '--mau'], 'tùy chọn không hợp lệ'],
    [['preflight'], 'preflight TỆP.json'],
    [['serve', '--port', 'tám'], '--port cần một số'],
  ])('%j', (args, message) => {
    const { code, stderr } = cli(...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('Cách dùng: npm run cli --');
    expect(stderr).not.toMatch(STACK_LINE);
  });

  it('--help prints the usage and exits 0', () => {
    const { code, stdout } = cli('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('render TỆP.json -o RA.pdf');
    expect(stdout).toContain(join(dir, 'config', 'anpham-tgpl'));
  });
});

describe('cli: commands', () => {
  it('render writes a PDF and leaves the data folder alone', () => {
    const out = join(dir, 'to-gap.pdf');
    const data = join(dir, 'data-render');
    const { code, stdout } = cli('render', SAMPLE, '-o', out, '--data', data);
    expect(code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(stdout).toContain('2 trang');
    expect(existsSync(data)).toBe(false);
  });

  it.skipIf(!pdfTools)('render --proof imposes a book 2-up on A4 landscape, half as many sheet sides as pages', () => {
    const book = join(ROOT, 'samples', 'pocketbook-tgpl.json');
    const printer = join(dir, 'so-tay.pdf');
    const proof = join(dir, 'so-tay-in-thu.pdf');
    expect(cli('render', book, '-o', printer).code).toBe(0);
    const { code, stdout } = cli('render', book, '-o', proof, '--proof');
    expect(code).toBe(0);
    expect(stdout).toContain('bản in thử');
    const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))![1]);
    expect(pages(printer) % 4).toBe(0);
    expect(pages(proof)).toBe(pages(printer) / 2);
    expect(run('pdfinfo', [proof])).toMatch(/Page size:\s+841\.89 x 595\.28 pts/);
  });

  it('preflight --json prints the findings, exit 0 when none is an error', () => {
    const { code, stdout } = cli('preflight', SAMPLE, '--json');
    const report = JSON.parse(stdout);
    expect(Array.isArray(report.findings)).toBe(true);
    expect(report.findings.some((f: { severity: string }) => f.severity === 'error')).toBe(false);
    expect(code).toBe(0);
  });

  it('preflight exits 1 when a finding is an error (text that overflows the panels)', () => {
    const file = publicationFile('tran.json', (p) => {
      p.slots.body = Array.from({ length: 80 }, (_, i) => ({ type: 'paragraph', text: `Đoạn ${i + 1}: ${'Người được trợ giúp pháp lý không phải trả tiền. '.repeat(6)}` }));
    });
    const { code, stdout } = cli('preflight', file, '--json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).findings).toContainEqual(expect.objectContaining({ severity: 'error', code: 'overflow' }));
  });

  it('templates lists the built-in pack, and a broken user pack by file and field with exit 1', () => {
    const data = join(dir, 'data-templates');
    const good = cli('templates', '--data', data);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/leaflet-trifold-a4\t.+\tleaflet\t297×210 mm\tcó sẵn/);

    const pack = join(data, 'templates', 'so-tay-hong');
    mkdirSync(pack, { recursive: true });
    const definition = JSON.parse(readFileSync(join(ROOT, 'templates/leaflet-trifold-a4/template.json'), 'utf8'));
    definition.id = 'so-tay-hong';
    definition.kind = 'so-tay';
    writeFileSync(join(pack, 'template.json'), JSON.stringify(definition));
    const broken = cli('templates', '--data', data);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('leaflet-trifold-a4');
    expect(broken.stderr).toContain(`${join(pack, 'template.json')}, trường kind:`);
  });
});

describe('cli: serve', () => {
  // test/global-setup.ts has built the UI that `serve` serves.
  it('prints its URL, serves the UI with a token, answers the API from --data, stops on SIGTERM', async () => {
    const data = join(dir, 'data-serve');
    // One process, as `npm run cli` runs it (scripts/cli.mjs loads the bundle or
    // the sources in-process): no launcher in between to relay the stop signal.
    const child = spawn(process.execPath, ['scripts/cli.mjs', 'serve', '--port', '0', '--data', data], { cwd: ROOT, detached: true });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString('utf8');
          const match = /^Ấn phẩm TGPL: (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(out);
          if (match) resolve(match[1]);
        });
        child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const page = await (await fetch(url)).text();
      const token = /<meta name="anpham-token" content="([0-9a-f]{64})">/.exec(page)![1];
      // A save through the API lands in --data's store.
      const body = JSON.stringify({ settings: { name: 'Trung tâm thử', language: 'en' } });
      const reply = await fetch(`${url}api/settings.save`, { method: 'POST', headers: { 'X-Anpham-Token': token }, body });
      expect(await reply.json()).toMatchObject({ ok: true, value: { language: 'en' } });
      expect(JSON.parse(readFileSync(join(data, 'store.json'), 'utf8'))).toMatchObject({ schemaVersion: MIGRATIONS.at(-1)!.version, publications: {}, settings: { language: 'en' } });

      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      process.kill(-child.pid!, 'SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    }
  });
});
