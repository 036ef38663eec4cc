// The places an import could not decide, as an editor reads them: where
// (line and column of a text file, or paragraph of a Word file), the word as
// converted, and what to check.
import type { ImportNote } from '../../contract/import.js';
import type { LegacyNote } from './legacy/note.js';

export type { ImportNote };

const MESSAGES: Record<LegacyNote['reason'], string> = {
  'tcvn3-capitals':
    'chữ hoa có dấu kiểu phông .VnTimeH: bảng mã TCVN3 không phân biệt được chữ hoa với chữ thường, đã đoán là chữ hoa theo các chữ xung quanh. Hãy kiểm tra.',
  'tcvn3-sentence-capital':
    'chữ có dấu đầu câu: TCVN3 không có chữ hoa này, đã đoán là chữ hoa vì đứng đầu câu. Hãy kiểm tra.',
  undecodable: 'không đọc được thành chữ tiếng Việt: có thể là ký hiệu lạ, lỗi gõ hoặc một bảng mã khác. Hãy sửa tay.',
};

export function importNote(note: LegacyNote, where: string): ImportNote {
  return { where, text: note.text, message: MESSAGES[note.reason] };
}

/** "dòng L, cột C" of `offset` in `text` (1-based). */
export function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `dòng ${line}, cột ${offset - before.lastIndexOf('\n')}`;
}
