// One cold render in a fresh process, stage by stage: what a `render`
// command pays after its modules are loaded. `npx tsx bench/stages.ts FILE.json [rounds]`
// (rounds > 1 adds warm renders after the cold one).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createPipelineContext } from '../engine/index.js';
import { expandSlots } from '../engine/expand.js';
import { parseMarkup } from '../engine/parse.js';
import { layoutDocument } from '../engine/layout/index.js';
import { paintPdf } from '../engine/paint/index.js';
import { layoutFindings } from '../engine/preflight.js';
import { findTemplate } from '../engine/template-registry.js';
import { parsePublicationJson } from '../engine/validate.js';

const ROOT = join(import.meta.dirname, '..');
const file = resolve(process.argv[2] ?? join(ROOT, 'samples', 'handbook-tgpl.json'));
const rounds = Number(process.argv[3] ?? 1);

for (let round = 0; round < rounds; round++) {
  const times: [string, number][] = [];
  // CPU time of this thread's process, not wall time: other work on the machine hardly moves it.
  const cpuMs = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
  let last = cpuMs();
  const lap = (name: string) => { const now = cpuMs(); times.push([name, now - last]); last = now; };
  const ctx = { ...createPipelineContext({ appRoot: ROOT }), baseDir: dirname(file), file };
  lap('context (fonts, packs)');
  const text = readFileSync(file, 'utf8');
  const publication = parsePublicationJson(text, file);
  lap('read + validate + NFC');
  const pack = findTemplate(ctx.templates, publication.template, file);
  const markup = expandSlots(publication, pack, file);
  lap('expand (handlebars)');
  const tree = parseMarkup(markup, { pack, pub: publication, baseDir: ctx.baseDir, file });
  lap('parse markup');
  const layout = layoutDocument(tree, pack, ctx.fonts);
  lap('layout');
  const pdf = await paintPdf(layout, pack, ctx.fonts, { creationDate: new Date(0), outputProfilePath: ctx.outputProfilePath });
  lap('paint');
  layoutFindings(layout, pack);
  lap('findings');
  const total = times.reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`${round === 0 ? 'cold' : 'warm'} ${total.toFixed(0)} ms CPU, ${layout.pages.length} pages, ${pdf.length} bytes: ${times.map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(' · ')}`);
}
