// `keepItems: false` (the CLI's render) lets each page's items go once it is
// painted: the PDF and the findings must be exactly those of a normal render.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipelineContext, renderPublication } from '../../engine/index.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('render without keeping the laid-out items', () => {
  // Both have findings to compare (the handbook: blank pages added; both: small type in colours of several plates).
  for (const [sample, findings] of [['handbook-tgpl.json', true], ['leaflet-tgpl.json', true]] as const) {
    it(`${sample}: same PDF and findings, pages kept but emptied`, async () => {
      const input = JSON.parse(readFileSync(join(ROOT, 'samples', sample), 'utf8')) as unknown;
      const ctx = { ...createPipelineContext({ appRoot: ROOT, creationDate: new Date('2026-01-02T00:00:00Z') }), baseDir: join(ROOT, 'samples') };
      const kept = await renderPublication(input, ctx, { fileRules: false });
      const lean = await renderPublication(input, ctx, { fileRules: false, keepItems: false });
      expect(lean.pdf.equals(kept.pdf)).toBe(true);
      expect(lean.findings).toEqual(kept.findings);
      expect(kept.findings.length > 0).toBe(findings);
      expect(lean.layout.pages).toHaveLength(kept.layout.pages.length);
      expect(lean.layout.pages.every((p) => p.items.length === 0)).toBe(true);
      expect(kept.layout.pages.some((p) => p.items.length > 0)).toBe(true);
    });
  }
});
