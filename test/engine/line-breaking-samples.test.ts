// Knuth–Plass against greedy on the real samples, as a reader sees the pages:
// fewer loose lines, justified lines exactly at the measure, nothing overflowing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocNode, DocumentTree } from '../../engine/document.js';
import { expandSlots } from '../../engine/expand.js';
import { createPipelineContext } from '../../engine/index.js';
import { breakLinesKnuthPlass } from '../../engine/layout/break-lines-knuth-plass.js';
import { breakLinesGreedy } from '../../engine/layout/break-lines.js';
import { collectBlocks } from '../../engine/layout/collect-blocks.js';
import { layoutDocument } from '../../engine/layout/index.js';
import { setLines } from '../../engine/layout/set-lines.js';
import type { LaidOutDocument, TextItem } from '../../engine/layout/types.js';
import { parseMarkup } from '../../engine/parse.js';
import type { TemplatePack } from '../../engine/template-schema.js';
import { parsePublicationJson } from '../../engine/validate.js';
import { ROOT } from './layout-fixtures.js';

/** A line is loose when a space between its words is stretched past 1.5 times its natural width. */
const LOOSE = 1.5;

const ctx = createPipelineContext({ appRoot: ROOT });
const samplesDir = join(ROOT, 'samples');

interface Sample {
  name: string;
  pack: TemplatePack;
  tree: DocumentTree;
}

/** Every sample publication whose template pack is installed, as a document tree ready for layout. */
function samples(): Sample[] {
  return readdirSync(samplesDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      const file = join(samplesDir, name);
      const text = readFileSync(file, 'utf8');
      // samples/ also holds data bundles; only publications are laid out.
      if (JSON.parse(text).format !== 'anpham/publication@1') return [];
      const pub = parsePublicationJson(text, file);
      const pack = ctx.templates.packs.get(pub.template);
      if (!pack) return [];
      return [{ name, pack, tree: parseMarkup(expandSlots(pub, pack, file), { pack, pub, baseDir: samplesDir, file }) }];
    });
}

function allNodes(nodes: DocNode[]): DocNode[] {
  return nodes.flatMap((n) => (n.kind === 'box' ? [n, ...allNodes(n.children)] : [n]));
}

/** Lines on the pages as a reader sees them: text items of one frame on one baseline, left to right. */
function printedLines(doc: LaidOutDocument): TextItem[][] {
  return doc.pages.flatMap((page) => {
    const byLine = new Map<string, TextItem[]>();
    for (const item of page.items) {
      if (item.type !== 'text') continue;
      const frame = page.frames.findIndex((f) => item.x >= f.x - 0.01 && item.x <= f.x + f.width + 0.01);
      const key = `${frame}|${Math.round(item.y * 100)}`;
      byLine.set(key, [...(byLine.get(key) ?? []), item]);
    }
    return [...byLine.values()].map((line) => line.sort((a, b) => a.x - b.x));
  });
}

function looseLines(doc: LaidOutDocument, markers: Set<string>): number {
  return printedLines(doc).filter((line) =>
    line.slice(1).some((item, k) => {
      const before = line[k];
      // A list marker hangs in the indent: what follows it is not a space between words.
      if (k === 0 && markers.has(before.text)) return false;
      const space = ctx.fonts.measure(before.face, before.sizePt, ' ');
      return item.x - (before.x + before.width) > LOOSE * space + 1e-6;
    }),
  ).length;
}

describe('Knuth–Plass on the samples', () => {
  const all = samples();

  it('finds the leaflet sample among the samples', () => {
    expect(all.map((s) => s.name)).toContain('leaflet-tgpl.json');
  });

  it('sets no more loose lines than greedy in any sample, and fewer overall', () => {
    let greedyTotal = 0;
    let kpTotal = 0;
    for (const { name, pack, tree } of all) {
      const markers = new Set(Object.values(tree.flows).flatMap(allNodes).flatMap((n) => (n.kind === 'text' && n.marker ? [n.marker] : [])));
      const greedy = looseLines(layoutDocument(tree, pack, ctx.fonts, breakLinesGreedy), markers);
      const kp = looseLines(layoutDocument(tree, pack, ctx.fonts), markers);
      expect({ name, kp: kp <= greedy }).toEqual({ name, kp: true });
      greedyTotal += greedy;
      kpTotal += kp;
    }
    expect(kpTotal).toBeLessThan(greedyTotal);
  });

  it('sets every justified line but the last exactly to the measure, at each slot width', () => {
    for (const { pack, tree } of all) {
      const doc = layoutDocument(tree, pack, ctx.fonts);
      const layoutCtx = { def: pack.definition, fonts: ctx.fonts, breaker: breakLinesKnuthPlass, missing: [], collect: collectBlocks };
      for (const [slot, nodes] of Object.entries(tree.flows)) {
        const frame = doc.pages.flatMap((p) => p.frames).find((f) => f.flow === slot);
        if (!frame) continue;
        for (const block of collectBlocks(nodes, layoutCtx)) {
          if (block.kind !== 'text' || block.text.style.align !== 'justify') continue;
          const { indent } = block.text.style;
          const lines = setLines(block.text, 0, frame.width, ctx.fonts, breakLinesKnuthPlass);
          for (const line of lines.slice(0, -1)) {
            const words = line.items.filter((i) => i.x >= indent - 1e-6);
            if (words.length < 2 || line.fallback) continue;
            const last = words[words.length - 1];
            expect(words[0].x).toBeCloseTo(indent, 6);
            expect(last.x + last.width).toBeCloseTo(frame.width, 6);
          }
        }
      }
    }
  });

  it('still fits the leaflet into its panels', () => {
    const leaflet = all.find((s) => s.name === 'leaflet-tgpl.json')!;
    const doc = layoutDocument(leaflet.tree, leaflet.pack, ctx.fonts);
    expect(doc.overflow).toEqual([]);
  });
});
