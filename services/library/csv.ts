// A CSV reader for lists people keep in a spreadsheet: quoted fields with
// doubled quotes and line breaks inside, CRLF or LF, a UTF-8 byte-order mark
// (what Excel's "CSV UTF-8" writes), and the separator a Vietnamese Excel
// uses (";", since "," is its decimal mark) as well as "," and tab. Each
// record remembers the file line it starts on, so an error can name it.
import { InputError } from '../../contract/errors.js';

export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  line: number;
  cells: string[];
}

/** The separator the header line uses most, outside quotes. */
function separatorOf(text: string): string {
  const header = text.split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((s) => [s, header.split(s).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

export function parseCsv(input: string, file: string): CsvRecord[] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const sep = separatorOf(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = () => {
    cells.push(cell);
    // A line with nothing on it (often the last one) is no record.
    if (cells.length > 1 || cells[0].trim() !== '') records.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line += 1;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
    } else if (ch === sep) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      start = line;
    } else cell += ch;
  }
  if (quoted) throw new InputError(`dòng ${start}: một ô mở dấu nháy kép (") mà không đóng; hãy kiểm tra ô đó.`, { file });
  if (cell !== '' || cells.length) endRecord();
  return records;
}
