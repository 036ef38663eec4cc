// The handover record (biên bản giao nhận tài liệu) for several distributions
// to one unit, as the two sides sign it: PDF from our own painter, DOCX opened
// by LibreOffice. The unit, every title with its quantity and the total must
// be there.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePaper } from '../../../services/papers/index.js';
import { handoverPaper } from '../../../services/papers/handover.js';
import type { HandoverData } from '../../../services/distribution/service.js';
import { requireTools, run } from '../../helpers/tools.js';
import { fixtureBundle, openRecords, removeTempDirs } from '../records/helpers.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const popplerOk = requireTools('pdftotext', 'pdffonts');
const officeOk = requireTools('soffice', 'pdftotext');

let out = '';
let data: HandoverData;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'anpham-handover-'));
  const { records, distribution } = openRecords();
  records.importBundle(fixtureBundle());
  // Văn Lãng already has x-3 (800 notebooks on 10/11/2022); a second title joins it.
  distribution.saveDistribution({ id: 'x-4', date: '2022-11-12', unitId: 'van-lang', publicationId: 'pub-2', quantity: 50, handoverNumber: '07/BB-TGPL' });
  data = distribution.handoverData(['x-3', 'x-4']);
});
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  removeTempDirs();
});

const collapse = (s: string) => s.replace(/\s+/g, ' ');

function expectHandover(text: string): void {
  const lines = data.lines;
  expect(text).toContain('BIÊN BẢN GIAO NHẬN TÀI LIỆU');
  expect(text).toContain('Huyện Văn Lãng');
  expect(text).toContain('Sổ tay trợ giúp pháp lý');
  expect(text).toContain('Sách bỏ túi pháp luật về đất đai');
  expect(text).toContain('07/BB-TGPL');
  const total = lines.reduce((sum, l) => sum + l.quantity, 0);
  expect(text).toMatch(new RegExp(`Tổng cộng ${total.toLocaleString('de-DE')}`));
}

describe('handover record', () => {
  it.skipIf(!popplerOk)('as PDF: the unit, each title, its quantity and the total, fonts embedded', async () => {
    const { bytes, fileName } = await writePaper(handoverPaper(data), 'pdf', { appRoot: ROOT });
    const file = join(out, fileName);
    writeFileSync(file, bytes);
    for (const line of run('pdffonts', [file]).split('\n').slice(2).filter(Boolean)) expect(line).toMatch(/\byes\s+yes\s+yes\b/);
    expectHandover(collapse(run('pdftotext', ['-layout', file, '-'])));
  });

  it.skipIf(!officeOk)('as DOCX: LibreOffice opens it with the same figures', async () => {
    const { bytes, fileName } = await writePaper(handoverPaper(data), 'docx', { appRoot: ROOT });
    const file = join(out, fileName);
    writeFileSync(file, bytes);
    run('soffice', [`-env:UserInstallation=file://${join(out, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, file]);
    expectHandover(collapse(run('pdftotext', ['-layout', file.replace(/\.docx$/, '.pdf'), '-'])));
  });
});
