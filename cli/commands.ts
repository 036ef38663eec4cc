// The headless commands: the same pipeline the app uses, on files.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { InputError } from '../contract/errors.js';
import type { Finding } from '../contract/findings.js';
import { createPipelineContext, officeProof, preflightPublication, renderDocx, renderPublication } from '../engine/index.js';
import type { Publication } from '../contract/publication-format.js';
import { decodeUtf8, parsePublicationJson } from '../engine/validate.js';
import { userTemplatesDir } from '../services/storage/paths.js';
import { UsageError } from './usage.js';

export interface CommandContext {
  appRoot: string;
  dataDir: string;
}

type ExitCode = 0 | 1;

const pipeline = (c: CommandContext) =>
  createPipelineContext({ appRoot: c.appRoot, userTemplatesDir: userTemplatesDir(c.dataDir) });

/** A publication file, read and checked; a missing or unreadable file is the user's to fix. */
function loadPublication(file: string): Publication {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'không tìm thấy tệp' : code === 'EISDIR' ? 'đây là thư mục, không phải tệp' : 'không đọc được tệp';
    throw new InputError(`${reason}; hãy kiểm tra đường dẫn.`, { file });
  }
  return parsePublicationJson(decodeUtf8(bytes, file), file);
}

/**
 * `proof`: the office proof instead of the printer PDF; `limitInk`: CMYK
 * pictures over the ink limit are brought down to it. Exit 1 when a finding
 * is an error for what was asked (the file is still written, to look at).
 */
export async function render(c: CommandContext, file: string, output: string | undefined, proof: boolean, limitInk = false): Promise<ExitCode> {
  if (!output) throw new UsageError('lệnh render cần tệp ra: -o RA.pdf');
  const kind = extname(output).toLowerCase();
  if (kind === '.docx' && proof) throw new UsageError('--proof chỉ dùng với -o RA.pdf');
  if (kind === '.docx' && limitInk) throw new UsageError('--limit-ink chỉ dùng với -o RA.pdf');
  if (kind !== '.pdf' && kind !== '.docx') throw new UsageError(`không biết xuất ra "${kind || output}"; hãy dùng -o RA.pdf hoặc -o RA.docx`);

  const publication = loadPublication(file);
  if (kind === '.docx') {
    const { docx } = await renderDocx(publication, { ...(await pipeline(c)), baseDir: dirname(resolve(file)), file });
    writeOutput(output, docx);
    console.log(`Đã ghi ${output} (tài liệu Word).`);
    return 0;
  }
  // The layout's findings; the PDF/X file rules are `preflight`'s (docs/performance.md).
  const result = await renderPublication(publication, { ...(await pipeline(c)), baseDir: dirname(resolve(file)), file }, { fileRules: false, keepItems: false, proof, limitInk });
  // The office proof is made from the printer PDF itself, so it shows exactly what goes to print.
  const bytes = proof ? await officeProof(result.pdf, result.pack) : result.pdf;
  writeOutput(output, bytes);
  printFindings(result.findings, process.stderr);
  const what = proof ? `bản in thử, ${result.layout.pages.length} trang` : `${result.layout.pages.length} trang`;
  console.log(`Đã ghi ${output} (${what}).`);
  if (!result.findings.some((f) => f.severity === 'error')) return 0;
  console.error(proof ? 'Bản in thử có lỗi (xem trên): hãy sửa trước khi duyệt.' : 'Tệp in có lỗi (xem trên), nhà in sẽ không nhận: hãy sửa rồi xuất lại.');
  return 1;
}

export function writeOutput(output: string, bytes: Uint8Array | string): void {
  try {
    writeFileSync(output, bytes);
  } catch (error) {
    throw new InputError(`không ghi được tệp (${(error as NodeJS.ErrnoException).code ?? 'lỗi'}); hãy kiểm tra thư mục và quyền ghi.`, { file: output });
  }
}

/** `limitInk`: checks the file `render --limit-ink` writes. */
export async function preflight(c: CommandContext, file: string, json: boolean, limitInk = false): Promise<ExitCode> {
  const publication = loadPublication(file);
  const context = await pipeline(c);
  // The legal checks read the store of --data without writing it: the same findings as the app's preview.
  // Loaded here, not at the top, so `render` does not pay for the store (docs/performance.md).
  const { legalContentFindings } = await import('../services/library/preflight-checks.js');
  const { readOnlyLegalSources } = await import('../services/library/preflight-sources.js');
  const findings = [
    ...(await preflightPublication(publication, { ...context, baseDir: dirname(resolve(file)), file }, { limitInk })),
    ...legalContentFindings(publication, readOnlyLegalSources(c.dataDir), context),
  ];
  if (json) console.log(JSON.stringify({ file, findings }, null, 2));
  else if (findings.length === 0) console.log(`${file}: không có vấn đề nào.`);
  else printFindings(findings, process.stdout);
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/** Broken packs make the exit code 1: a pack in the templates folder is input to fix. */
export async function templates(c: CommandContext): Promise<ExitCode> {
  const { templates: registry } = await pipeline(c);
  for (const { definition: d, source, dir } of registry.packs.values()) {
    const size = `${d.trim.widthMm}×${d.trim.heightMm} mm`;
    console.log(`${d.id}\t${d.name}\t${d.kind}\t${size}\t${source === 'builtin' ? 'có sẵn' : 'của người dùng'}\t${dir}`);
  }
  if (registry.packs.size === 0) console.log('Chưa có mẫu nào.');
  for (const p of registry.problems) {
    console.error(`Mẫu hỏng: ${new InputError(p.message, { file: p.file, field: p.field }).describe()}`);
  }
  return registry.problems.length ? 1 : 0;
}

const SEVERITY_LABEL: Record<Finding['severity'], string> = { error: 'LỖI', warning: 'CẢNH BÁO', info: 'GHI CHÚ' };

function printFindings(findings: Finding[], out: NodeJS.WritableStream): void {
  for (const f of findings) {
    const page = f.page ? ` (trang ${f.page})` : '';
    const where = f.source ? ` [${f.source.slot}[${f.source.index}]]` : '';
    out.write(`${SEVERITY_LABEL[f.severity]}${page}${where} ${f.code}: ${f.message}\n`);
  }
}
