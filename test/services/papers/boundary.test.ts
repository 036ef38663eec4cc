// pdfkit is the publishing painter's; the papers' own Decree-30 painter
// (services/papers/pdf.ts) is the one other place allowed to use it, so
// the Centre gets PDFs without an office suite. Nothing else here draws.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const DIR = join(import.meta.dirname, '..', '..', '..', 'services', 'papers');

it('only services/papers/pdf.ts imports pdfkit among the papers modules', () => {
  const users = readdirSync(DIR).filter((f) => /from ['"]pdfkit['"]/.test(readFileSync(join(DIR, f), 'utf8')));
  expect(users).toEqual(['pdf.ts']);
});
