// The app's native dialogs with a recording stand-in for Electron's `dialog`:
// a finished export is written exactly where the user chose, with the job's own
// bytes; a closed dialog writes nothing; the page can name only a job id or a
// purpose, from the app's own top frame; opening reads only the picked file.
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createExportJobs, type ExportJobs } from '../../services/exports/jobs.js';
import { registerFileDialogs, type NativeDialog } from '../../electron/file-dialogs.js';
import { OPEN_FILE_CHANNEL, SAVE_EXPORT_CHANNEL } from '../../contract/ipc-channels.js';

const APP_PAGE = 'file:///opt/anpham/out/renderer/index.html';
const temp = mkdtempSync(join(tmpdir(), 'anpham-dialogs-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

function setup(answer: { save?: { canceled: boolean; filePath?: string }; open?: { canceled: boolean; filePaths: string[] } }) {
  const listeners: Record<string, Listener> = {};
  const dialog = {
    showSaveDialog: vi.fn<NativeDialog['showSaveDialog']>(async () => answer.save ?? { canceled: true }),
    showOpenDialog: vi.fn<NativeDialog['showOpenDialog']>(async () => answer.open ?? { canceled: true, filePaths: [] }),
  };
  const jobs = createExportJobs();
  const log = vi.fn();
  registerFileDialogs({ handle: (channel, fn) => (listeners[channel] = fn as Listener) }, { dialog, jobs, defaultDir: () => '/home/canbo/Documents', log }, (url) => url === APP_PAGE);
  const from = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });
  return {
    dialog,
    jobs,
    log,
    save: (jobId: unknown, event = from(APP_PAGE)) => listeners[SAVE_EXPORT_CHANNEL](event, jobId),
    open: (purpose: unknown, event = from(APP_PAGE)) => listeners[OPEN_FILE_CHANNEL](event, purpose),
    from,
  };
}

const PDF_BYTES = Buffer.from('%PDF-1.3 cẩm nang\n');

async function finishedJob(jobs: ExportJobs, fileName = 'Cẩm nang pháp luật.pdf'): Promise<string> {
  const { jobId } = jobs.start(async () => ({ fileName, mimeType: 'application/pdf', bytes: PDF_BYTES }));
  await vi.waitFor(() => expect(jobs.status(jobId).state).toBe('done'));
  return jobId;
}

describe('saving an export through the native save dialog', () => {
  it('asks with a Vietnamese title, the export’s name in Documents and a PDF filter, then writes the job’s bytes to the chosen path only', async () => {
    const dir = mkdtempSync(join(temp, 'save-'));
    const target = join(dir, 'chọn ở đây.pdf');
    const t = setup({ save: { canceled: false, filePath: target } });
    const jobId = await finishedJob(t.jobs);

    expect(await t.save(jobId)).toEqual({ ok: true, value: { saved: true, fileName: 'chọn ở đây.pdf' } });
    expect(t.dialog.showSaveDialog).toHaveBeenCalledTimes(1);
    expect(t.dialog.showSaveDialog.mock.calls[0][0]).toEqual({
      title: 'Lưu tệp đã xuất',
      defaultPath: join('/home/canbo/Documents', 'Cẩm nang pháp luật.pdf'),
      filters: [{ name: 'Tệp PDF', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    expect(readdirSync(dir)).toEqual(['chọn ở đây.pdf']);
    expect(readFileSync(target)).toEqual(PDF_BYTES);
    // Handed out once: the job is gone.
    expect(await t.save(jobId)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('writes nothing when the dialog is closed, and drops the file', async () => {
    const dir = mkdtempSync(join(temp, 'cancel-'));
    const t = setup({ save: { canceled: true, filePath: join(dir, 'x.pdf') } });
    const jobId = await finishedJob(t.jobs);
    expect(await t.save(jobId)).toEqual({ ok: true, value: { saved: false } });
    expect(readdirSync(dir)).toEqual([]);
    expect(() => t.jobs.take(jobId)).toThrow(/Không có lượt xuất/);
  });

  it('offers the Word filter for a Word file', async () => {
    const t = setup({ save: { canceled: true } });
    await t.save(await finishedJob(t.jobs, 'Tờ gấp.docx'));
    expect(t.dialog.showSaveDialog.mock.calls[0][0].filters).toEqual([{ name: 'Tài liệu Word', extensions: ['docx'] }]);
  });

  it('takes only a job id: a path, bytes, an unknown or unfinished job never reach the dialog', async () => {
    const t = setup({ save: { canceled: false, filePath: join(temp, 'never.pdf') } });
    for (const bad of ['/etc/passwd', '../x.pdf', { path: '/tmp/x', bytes: 'AAAA' }, 42]) {
      expect(await t.save(bad)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(await t.save('0123456789abcdef01234567')).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const { jobId } = t.jobs.start(() => new Promise(() => {}));
    expect(await t.save(jobId)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(t.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(readdirSync(temp)).not.toContain('never.pdf');
  });

  it('reports a folder it cannot write to, naming the file', async () => {
    const target = join(temp, 'no-such-folder', 'a.pdf');
    const t = setup({ save: { canceled: false, filePath: target } });
    const answer = await t.save(await finishedJob(t.jobs));
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input', file: target } });
    expect((answer as { error: { message: string } }).error.message).toMatch(/không ghi được tệp \(ENOENT\)/);
  });

  it('refuses other pages and subframes before anything happens', async () => {
    const t = setup({ save: { canceled: false, filePath: join(temp, 'evil.pdf') } });
    const jobId = await finishedJob(t.jobs);
    await expect(t.save(jobId, t.from('https://evil.example/'))).rejects.toThrow(/refused/);
    await expect(t.save(jobId, t.from(APP_PAGE, { url: APP_PAGE }))).rejects.toThrow(/refused/);
    await expect(t.open('import', t.from('file:///etc/passwd'))).rejects.toThrow(/refused/);
    expect(t.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(t.dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('opening a file through the native open dialog', () => {
  it('asks for a Word or text file and returns only that file’s name and content', async () => {
    const picked = join(temp, 'bài viết.txt');
    writeFileSync(picked, 'Trợ giúp pháp lý miễn phí');
    const t = setup({ open: { canceled: false, filePaths: [picked] } });
    expect(await t.open('import')).toEqual({ ok: true, value: { opened: true, fileName: 'bài viết.txt', base64: Buffer.from('Trợ giúp pháp lý miễn phí').toString('base64') } });
    expect(t.dialog.showOpenDialog.mock.calls[0][0]).toEqual({
      title: 'Chọn tệp Word hoặc văn bản để nhập',
      filters: [{ name: 'Word hoặc văn bản', extensions: ['docx', 'txt'] }],
      properties: ['openFile'],
    });
  });

  it('asks for a CSV or JSON list of acts for the law registry', async () => {
    const picked = join(temp, 'danh-muc.csv');
    writeFileSync(picked, 'number,title,status\n');
    const t = setup({ open: { canceled: false, filePaths: [picked] } });
    expect(await t.open('laws')).toMatchObject({ ok: true, value: { opened: true, fileName: 'danh-muc.csv' } });
    expect(t.dialog.showOpenDialog.mock.calls[0][0]).toMatchObject({ filters: [{ extensions: ['csv', 'json'] }] });
  });

  it('reads nothing when the dialog is closed; refuses unknown purposes and files over 20 MB', async () => {
    expect(await setup({ open: { canceled: true, filePaths: [] } }).open('import')).toEqual({ ok: true, value: { opened: false } });
    const t = setup({});
    expect(await t.open('/etc/passwd')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(t.dialog.showOpenDialog).not.toHaveBeenCalled();

    const big = join(temp, 'big.docx');
    writeFileSync(big, '');
    truncateSync(big, 21 * 1024 * 1024);
    expect(await setup({ open: { canceled: false, filePaths: [big] } }).open('import')).toMatchObject({ ok: false, error: { code: 'invalid-input', file: big } });
  });
});
