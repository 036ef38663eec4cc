// A plain text file → paragraphs. Old .txt files hold one paragraph per line
// (what Word writes when saving as text), so each line is a paragraph; the
// few conventions people type are kept: "- " or "• " bullets, "1. " numbers,
// "# " headings, lines in capitals and "Chương/Phần/Mục/Điều N" as headings,
// "Hỏi:"/"Đáp:" for Q&A.
import { convertLegacy, type Converted, type EncodingChoice } from './legacy/index.js';
import { importNote, lineColumn, type ImportNote } from './notes.js';
import type { ImportedParagraph } from './paragraphs.js';

export interface TextImport {
  paragraphs: ImportedParagraph[];
  conversion: Omit<Converted, 'text' | 'notes'>;
  notes: ImportNote[];
}

export function importText(source: string, encoding: EncodingChoice = 'auto'): TextImport {
  const text = source.replace(/\r\n?/g, '\n');
  const { text: converted, notes, ...conversion } = convertLegacy(text, encoding);
  return {
    paragraphs: converted.split('\n').map((line) => line.trim()).filter(Boolean).map(lineParagraph),
    conversion,
    notes: notes.map((n) => importNote(n, lineColumn(text, n.offset))),
  };
}

const BULLET = /^[-•+*–·]\s+/u;
const NUMBERED = /^\d{1,3}[.)]\s+/;
const MARKDOWN_HEADING = /^(#{1,3})\s+/;
const PART_HEADING = /^(chương|phần|mục|điều)\s+([0-9]+|[IVXLC]+)\b/iu;

function lineParagraph(line: string): ImportedParagraph {
  const hashes = MARKDOWN_HEADING.exec(line);
  if (hashes) return { role: 'heading', level: hashes[1].length, text: line.slice(hashes[0].length) };
  if (BULLET.test(line)) return { role: 'listItem', text: line.replace(BULLET, '') };
  if (NUMBERED.test(line)) return { role: 'listItem', ordered: true, text: line.replace(NUMBERED, '') };
  const part = PART_HEADING.exec(line);
  if (part && line.length <= 160) return { role: 'heading', level: /^(chương|phần)$/iu.test(part[1]) ? 2 : 3, text: line };
  if (isCapitalsLine(line)) return { role: 'heading', level: 2, text: line };
  return { role: 'paragraph', text: line };
}

/** A short line of capitals is how headings were typed before styles. */
function isCapitalsLine(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && line.length <= 120 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
