// A Word file → paragraphs. mammoth reads the .docx into plain HTML by style
// (Heading 1–3 → h1–h3, lists → ul/ol, bold/italic → strong/em, pictures →
// data: URLs); this module walks that HTML with a real parser. The styles the
// DOCX export writes for Q&A map back to questions and answers, so a
// publication sent out as Word for comments comes back with its structure.
import { ElementType, parseDocument } from 'htmlparser2';
import mammoth from 'mammoth';
import { InputError } from '../../contract/errors.js';
import { convertLegacy, detectEncoding, type Converted, type EncodingChoice } from './legacy/index.js';
import { importNote, type ImportNote } from './notes.js';
import type { ImportedParagraph } from './paragraphs.js';

type Node = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<Node, { attribs: Record<string, string> }>;

const STYLE_MAP = [
  "p[style-name='question'] => p.question:fresh",
  "p[style-name='answer'] => p.answer:fresh",
  "p[style-name='calloutTitle'] => p.calloutTitle:fresh",
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='coverTitle'] => h1:fresh",
];

export interface DocxImport {
  paragraphs: ImportedParagraph[];
  conversion: Omit<Converted, 'text' | 'notes'>;
  notes: ImportNote[];
}

export async function importDocx(bytes: Uint8Array, file: string, encoding: EncodingChoice = 'auto'): Promise<DocxImport> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP })).value;
  } catch {
    throw new InputError('không đọc được tệp Word (.docx); tệp có thể bị hỏng hoặc là định dạng .doc cũ. Hãy mở bằng Word và lưu lại dưới dạng .docx.', { file });
  }
  const notes: ImportNote[] = [];
  const raw = blockParagraphs(parseDocument(html).children, notes);

  // One encoding for the whole document, decided on all of its text.
  const chosen = encoding === 'auto' ? detectEncoding(raw.map((p) => `${p.title ?? ''} ${p.text}`).join('\n')) : { encoding, undecided: false };
  let decomposed = false;
  const paragraphs = raw.map((p, i) => {
    const convert = (text: string) => {
      const result = convertLegacy(text, chosen.encoding);
      decomposed ||= result.decomposed;
      notes.push(...result.notes.map((n) => importNote(n, `đoạn ${i + 1}`)));
      return result.text;
    };
    return { ...p, text: convert(p.text), ...(p.title !== undefined && { title: convert(p.title) }) };
  });
  return { paragraphs, conversion: { encoding: chosen.encoding, undecided: chosen.undecided, decomposed }, notes };
}

function blockParagraphs(nodes: Node[], notes: ImportNote[]): ImportedParagraph[] {
  return nodes.filter(isElement).flatMap((el) => blockElement(el, notes));
}

function blockElement(el: Element, notes: ImportNote[]): ImportedParagraph[] {
  const heading = /^h([1-6])$/.exec(el.name);
  if (heading) return nonEmpty({ role: 'heading', level: Math.min(3, Number(heading[1])), text: inline(el.children) });
  switch (el.name) {
    case 'p':
      return [...images(el, notes), ...nonEmpty({ role: roleOfClass(el.attribs.class), text: inline(el.children) })];
    case 'ul':
    case 'ol':
      return listItems(el, el.name === 'ol');
    case 'table':
      return table(el, notes);
    default:
      return blockParagraphs(el.children, notes);
  }
}

function roleOfClass(cls: string | undefined): ImportedParagraph['role'] {
  return cls === 'question' ? 'question' : cls === 'answer' ? 'answer' : 'paragraph';
}

/** Nested lists are flattened into their parent list: a publication list has one level. */
function listItems(list: Element, ordered: boolean): ImportedParagraph[] {
  return list.children.filter(isElement).flatMap((li) => {
    const own = li.children.filter((c) => !(isElement(c) && (c.name === 'ul' || c.name === 'ol')));
    const nested = li.children.filter((c): c is Element => isElement(c) && (c.name === 'ul' || c.name === 'ol'));
    return [
      ...nonEmpty({ role: 'listItem', ordered, text: inline(own) }),
      ...nested.flatMap((n) => listItems(n, ordered)),
    ];
  });
}

/**
 * A one-cell table of plain paragraphs is a framed note: a callout (its first
 * paragraph the title when it is all bold). Any other table becomes one
 * paragraph per row, its cells joined with " – ", and is reported.
 */
function table(el: Element, notes: ImportNote[]): ImportedParagraph[] {
  const rows = elements(el, 'tr');
  const cells = rows.flatMap((r) => r.children.filter(isElement).filter((c) => c.name === 'td' || c.name === 'th'));
  if (rows.length === 1 && cells.length === 1) {
    const inner = blockParagraphs(cells[0].children, notes);
    if (inner.length === 0 || inner.some((p) => p.role !== 'paragraph')) return inner;
    const [first, ...rest] = inner;
    const titled = rest.length > 0 && /^\*\*[^*]+\*\*$/.test(first.text);
    const body = (titled ? rest : inner).map((p) => p.text).join(' ');
    return [{ role: 'callout', text: body, ...(titled && { title: first.text.slice(2, -2) }) }];
  }
  notes.push({ where: 'bảng', text: '', message: `một bảng ${rows.length} dòng đã được đổi thành đoạn văn (mỗi dòng một đoạn). Hãy kiểm tra.` });
  return rows.flatMap((row) =>
    nonEmpty({
      role: 'paragraph',
      text: row.children.filter(isElement).map((c) => blockParagraphs(c.children, notes).map((p) => p.text).join(' ')).filter(Boolean).join(' – '),
    }),
  );
}

/** Pictures a publication can print (PNG, JPEG) become image blocks; others are reported. */
function images(el: Element, notes: ImportNote[]): ImportedParagraph[] {
  return elements(el, 'img').flatMap((img) => {
    const src = img.attribs.src ?? '';
    if (/^data:image\/(png|jpeg);base64,/i.test(src)) return [{ role: 'image' as const, text: img.attribs.alt ?? '', src }];
    notes.push({ where: 'ảnh', text: img.attribs.alt ?? '', message: 'ảnh không phải PNG hoặc JPEG nên chưa được đưa vào; hãy chèn lại ảnh dạng PNG/JPEG.' });
    return [];
  });
}

/** Inline content as text with `**bold**` and `*italic*`; white space collapsed. */
function inline(nodes: Node[]): string {
  const text = nodes.map(inlineNode).join('').replace(/\*\*\*\*/g, '');
  return text.replace(/\s+/g, ' ').trim();
}

function inlineNode(node: Node): string {
  if (node.type === ElementType.Text) return (node as { data: string }).data;
  if (!isElement(node)) return '';
  switch (node.name) {
    case 'strong':
    case 'b':
      return marked(node.children.map(inlineNode).join(''), '**');
    case 'em':
    case 'i':
      return marked(node.children.map(inlineNode).join(''), '*');
    case 'br':
      return ' ';
    case 'img':
      return '';
    default:
      return node.children.map(inlineNode).join('');
  }
}

/** Marks hug the words: "**Địa chỉ:** …", never "** Địa chỉ: **" (which would print the stars). */
function marked(text: string, mark: string): string {
  const core = text.replace(/\s+/g, ' ').trim();
  if (!core) return text;
  return (/^\s/.test(text) ? ' ' : '') + mark + core + mark + (/\s$/.test(text) ? ' ' : '');
}

function nonEmpty(p: ImportedParagraph): ImportedParagraph[] {
  return p.text.trim() ? [p] : [];
}

function isElement(node: Node): node is Element {
  return node.type === ElementType.Tag;
}

function elements(el: Element, name: string): Element[] {
  const found: Element[] = [];
  for (const child of el.children) {
    if (!isElement(child)) continue;
    if (child.name === name) found.push(child);
    else if (child.name !== 'table') found.push(...elements(child, name));
  }
  return found;
}
