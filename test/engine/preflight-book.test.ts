// Book layouts report what pagination did (blank pages, underfull pages);
// preflight passes it on so the editor and the CLI see it.
import { describe, expect, it } from 'vitest';
import type { LaidOutDocument } from '../../engine/layout/types.js';
import { layoutFindings } from '../../engine/preflight.js';
import type { TemplatePack } from '../../engine/template-schema.js';

const pack = { definition: { safeMm: 5 } } as unknown as TemplatePack;

function book(over: Partial<LaidOutDocument>): LaidOutDocument {
  return { title: 'Sách', language: 'vi', pages: [], overflow: [], missingGlyphs: [], ...over };
}

describe('preflight of a book layout', () => {
  it('passes on what layout reported', () => {
    const found = layoutFindings(book({
      findings: [{ severity: 'info', code: 'blank-pages-added', message: 'Đã thêm 2 trang trắng', page: 22 }],
    }), pack);
    expect(found).toEqual([expect.objectContaining({ code: 'blank-pages-added', severity: 'info', page: 22 })]);
  });

  it('warns of each underfull page with how full it is', () => {
    const found = layoutFindings(book({
      book: {
        binding: 'saddle-stitch', pageCount: 8, blanksAdded: 0, size: { widthMm: 148, heightMm: 210 },
        outline: [], blockPages: [], underfullPages: [{ page: 5, fill: 0.42 }],
      },
    }), pack);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'underfull-page', severity: 'warning', page: 5 });
    expect(found[0].message).toContain('42%');
  });
});
