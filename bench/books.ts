// Book render time against the peers (../shared/peers, see its README): the
// same seeded A5 handbook set by our `render` command, plain pdfkit (the
// floor), Chromium printing HTML, LibreOffice converting DOCX and react-pdf.
// Whole processes, start-up included, run side by side in rounds (every tool
// once per round, the order rotating), so machine drift hits all alike; each
// tool's ratio is the median of its per-round ratios to pdfkit-raw.
//
//   npx tsx bench/books.ts [--pages 96,384] [--rounds 5] [--only ours,pdfkit-raw]
//
// Ours is timed as `npm run cli` runs it (the bundle scripts/build-cli.mjs
// builds), with the shape cache warm and cold, and from the sources (tsx).
//
// The peers' folder is read-only: it is copied to a temporary folder and
// `npm ci` runs there once (kept between runs). The corpus is the peers'
// generator's (corpus.mjs), converted to our publication format by
// bench/handbook-corpus.ts with the `handbook-a5` pack.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createPipelineContext, renderPublication } from '../engine/index.js';
// @ts-expect-error plain JavaScript (npm's `prepare` runs it before TypeScript is there).
import { buildCli } from '../scripts/build-cli.mjs';
import { corpusToPublication, type CorpusBook } from './handbook-corpus.js';

const ROOT = resolve(import.meta.dirname, '..');
const PEERS_SRC = resolve(ROOT, '..', 'shared', 'peers');
const WORK = join(tmpdir(), 'anpham-bench-books');
const PEERS = join(WORK, 'peers');
const OUT = join(WORK, 'out');
const CHROMIUM = '/usr/bin/chromium';
const WARM_RUNS = 20;

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const PAGES = opt('--pages', '96,384').split(',').map(Number);
const ROUNDS = Number(opt('--rounds', '5'));
const ONLY = opt('--only', '');

interface Tool {
  name: string;
  /** The command timed, as argv. */
  command(size: number): string[];
  /** Untimed preparation (the peers' HTML and DOCX generation), once per size. */
  prepare?(size: number): void;
  /** Our commands run from the repository (npx and --import find tsx there); the peers from their copy. */
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Untimed, before every run (rebuilding the bundle, emptying the shape cache for a cold run). */
  before?(): Promise<void> | void;
}

interface Run {
  wall: number;
  cpu: number;
  /** Max RSS in MiB of the largest process of the command's tree. */
  peak: number;
}

const corpus = (size: number) => join(OUT, `handbook-${size}.json`);
const ours = (size: number) => join(OUT, `anpham-${size}.json`);

// Our shape cache (electron/publishing/shape-cache.ts) lives in a folder of the
// benchmark's own: warm after the warm-up round — a user re-rendering — or
// emptied before every run — the first render on a machine.
// ANPHAM_CLI=bundle: a run never silently falls back to tsx; the bundle is
// rebuilt (untimed) before each run in case a source changed meanwhile.
const WARM_CACHE = { XDG_CACHE_HOME: join(WORK, 'cache-warm'), ANPHAM_CLI: 'bundle' };
const COLD_CACHE = { XDG_CACHE_HOME: join(WORK, 'cache-cold'), ANPHAM_CLI: 'bundle' };
const freshBundle = async () => {
  if (!(await buildCli())) throw new Error('the CLI bundle (scripts/build-cli.mjs) did not build');
};
/** What `npm run cli` runs, flags and all (read from package.json); the bundle is built by setUp, as `npm ci` does. */
const CLI = cliCommand();

function cliCommand(): string[] {
  const script = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.cli;
  const [program, ...args] = script.split(/\s+/);
  if (program !== 'node' || args.at(-1) !== 'scripts/cli.mjs') throw new Error(`package.json "cli" is not "node … scripts/cli.mjs": ${script}`);
  return ['node', ...args.slice(0, -1), join(ROOT, 'scripts', 'cli.mjs')];
}

const ALL_TOOLS: Tool[] = [
  { name: 'ours (npm run cli -- render, cache warm)', cwd: ROOT, env: WARM_CACHE, before: freshBundle, command: (n) => ['npm', 'run', '--silent', 'cli', '--', 'render', ours(n), '-o', join(OUT, `anpham-npm-${n}.pdf`)] },
  { name: 'ours (node scripts/cli.mjs render, cache warm)', cwd: ROOT, env: WARM_CACHE, before: freshBundle, command: (n) => [...CLI, 'render', ours(n), '-o', join(OUT, `anpham-${n}.pdf`)] },
  {
    name: 'ours (node scripts/cli.mjs render, cache cold)', cwd: ROOT, env: COLD_CACHE,
    before: async () => {
      await freshBundle();
      rmSync(COLD_CACHE.XDG_CACHE_HOME, { recursive: true, force: true });
    },
    command: (n) => [...CLI, 'render', ours(n), '-o', join(OUT, `anpham-cold-${n}.pdf`)],
  },
  { name: 'ours (npx tsx cli/index.ts render, no bundle)', cwd: ROOT, env: { ...WARM_CACHE, ANPHAM_CLI: 'source' }, command: (n) => ['npx', 'tsx', join(ROOT, 'cli/index.ts'), 'render', ours(n), '-o', join(OUT, `anpham-tsx-${n}.pdf`)] },
  { name: 'pdfkit-raw', command: (n) => ['node', join(PEERS, 'pdfkit-raw.mjs'), corpus(n), join(OUT, `pdfkit-raw-${n}.pdf`)] },
  {
    name: 'Chromium print (HTML given)',
    prepare: (n) => node(join(PEERS, 'chromium.mjs'), corpus(n), join(OUT, `handbook-${n}.html`)),
    command: (n) => [
      CHROMIUM, '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', `--user-data-dir=${join(WORK, 'chromium-profile')}`, '--no-pdf-header-footer',
      `--print-to-pdf=${join(OUT, `chromium-${n}.pdf`)}`, `file://${join(OUT, `handbook-${n}.html`)}`,
    ],
  },
  {
    name: 'LibreOffice convert (DOCX given)',
    prepare: (n) => node(join(PEERS, 'docx.mjs'), corpus(n), join(OUT, `libreoffice-${n}.docx`)),
    command: (n) => ['soffice', `-env:UserInstallation=file://${join(WORK, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, join(OUT, `libreoffice-${n}.docx`)],
  },
  { name: 'react-pdf', command: (n) => ['node', join(PEERS, 'react-pdf.mjs'), corpus(n), join(OUT, `react-pdf-${n}.pdf`)] },
];
const TOOLS = ALL_TOOLS.filter((t) => !ONLY || ONLY.split(',').some((o) => t.name.startsWith(o)));

function node(...argv: string[]): void {
  const r = spawnSync('node', argv, { cwd: PEERS, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`node ${argv.join(' ')} failed`);
}

async function setUp(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const lock = readFileSync(join(PEERS_SRC, 'package-lock.json'), 'utf8');
  if (!existsSync(join(PEERS, 'node_modules')) || readFileSync(join(PEERS, 'package-lock.json'), 'utf8') !== lock) {
    rmSync(PEERS, { recursive: true, force: true });
    cpSync(PEERS_SRC, PEERS, { recursive: true });
    const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: PEERS, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('npm ci in the peers copy failed');
  }
  for (const n of PAGES) {
    node(join(PEERS, 'corpus.mjs'), '--pages', String(n), '--out', corpus(n));
    const book = JSON.parse(readFileSync(corpus(n), 'utf8')) as CorpusBook;
    writeFileSync(ours(n), JSON.stringify(corpusToPublication(book), null, 1));
    for (const t of TOOLS) t.prepare?.(n);
  }
  await freshBundle();
  rmSync(WARM_CACHE.XDG_CACHE_HOME, { recursive: true, force: true });
}

/** One whole-process run: wall clock here, CPU and peak RSS from GNU time; helpers left in the process group are ended. */
async function timeRun(argv: string[], cwd = PEERS, env?: NodeJS.ProcessEnv): Promise<Run> {
  const stats = join(WORK, 'time.txt');
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-o', stats, '-f', '%U %S %M', ...argv], { cwd, stdio: 'ignore', detached: true, env: { ...process.env, ...env } });
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  const wall = (performance.now() - started) / 1000;
  try {
    // Chromium and soffice leave helpers in their process group when the main process exits.
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // The group is already gone.
  }
  if (code !== 0) throw new Error(`${argv.join(' ')} exited with ${code}`);
  const [user, sys, kb] = readFileSync(stats, 'utf8').trim().split(/\s+/).slice(-3).map(Number);
  return { wall, cpu: user + sys, peak: kb / 1024 };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function pdfPages(file: string): number {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? NaN);
}

/** Every tool once per round, in a rotating order; one warm-up round first (LibreOffice's profile, disk caches). */
async function measure(size: number): Promise<Map<string, Run[]>> {
  const runs = new Map<string, Run[]>(TOOLS.map((t) => [t.name, []]));
  for (let round = -1; round < ROUNDS; round++) {
    const order = TOOLS.map((_, i) => TOOLS[(i + Math.max(round, 0)) % TOOLS.length]);
    for (const tool of order) {
      await tool.before?.();
      const run = await timeRun(tool.command(size), tool.cwd, tool.env);
      if (round >= 0) runs.get(tool.name)!.push(run);
    }
    process.stderr.write(`${size} pages: round ${round + 1}/${ROUNDS} done\n`);
  }
  return runs;
}

function table(size: number, runs: Map<string, Run[]>): string {
  const floor = runs.get('pdfkit-raw');
  const outputs: Record<string, string> = {
    'ours (npm run': `anpham-npm-${size}.pdf`, 'ours (node scripts/cli.mjs render, cache warm': `anpham-${size}.pdf`,
    'ours (node scripts/cli.mjs render, cache cold': `anpham-cold-${size}.pdf`, 'ours (npx': `anpham-tsx-${size}.pdf`,
    'pdfkit-raw': `pdfkit-raw-${size}.pdf`, Chromium: `chromium-${size}.pdf`, LibreOffice: `libreoffice-${size}.pdf`, 'react-pdf': `react-pdf-${size}.pdf`,
  };
  const rows = [...runs].map(([name, rs]) => {
    const ratios = floor ? rs.map((r, i) => r.wall / floor[i].wall) : [];
    const out = Object.entries(outputs).find(([prefix]) => name.startsWith(prefix))?.[1];
    const pages = out ? pdfPages(join(OUT, out)) : NaN;
    const ratio = ratios.length ? `${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})` : '-';
    return `| ${name} | ${median(rs.map((r) => r.wall)).toFixed(2)} | ${median(rs.map((r) => r.cpu)).toFixed(2)} | ${Math.max(...rs.map((r) => r.peak)).toFixed(1)} | ${ratio} | ${pages} |`;
  });
  return [
    `| renderer (${size}-page corpus) | wall s (median) | cpu s | peak MiB (max) | wall vs pdfkit-raw, median of rounds (min–max) | pages |`,
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** In process, what the live preview pays: the first render after start-up, then the median of warm ones. */
async function inProcess(size: number): Promise<string> {
  const ctx = createPipelineContext({ appRoot: ROOT, creationDate: new Date(0) });
  const text = readFileSync(ours(size), 'utf8');
  const time = async (fileRules: boolean) => {
    const t = performance.now();
    await renderPublication(text, ctx, { fileRules });
    return performance.now() - t;
  };
  const cold = await time(false);
  const warm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) warm.push(await time(false));
  const withFile: number[] = [];
  for (let i = 0; i < 5; i++) withFile.push(await time(true));
  return `${size} pages in process: cold ${cold.toFixed(0)} ms, warm median of ${WARM_RUNS} ${median(warm).toFixed(0)} ms ` +
    `(min ${Math.min(...warm).toFixed(0)}), with the PDF/X file rules ${median(withFile).toFixed(0)} ms`;
}

await setUp();
console.log(`${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0].model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}; ${ROUNDS} rounds after 1 warm-up\n`);
for (const size of PAGES) console.log(table(size, await measure(size)) + '\n');
for (const size of PAGES) console.log(await inProcess(size));
