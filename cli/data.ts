// `data export -o BUNDLE.json` and `data import BUNDLE.json`: the whole
// records store as one bundle (docs/bundle.md). Import is all or nothing: a
// bad bundle exits 1 naming the record, and the store is not touched.
import { readFileSync, writeFileSync } from 'node:fs';
import { InputError } from '../contract/errors.js';
import { decodeUtf8, parseJsonText } from '../engine/validate.js';
import { editorPublications } from '../services/records/publication-catalogue.js';
import { createRecordsService } from '../services/records/service.js';
import { RECORD_NAMES } from '../contract/record-schemas.js';
import { openConfStore } from '../services/storage/conf-store.js';
import { migrate } from '../services/migrations.js';
import type { CommandContext } from './commands.js';
import { UsageError } from './usage.js';

function openRecords(c: CommandContext) {
  const store = openConfStore(c.dataDir);
  migrate(store);
  return createRecordsService({ dataDir: c.dataDir, store, editorPublications: editorPublications(store), migrate });
}

export function dataCommand(c: CommandContext, args: string[], output: string | undefined): 0 | 1 {
  const [action, file, ...rest] = args;
  if (action === 'export') {
    if (!output || file !== undefined) throw new UsageError('lệnh data export cần: data export -o GÓI.json');
    const text = openRecords(c).exportBundle();
    try {
      writeFileSync(output, text);
    } catch (error) {
      throw new InputError(`không ghi được tệp (${(error as NodeJS.ErrnoException).code ?? 'lỗi'}); hãy kiểm tra thư mục và quyền ghi.`, { file: output });
    }
    console.log(`Đã ghi ${output}.`);
    return 0;
  }
  if (action === 'import') {
    if (!file || rest.length || output) throw new UsageError('lệnh data import cần: data import GÓI.json');
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      throw new InputError('không đọc được tệp; hãy kiểm tra đường dẫn.', { file });
    }
    const { counts, backup } = openRecords(c).importBundle(parseJsonText(decodeUtf8(bytes, file), file), file);
    const summary = Object.entries(counts).map(([name, n]) => `${n} ${RECORD_NAMES[name as keyof typeof RECORD_NAMES]}`).join(', ');
    console.log(`Đã nhập ${file}: ${summary}.`);
    if (backup) console.log(`Dữ liệu trước khi nhập được sao lưu ở backups/${backup.id}.`);
    return 0;
  }
  throw new UsageError('lệnh data cần "export" hoặc "import"');
}
