// `import FILE.(docx|txt) -o PUB.json [--encoding auto|tcvn3|vni|unicode] [--template ID]`:
// a Word or text file (old encodings too) as a publication file. The places
// the import could not decide are printed for the editor, with where they are.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { importFile } from '../services/import/index.js';
import { ENCODING_CHOICES, ENCODING_LABELS, type EncodingChoice } from '../services/import/legacy/index.js';
import { InputError } from '../contract/errors.js';
import { writeOutput, type CommandContext } from './commands.js';
import { UsageError } from './usage.js';

export async function importCommand(
  _c: CommandContext,
  file: string,
  output: string | undefined,
  encoding: string | undefined,
  template: string | undefined,
): Promise<0> {
  if (!output || extname(output).toLowerCase() !== '.json') throw new UsageError('lệnh import cần tệp ra: -o ẤN_PHẨM.json');
  const choice = (encoding ?? 'auto') as EncodingChoice;
  if (!ENCODING_CHOICES.includes(choice)) throw new UsageError(`--encoding cần một trong: ${ENCODING_CHOICES.join(', ')}`);

  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new InputError('không đọc được tệp; hãy kiểm tra đường dẫn.', { file });
  }
  const { publication, conversion, notes } = await importFile(file, bytes, { encoding: choice, ...(template && { template }) });
  writeOutput(output, JSON.stringify(publication, null, 2) + '\n');

  for (const note of notes) process.stderr.write(`CẢNH BÁO ${file}, ${note.where}: "${note.text}" — ${note.message}\n`);
  const how = conversion.undecided
    ? 'không xác định được bảng mã, giữ nguyên Unicode'
    : `bảng mã ${ENCODING_LABELS[conversion.encoding]}${conversion.decomposed ? ' tổ hợp' : ''}`;
  const blocks = Object.values(publication.slots).flat().length;
  console.log(`Đã ghi ${output} (${blocks} khối, ${how}${notes.length ? `, ${notes.length} chỗ cần kiểm tra` : ''}).`);
  return 0;
}
