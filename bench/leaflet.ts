// Leaflet render time, in process: the figure live preview depends on.
// Cold = the first render after loading fonts and templates; warm = the
// median of the renders after it. The baseline is plain pdfkit setting the
// same text with its own line wrapping in the same process, so the ratio
// says what layout, marks and preflight cost on this machine.
//   npx tsx bench/leaflet.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { createPipelineContext, renderPublication } from '../engine/index.js';

const ROOT = join(import.meta.dirname, '..');
const RUNS = 20;
const sample = readFileSync(join(ROOT, 'samples', 'leaflet-tgpl.json'), 'utf8');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

let ctx!: ReturnType<typeof createPipelineContext>;
const setup = await time(async () => {
  ctx = { ...createPipelineContext({ appRoot: ROOT }), baseDir: join(ROOT, 'samples') };
});
const cold = await time(() => renderPublication(sample, ctx));
const warm: number[] = [];
for (let i = 0; i < RUNS; i++) warm.push(await time(() => renderPublication(sample, ctx)));

// Baseline: the body's text set by pdfkit alone in one justified column per page.
const { publication } = await renderPublication(sample, ctx);
const bodyText = publication.slots.body
  .flatMap((b) => (b.type === 'heading' || b.type === 'paragraph' ? [b.text] : b.type === 'list' ? b.items : b.type === 'qa' ? [b.question, b.answer] : b.type === 'callout' ? [b.text] : []))
  .map((t) => t.replace(/\*/g, ''));
const serif = readFileSync(join(ROOT, 'fonts', 'noto-serif', 'NotoSerif-Regular.ttf'));
const baselineRender = () =>
  new Promise<Buffer>((resolve) => {
    const doc = new PDFDocument({ size: [841.89, 595.28], margin: 28, info: { CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.registerFont('serif', serif).font('serif').fontSize(9.5);
    for (const t of bodyText) doc.text(t, { width: 240, align: 'justify', columns: 3 });
    doc.end();
  });
await baselineRender();
const base: number[] = [];
for (let i = 0; i < RUNS; i++) base.push(await time(baselineRender));

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
console.log(`fonts + templates loaded: ${fmt(setup)}`);
console.log(`cold render:              ${fmt(cold)}`);
console.log(`warm render (median/${RUNS}): ${fmt(median(warm))}   (min ${fmt(Math.min(...warm))}, max ${fmt(Math.max(...warm))})`);
console.log(`baseline pdfkit text:     ${fmt(median(base))}`);
console.log(`ratio warm / baseline:    ${(median(warm) / median(base)).toFixed(2)}`);
console.log(`goal warm < 150 ms:       ${median(warm) < 150 ? 'met' : 'NOT met'}`);
