// Bilingual blocks: the Vietnamese text and its translation laid out side by
// side (the leaflet's option) or one after the other (the books'), in the PDF
// layout and in the Word document, and the glyph check of each language.
// The translated strings here exercise the scripts' letters; they are test
// text, not translations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_LETTERS, languageGlyphFindings } from '../../../services/library/languages.js';
import type { FontRegistry } from '../../../engine/fonts.js';
import { createPipelineContext, renderDocx, renderPublication } from '../../../engine/index.js';
import type { TextItem } from '../../../engine/layout/types.js';
import { readPublication } from '../../../engine/validate.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const ctx = createPipelineContext({ appRoot: ROOT });
const TAY = "Slấc fạ jừ wả zỏ t'ọ";
const HMONG = 'Kuv yog Hmoob, ntawv Hmôngz';

function bilingual(template: string) {
  return {
    format: 'anpham/publication@1',
    template,
    meta: { title: 'Thử song ngữ' },
    slots: {
      body: [
        { type: 'paragraph', text: 'Trợ giúp pháp lý miễn phí.', translations: [{ lang: 'tay', text: TAY }] },
        { type: 'qa', question: 'Ai được giúp?', answer: 'Người dân tộc thiểu số.', translations: [{ lang: 'hmong', text: HMONG, answer: 'Neeg Hmoob.' }] },
      ],
    },
  };
}

const textItems = (items: { type: string }[]) => items.filter((i): i is TextItem => i.type === 'text');
const lineOf = (items: TextItem[], text: string) => items.find((i) => i.text.includes(text.split(' ')[0]) && i.text.length > 1)!;

describe('bilingual layout', () => {
  it('leaflet: the translation stands beside the Vietnamese, on the same lines', async () => {
    const { layout, findings } = await renderPublication(bilingual('leaflet-trifold-a4'), ctx);
    const items = layout.pages.flatMap((p) => textItems(p.items)).filter((i) => i.source?.slot === 'body');
    const vi = lineOf(items, 'Trợ giúp');
    const tay = lineOf(items, 'Slấc');
    expect(tay.x).toBeGreaterThan(vi.x + vi.width);
    expect(Math.abs(tay.y - vi.y)).toBeLessThan(vi.sizePt);
    expect(tay.source).toEqual({ slot: 'body', index: 0 });
    expect(findings.filter((f) => f.code === 'missing-glyph')).toEqual([]);
  });

  it('pocket book: the translation follows the Vietnamese, in the same column', async () => {
    const { layout } = await renderPublication(bilingual('pocketbook-a6'), ctx);
    const items = layout.pages.flatMap((p) => textItems(p.items)).filter((i) => i.source?.slot === 'body');
    const vi = lineOf(items, 'Trợ giúp');
    const tay = lineOf(items, 'Slấc');
    expect(tay.y).toBeGreaterThan(vi.y);
    expect(Math.abs(tay.x - vi.x)).toBeLessThan(1);
  });

  it('Word: side by side is a two-cell row; the text of both languages is there', async () => {
    const { docx } = await renderDocx(bilingual('leaflet-trifold-a4'), ctx);
    const { value: html } = await mammoth.convertToHtml({ buffer: docx });
    expect(html).toMatch(/<tr><td><p>Trợ giúp pháp lý miễn phí.<\/p><\/td><td><p>Slấc fạ jừ wả zỏ t'ọ<\/p><\/td><\/tr>/);
    expect(html).toContain('Neeg Hmoob.');
  });
});

describe('glyph check per language', () => {
  const pack = ctx.templates.packs.get('leaflet-trifold-a4')!;
  const publication = readPublication(bilingual('leaflet-trifold-a4'));

  it("Tày–Nùng letters include f, j, w, z and the apostrophe of t'", () => {
    for (const ch of ['f', 'j', 'w', 'z', 'F', 'J', 'W', 'Z', "'", 'ỹ', 'Ỹ', 'đ', 'Đ']) expect(LANGUAGE_LETTERS.tay).toContain(ch);
  });

  it('the packs’ Noto fonts cover every letter of every language', () => {
    const all = readPublication({
      ...bilingual('leaflet-trifold-a4'),
      slots: { body: (['tay', 'nung', 'hmong', 'dao'] as const).map((lang) => ({ type: 'paragraph', text: 'x', translations: [{ lang, text: 'x' }] })) },
    });
    expect(languageGlyphFindings(all, pack, ctx.fonts)).toEqual([]);
  });

  it('a font without the apostrophe and ư is reported for the languages used, not for others', () => {
    const lacking = { missingChars: (_face: unknown, text: string) => [...text].filter((c) => c === "'" || c === 'ư') } as unknown as FontRegistry;
    const findings = languageGlyphFindings(publication, pack, lacking);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.code === 'language-glyphs' && f.severity === 'error')).toBe(true);
    expect(findings.map((f) => f.message).join('\n')).toMatch(/tiếng Tày/);
    expect(findings.map((f) => f.message).join('\n')).toMatch(/tiếng Mông/);
    expect(findings.map((f) => f.message).join('\n')).not.toMatch(/tiếng Dao/);
  });

  it('the sample leaflet keeps rendering as before (no translations, no new findings)', async () => {
    const sample = readFileSync(join(ROOT, 'samples', 'leaflet-tgpl.json'), 'utf8');
    const { findings } = await renderPublication(sample, { ...ctx, baseDir: join(ROOT, 'samples') });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
