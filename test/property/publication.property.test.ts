// Property tests over the publication format and the layout: for any valid
// publication (random blocks, Vietnamese with tone marks, NBSP, very long
// words, empty strings where the format allows them) reading it is stable
// and NFC, and rendering it never throws: every block is placed on a page or
// reported as overflow. Seeded and bounded, so CI runs the same cases.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPipelineContext, renderPublication, type PipelineContext } from '../../engine/index.js';
import type { Block, Publication } from '../../contract/publication-format.js';
import { readPublication } from '../../engine/validate.js';

const APP_ROOT = resolve(import.meta.dirname, '../..');
const SEED = 7_112_025;

// ---- generators --------------------------------------------------------------

const SYLLABLES = ['người', 'được', 'trợ', 'giúp', 'pháp', 'lý', 'miễn', 'phí', 'quyền', 'nghĩa', 'vụ', 'Lạng', 'Sơn', 'đồng', 'bào', 'dân', 'tộc', 'thiểu', 'số', 'hòa', 'giải', 'khiếu', 'nại', 'tố', 'cáo', 'Ủy', 'ban', 'xã', 'Điều', '12', '1800.1233'];
const syllable = fc.constantFrom(...SYLLABLES);
/** A word with no break opportunity, as in URLs or file numbers. */
const longWord = fc.integer({ min: 30, max: 400 }).map((n) => 'Nghịđịnh'.repeat(Math.ceil(n / 8)).slice(0, n));
const separator = fc.constantFrom(' ', ' ', ' ', '\u00a0', ', ', '. ', ' – ');
const word = fc.oneof({ weight: 12, arbitrary: syllable }, { weight: 1, arbitrary: longWord }, { weight: 1, arbitrary: syllable.map((s) => `**${s}**`) }, { weight: 1, arbitrary: syllable.map((s) => `*${s}*`) });
/** Non-blank Vietnamese text; sometimes decomposed (NFD), as some keyboards type it. */
const text = (maxWords: number) =>
  fc
    .tuple(fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: maxWords }), fc.boolean())
    .map(([parts, nfd]) => {
      const joined = parts.map(([w, s]) => w + s).join('').trim() || 'trợ giúp';
      return nfd ? joined.normalize('NFD') : joined;
    });
const maybeEmpty = (maxWords: number) => fc.oneof(text(maxWords), fc.constant(''));

const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ type: fc.constant('heading' as const), level: fc.integer({ min: 1, max: 3 }), text: text(12) }),
  fc.record({ type: fc.constant('paragraph' as const), text: maybeEmpty(80), align: fc.constantFrom('justify', 'left', 'center', 'right') }, { requiredKeys: ['type', 'text'] }),
  fc.record({ type: fc.constant('list' as const), ordered: fc.boolean(), items: fc.array(text(15), { minLength: 1, maxLength: 6 }) }),
  fc.record({ type: fc.constant('qa' as const), question: text(15), answer: text(50) }),
  fc.record({ type: fc.constant('callout' as const), title: maybeEmpty(6), text: text(40), tone: fc.constantFrom('info', 'important') }, { requiredKeys: ['type', 'text'] }),
  fc.record({ type: fc.constant('qr' as const), data: fc.constantFrom('tel:18001233', 'https://trogiupphaply.langson.gov.vn/'), caption: maybeEmpty(5), sizeMm: fc.integer({ min: 10, max: 40 }) }, { requiredKeys: ['type', 'data'] }),
  fc.record({ type: fc.constant('pageBreak' as const) }),
) as fc.Arbitrary<Block>;

const publication = (template: string, slots: string[]) =>
  fc
    .record({
      // The title is at most 500 characters: short words only.
      title: fc.array(syllable, { minLength: 1, maxLength: 12 }).map((w) => w.join(' ')),
      subtitle: maybeEmpty(10),
      slots: fc.tuple(...slots.map(() => fc.array(block, { maxLength: 14 }))),
    })
    .map(
      ({ title, subtitle, slots: contents }): Publication => ({
        format: 'anpham/publication@1',
        template,
        meta: { title, subtitle },
        variables: { centre: { name: 'Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Lạng Sơn', phone: '0205 3 812 345' } },
        slots: Object.fromEntries(slots.map((name, i) => [name, contents[i]])),
      }),
    );

// ---- properties --------------------------------------------------------------

/** Blocks that draw something: empty paragraphs and page breaks need not appear. */
const draws = (b: Block) => b.type !== 'pageBreak' && !(b.type === 'paragraph' && b.text.trim() === '');

let ctx: PipelineContext;
beforeAll(() => {
  ctx = createPipelineContext({ appRoot: APP_ROOT, creationDate: new Date('2025-01-01T00:00:00Z') });
});

describe('the publication format', () => {
  it('reads any valid publication to NFC, and reading again changes nothing', () => {
    fc.assert(
      fc.property(publication('leaflet-trifold-a4', ['cover', 'body', 'back']), (input) => {
        const once = readPublication(JSON.parse(JSON.stringify(input)));
        expect(readPublication(JSON.parse(JSON.stringify(once)))).toEqual(once);
        const texts = JSON.stringify(once);
        expect(texts).toBe(texts.normalize('NFC'));
        expect(once.slots.body).toHaveLength(input.slots.body.length);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe.each([
  { template: 'leaflet-trifold-a4', runs: 40 },
  { template: 'pocketbook-a6', runs: 10 },
])('rendering $template', ({ template, runs }) => {
  const slots = Object.keys(JSON.parse(readFileSync(resolve(APP_ROOT, 'templates', template, 'template.json'), 'utf8')).slots as object);

  it('never throws; every block is on a page or reported as overflow', async () => {
    await fc.assert(
      fc.asyncProperty(publication(template, slots), async (input) => {
        const { layout, pdf, findings } = await renderPublication(input, ctx, { fileRules: false });
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        expect(layout.pages.length).toBeGreaterThan(0);

        const placed = new Set(layout.pages.flatMap((p) => p.items).flatMap((i) => ('source' in i && i.source ? [`${i.source.slot}:${i.source.index}`] : [])));
        const overflowed = new Set(layout.overflow.flatMap((o) => o.blocks.map((s) => `${s.slot}:${s.index}`)));
        for (const [slot, blocks] of Object.entries(input.slots)) {
          blocks.forEach((b, index) => {
            if (draws(b)) expect(placed.has(`${slot}:${index}`) || overflowed.has(`${slot}:${index}`), `${slot}[${index}] ${b.type} lost`).toBe(true);
          });
        }
        // Overflow is never silent.
        expect(findings.some((f) => f.code === 'overflow')).toBe(layout.overflow.length > 0);
      }),
      { seed: SEED, numRuns: runs },
    );
  }, 120_000);
});
