// A long-running process (the app, `serve`) renders many PDFs with one font
// registry. Text extracted from a later PDF must still be exact: a glyph cache
// shared between documents once dropped "ư" from the text layer of every PDF
// after the first (the subset encoder had cached it as a bare component of "ừ").
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipelineContext, renderPublication } from '../../engine/index.js';
import { requireTools, run } from '../helpers/tools.js';

const root = join(import.meta.dirname, '..', '..');
const ok = requireTools('pdftotext');

describe('fonts shared across renders', () => {
  it.skipIf(!ok)('keeps the text layer exact in every PDF of one process', async () => {
    const ctx = createPipelineContext({ appRoot: root });
    const starter = JSON.parse(readFileSync(join(root, 'templates/leaflet-trifold-a4/starter.json'), 'utf8'));
    await renderPublication(starter, ctx);

    const second = structuredClone(starter);
    second.slots.body.unshift({ type: 'paragraph', text: 'Người được trợ giúp ưu tiên' });
    const out = await renderPublication(second, ctx);
    const file = join(mkdtempSync(join(tmpdir(), 'anpham-font-')), 'second.pdf');
    writeFileSync(file, out.pdf);
    const text = run('pdftotext', [file, '-']).replace(/\s+/g, ' ');
    expect(text).toContain('Người được trợ giúp ưu tiên');
  });
});
