// Hand-built document trees and template packs for the layout, paint and
// preflight tests: each stage is tested without the stages before it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocNode, DocumentTree, Run, TextNode } from '../../engine/document.js';
import { loadFontRegistry } from '../../engine/fonts.js';
import { templateSchema, type TemplatePack } from '../../engine/template-schema.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const fonts = loadFontRegistry(join(ROOT, 'fonts'));

export function leafletPack(): TemplatePack {
  const dir = join(ROOT, 'templates', 'leaflet-trifold-a4');
  return { definition: templateSchema.parse(JSON.parse(readFileSync(join(dir, 'template.json'), 'utf8'))), dir, source: 'builtin' };
}

/** A small sheet (120×80 mm, two 60 mm panels) whose `body` flows through both: quick to fill. */
export function miniPack(): TemplatePack {
  const definition = templateSchema.parse({
    format: 'anpham/template@1',
    id: 'mini',
    name: 'Mini',
    kind: 'other',
    trim: { widthMm: 120, heightMm: 80 },
    bleedMm: 3,
    margins: { topMm: 5, bottomMm: 5, leftMm: 5, rightMm: 5 },
    colors: { text: [0, 0, 0, 100], primary: [100, 80, 0, 10], tint: [10, 4, 0, 0] },
    styles: {
      body: { font: 'Noto Serif', sizePt: 10, leadingPt: 13, align: 'justify', spaceAfterPt: 4 },
      h2: { font: 'Noto Sans', bold: true, sizePt: 12, leadingPt: 15, color: 'primary', spaceBeforePt: 8, spaceAfterPt: 3 },
      listItem: { font: 'Noto Serif', sizePt: 10, leadingPt: 13, indentPt: 12 },
      shout: { font: 'Noto Sans', sizePt: 10, leadingPt: 13, uppercase: true, align: 'center' },
    },
    boxes: { callout: { fill: 'tint', stroke: 'primary', paddingPt: 6 } },
    slots: { body: { label: 'Nội dung', file: 'body.hbs', frames: ['a', 'b'] } },
    sides: [{ id: 'front', label: 'Mặt trước', panels: [
      { id: 'a', label: 'Trang A', widthMm: 60, flow: 'body', background: 'tint' },
      { id: 'b', label: 'Trang B', widthMm: 60, flow: 'body' },
    ] }],
  });
  return { definition, dir: ROOT, source: 'builtin' };
}

export function text(style: string, content: string | Run[], extra: Partial<TextNode> = {}): TextNode {
  const runs = typeof content === 'string' ? [{ text: content }] : content;
  return { kind: 'text', style, runs, ...extra };
}

export function tree(flows: Record<string, DocNode[]>): DocumentTree {
  return { title: 'Thử nghiệm', language: 'vi', flows };
}

/** Numbered source refs so a test can tell which block went where. */
export function numbered(slot: string, nodes: DocNode[]): DocNode[] {
  return nodes.map((n, index) => ({ ...n, source: { slot, index } }));
}

export const LOREM =
  'Trợ giúp pháp lý là việc cung cấp dịch vụ pháp lý miễn phí cho người được trợ giúp pháp lý trong vụ việc trợ giúp pháp lý, góp phần bảo đảm quyền con người, quyền công dân trong tiếp cận công lý và bình đẳng trước pháp luật.';
