// A leaflet with one 4000 × 3000 photo placed 80 mm wide (1270 ppi), rendered
// as `render` does, each render in a fresh process: today's image path against
// the one before issue 13 (kept below as the baseline: the photo converted at
// full size by a naive CMYK conversion and embedded whole), so the ratio is
// measured in the same run on the same machine.
//
//   npx tsx bench/images.ts [--rounds 5]
//
// Wall time is the child's, spawn to exit (start-up included, as a user pays
// it); peak memory is the child's own maximum resident set (its
// `process.resourceUsage().maxRSS`, sharp's native buffers included). The
// same leaflet without the photo is timed too: what any render costs (Node,
// tsx, fonts, pdfkit) is the floor, and the photo's own cost is above it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createPipelineContext, renderPublication } from '../engine/index.js';
import { expandSlots } from '../engine/expand.js';
import { imageBytes } from '../engine/image-info.js';
import { layoutDocument } from '../engine/layout/index.js';
import type { ImageItem } from '../engine/layout/types.js';
import type { PreparedImage, PrintImages } from '../engine/paint/images.js';
import { paintPdf } from '../engine/paint/index.js';
import { parseMarkup } from '../engine/parse.js';
import { layoutFindings } from '../engine/preflight.js';
import { findTemplate } from '../engine/template-registry.js';
import { parsePublicationJson } from '../engine/validate.js';

const ROOT = join(import.meta.dirname, '..');
const WORK = join(tmpdir(), 'anpham-bench-images');
const PHOTO = { width: 4000, height: 3000, placedMm: 80 };

type Path = 'before' | 'now' | 'no photo';
interface Run {
  wallMs: number;
  peakMiB: number;
  pdfBytes: number;
  embedded: string;
}

/** The whole render in this process, by the path asked for; prints what the parent reads. */
async function worker(path: Path, file: string, out: string): Promise<void> {
  const ctx = { ...createPipelineContext({ appRoot: ROOT }), baseDir: dirname(file), file };
  const text = readFileSync(file, 'utf8');
  const pdf = path === 'now' ? (await renderPublication(text, ctx, { fileRules: false, keepItems: false })).pdf : await renderBefore(text, ctx);
  writeFileSync(out, pdf);
  const maxRssKb = process.resourceUsage().maxRSS;
  console.log(JSON.stringify({ peakMiB: maxRssKb / 1024 }));
}

/** The same stages, with the image path as it was before issue 13. */
async function renderBefore(text: string, ctx: ReturnType<typeof createPipelineContext> & { baseDir: string; file: string }): Promise<Buffer> {
  const publication = parsePublicationJson(text, ctx.file);
  const pack = findTemplate(ctx.templates, publication.template, ctx.file);
  const tree = parseMarkup(expandSlots(publication, pack, ctx.file), { pack, pub: publication, baseDir: ctx.baseDir, file: ctx.file });
  const layout = layoutDocument(tree, pack, ctx.fonts);
  const items = layout.pages.flatMap((p, i) => p.items.filter((item): item is ImageItem => item.type === 'image').map((item) => ({ item, page: i + 1 })));
  const all: PreparedImage[] = await Promise.all(items.map(async ({ item, page }) => ({
    image: { bytes: await convertBefore(imageBytes(item.src), ctx.outputProfilePath!), colour: 'cmyk' as const, width: item.pixelWidth, height: item.pixelHeight, limited: false },
    items: [item],
    pages: [page],
  })));
  const images: PrintImages = { all, byItem: new Map(all.map((p) => [p.items[0], p])) };
  const pdf = await paintPdf(layout, pack, ctx.fonts, { outputProfilePath: ctx.outputProfilePath, images });
  layoutFindings(layout, pack);
  return pdf;
}

/** engine/image-cmyk.ts before issue 13, for an RGB picture: flattened on white, converted to CMYK by formula, then "into" the profile; never resized. */
async function convertBefore(bytes: Buffer, profilePath: string): Promise<Buffer> {
  // Loaded here, as the pipeline loads it: only a document with pictures pays for it.
  const { default: sharp } = await import('sharp');
  return sharp(bytes).flatten({ background: '#ffffff' }).toColourspace('cmyk').withIccProfile(profilePath, { attach: false }).jpeg({ quality: 95, chromaSubsampling: '4:4:4' }).toBuffer();
}

/** The leaflet sample with its body replaced by a paragraph and the photo, and the same without the photo. */
async function prepare(): Promise<{ photo: string; plain: string }> {
  mkdirSync(WORK, { recursive: true });
  const photo = join(WORK, 'photo.jpg');
  try {
    statSync(photo);
  } catch {
    const { default: sharp } = await import('sharp');
    // Noise compresses like a detailed photograph (it does not shrink to nothing as a flat colour would).
    const noisy = sharp({ create: { ...PHOTO, channels: 3, background: '#7a9', noise: { type: 'gaussian', mean: 120, sigma: 40 } } });
    writeFileSync(photo, await noisy.jpeg({ quality: 90 }).toBuffer());
  }
  const sample = JSON.parse(readFileSync(join(ROOT, 'samples', 'leaflet-tgpl.json'), 'utf8'));
  const paragraph = { type: 'paragraph', text: 'Ảnh chụp khổ lớn đặt rộng 80 mm.' };
  const write = (name: string, body: unknown[]) => {
    const file = join(WORK, name);
    writeFileSync(file, JSON.stringify({ ...sample, slots: { ...sample.slots, body } }));
    return file;
  };
  return { photo: write('leaflet-photo.json', [paragraph, { type: 'image', src: 'photo.jpg', widthMm: PHOTO.placedMm }]), plain: write('leaflet-plain.json', [paragraph]) };
}

function timed(path: Path, files: { photo: string; plain: string }): Run {
  const out = join(WORK, `${path.replace(' ', '-')}.pdf`);
  const [as, file] = path === 'no photo' ? ['now', files.plain] : [path, files.photo];
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'images.ts'), '--worker', as, file, out], { cwd: ROOT, encoding: 'utf8' });
  const wallMs = performance.now() - start;
  if (child.status !== 0) throw new Error(`${path}: ${child.stderr}`);
  const { peakMiB } = JSON.parse(child.stdout.trim().split('\n').pop()!);
  const list = spawnSync('pdfimages', ['-list', out], { encoding: 'utf8' }).stdout.split('\n')[2]?.trim().split(/\s+/) ?? [];
  return { wallMs, peakMiB, pdfBytes: statSync(out).size, embedded: list[3] ? `${list[3]}×${list[4]} ${list[5]}, ${list[12]} ppi` : 'none' };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { worker: { type: 'string' }, rounds: { type: 'string' } } });
  if (values.worker) return worker(values.worker as Path, positionals[0], positionals[1]);
  const rounds = Number(values.rounds ?? 5);
  const files = await prepare();
  const paths: Path[] = ['before', 'now', 'no photo'];
  // One warm-up of each (disk caches, tsx's transform cache), then a rotating order so drift hits all alike.
  for (const path of paths) timed(path, files);
  const runs: Record<Path, Run[]> = { before: [], now: [], 'no photo': [] };
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < paths.length; i++) {
      const path = paths[(r + i) % paths.length];
      runs[path].push(timed(path, files));
    }
  }
  const row = (path: Path) => {
    const rs = runs[path];
    return `| ${path} | ${(median(rs.map((r) => r.wallMs)) / 1000).toFixed(2)} | ${median(rs.map((r) => r.peakMiB)).toFixed(0)} | ${(rs[0].pdfBytes / 1e6).toFixed(2)} | ${rs[0].embedded} |`;
  };
  console.log(`${rounds} rounds, medians; load ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log('| path | wall s | peak MiB | PDF MB | image embedded |\n|---|---|---|---|---|');
  for (const path of paths) console.log(row(path));
  const ratio = (pick: (r: Run) => number) => median(runs.now.map((r, i) => pick(r) / pick(runs.before[i])));
  // The photo's own cost: each round's render above that round's render without it.
  const above = (pick: (r: Run) => number) => median(runs.now.map((r, i) => (pick(r) - pick(runs['no photo'][i])) / (pick(runs.before[i]) - pick(runs['no photo'][i]))));
  console.log(`now / before (median of per-round ratios): time ${ratio((r) => r.wallMs).toFixed(2)}, peak memory ${ratio((r) => r.peakMiB).toFixed(2)}`);
  console.log(`the photo's own cost, above the render without it: time ${above((r) => r.wallMs).toFixed(2)}, peak memory ${above((r) => r.peakMiB).toFixed(2)}`);
}

await main();
