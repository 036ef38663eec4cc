// Stage 2 of the pipeline: the markup each slot's handlebars file made →
// the document tree (document.ts). A real XML parser reads the markup; the
// vocabulary is small and closed (docs/markup.md), so a typo in a template
// pack is an error that names the pack file, not a silently missing block.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ElementType, parseDocument } from 'htmlparser2';
import type { Align, BoxNode, ColumnsNode, DocNode, DocumentTree, Run, TextNode } from './document.js';
import { InputError } from '../contract/errors.js';
import { bookChoices } from './book-choices.js';
import type { Publication, SourceRef } from '../contract/publication-format.js';
import { resolveInside } from './safe-path.js';
import type { TemplatePack } from './template-schema.js';

/** Text styles the block partials and this parser name by default: every pack defines them. */
export const PARSER_TEXT_STYLES = ['h1', 'h2', 'h3', 'body', 'listItem', 'question', 'answer', 'calloutTitle', 'caption'] as const;
/** Box styles the callout partial names. */
export const PARSER_BOX_STYLES = ['callout', 'calloutImportant'] as const;

const BLOCK_ELEMENTS = ['h', 'p', 'list', 'qa', 'box', 'image', 'qr', 'break', 'spacer', 'pair'];
const INLINE_ELEMENTS = ['b', 'i'];
const ALIGNS: readonly Align[] = ['justify', 'left', 'center', 'right'];
const DEFAULT_QR_MM = 25;
/** Collapsible white space: everything \s matches except U+00A0, which authors type to keep words together. */
const COLLAPSIBLE = /[ \t\n\r\f\v\u2028\u2029]+/g;

type MarkupNode = ReturnType<typeof parseDocument>['children'][number];
type MarkupElement = Extract<MarkupNode, { attribs: Record<string, string> }>;
type MarkupText = Extract<MarkupNode, { data: string }>;

function isElement(node: MarkupNode): node is MarkupElement {
  return node.type === ElementType.Tag;
}

function isText(node: MarkupNode): node is MarkupText {
  return node.type === ElementType.Text;
}

export interface ParseContext {
  pack: TemplatePack;
  pub: Publication;
  /** The publication's folder: images named by the publication are looked up here first. */
  baseDir?: string;
  /** The publication file, for messages about its fields. */
  file?: string;
}

/** Where the walker is: the slot's pack file (for markup errors) and the block being read. */
interface Scope {
  ctx: ParseContext;
  templateFile: string;
  source?: SourceRef;
  /** Inside a translation's <part lang="…">: its language. */
  lang?: string;
}

/** One flow per slot the template declares, in the template's order. */
export function parseMarkup(markup: Record<string, string>, ctx: ParseContext): DocumentTree {
  const flows: Record<string, DocNode[]> = {};
  for (const [slot, definition] of Object.entries(ctx.pack.definition.slots)) {
    const scope: Scope = { ctx, templateFile: path.join(ctx.pack.dir, definition.file) };
    flows[slot] = blockNodes(parseDocument(markup[slot] ?? '', { xmlMode: true }).children, scope);
  }
  const { meta } = ctx.pub;
  return {
    title: meta.title,
    ...(meta.author !== undefined && { author: meta.author }),
    ...(meta.subtitle !== undefined && { subject: meta.subtitle }),
    language: meta.language ?? 'vi',
    flows,
    ...(ctx.pack.definition.book && { book: bookChoices(ctx.pub, ctx.pack, ctx.file) }),
  };
}

function blockNodes(children: MarkupNode[], scope: Scope): DocNode[] {
  return elementsOnly(children, scope, 'khối').flatMap((el) => blockElement(el, withSource(el, scope)));
}

function blockElement(el: MarkupElement, scope: Scope): DocNode[] {
  switch (el.name) {
    case 'h': {
      const level = numberAttr(el, 'level', scope, { min: 1, max: 3, integer: true });
      // A translated heading looks like its Vietnamese one but is not a second entry in outlines and contents.
      return textNode(el, scope, `h${level}`, scope.lang ? { keepWithNext: true } : { headingLevel: level, keepWithNext: true });
    }
    case 'p':
      return textNode(el, scope, 'body', alignAttr(el, scope));
    case 'list': {
      const ordered = el.attribs.ordered === 'true';
      return childElements(el, ['li'], scope).flatMap((li, n) =>
        textNode(li, scope, 'listItem', { marker: ordered ? `${n + 1}.` : '•' }),
      );
    }
    case 'qa':
      return childElements(el, ['question', 'answer'], scope).flatMap((part) =>
        part.name === 'question' ? textNode(part, scope, 'question', { keepWithNext: true }) : textNode(part, scope, 'answer'),
      );
    case 'box':
      return [boxNode(el, scope)];
    case 'pair':
      return pairNodes(el, scope);
    case 'image':
      return [
        {
          kind: 'image',
          src: imageSource(requiredAttr(el, 'src', scope), scope),
          ...(el.attribs.alt !== undefined && { alt: el.attribs.alt.normalize('NFC') }),
          ...(el.attribs['width-mm'] !== undefined && { widthMm: numberAttr(el, 'width-mm', scope, { min: 1, max: 1000 }) }),
          ...sourceOf(scope),
        },
        ...captions(el, scope),
      ];
    case 'qr':
      return [
        {
          kind: 'qr',
          data: requiredAttr(el, 'data', scope),
          sizeMm: el.attribs['size-mm'] === undefined ? DEFAULT_QR_MM : numberAttr(el, 'size-mm', scope, { min: 10, max: 100 }),
          ...sourceOf(scope),
        },
        ...captions(el, scope),
      ];
    case 'break':
      childElements(el, [], scope);
      return [{ kind: 'break', ...sourceOf(scope) }];
    case 'spacer':
      childElements(el, [], scope);
      return [{ kind: 'spacer', heightMm: numberAttr(el, 'height-mm', scope, { min: 0, max: 500 }), ...sourceOf(scope) }];
    default:
      throw misplaced(el, scope, 'khối');
  }
}

function boxNode(el: MarkupElement, scope: Scope): BoxNode {
  const style = requiredAttr(el, 'style', scope);
  if (!(style in scope.ctx.pack.definition.boxes)) {
    throw markupError(`kiểu khung "${style}" không có trong "boxes" của template.json (có: ${Object.keys(scope.ctx.pack.definition.boxes).join(', ')})`, scope);
  }
  return { kind: 'box', style, children: blockNodes(el.children, scope), ...sourceOf(scope) };
}

/**
 * A block and its translations: `<pair layout="side-by-side|stacked" gap-mm="4">`
 * with one `<part lang="…">` each, the Vietnamese first. Side by side they
 * become one ColumnsNode; stacked, the parts' nodes follow one another.
 */
function pairNodes(el: MarkupElement, scope: Scope): DocNode[] {
  const parts = childElements(el, ['part'], scope).map((part) => {
    const lang = requiredAttr(part, 'lang', scope);
    return blockNodes(part.children, lang === 'vi' ? scope : { ...scope, lang });
  });
  if (el.attribs.layout !== 'side-by-side') return parts.flat();
  const gapMm = el.attribs['gap-mm'] === undefined ? 4 : numberAttr(el, 'gap-mm', scope, { min: 0, max: 30 });
  const columns: ColumnsNode = { kind: 'columns', columns: parts, gapMm, ...sourceOf(scope) };
  return [columns];
}

function captions(el: MarkupElement, scope: Scope): DocNode[] {
  return childElements(el, ['caption'], scope).flatMap((caption) => textNode(caption, scope, 'caption'));
}

/** A paragraph-like node from an element's inline content; nothing when the content is empty. */
function textNode(el: MarkupElement, scope: Scope, defaultStyle: string, extra: Partial<TextNode> = {}): TextNode[] {
  const runs = tidyRuns(inlineRuns(el.children, scope, {}));
  if (runs.length === 0) return [];
  // A translated paragraph takes the pack's `translation` style when it has one.
  const fallback = scope.lang && defaultStyle === 'body' && 'translation' in scope.ctx.pack.definition.styles ? 'translation' : defaultStyle;
  return [{ kind: 'text', style: textStyle(el, scope, fallback), runs, ...extra, ...(scope.lang && { lang: scope.lang }), ...sourceOf(scope) }];
}

function inlineRuns(children: MarkupNode[], scope: Scope, format: Omit<Run, 'text'>): Run[] {
  return children.flatMap((node): Run[] => {
    if (isText(node)) return [{ text: node.data.replace(COLLAPSIBLE, ' '), ...format }];
    if (!isElement(node)) return [];
    if (node.name === 'b') return inlineRuns(node.children, scope, { ...format, bold: true });
    if (node.name === 'i') return inlineRuns(node.children, scope, { ...format, italic: true });
    throw misplaced(node, scope, 'chữ');
  });
}

/**
 * Runs as a reader sees them: one space where white space meets across run
 * boundaries, none at the ends of the block, neighbours with the same format
 * merged, text in NFC (pack files are typed by people too).
 */
function tidyRuns(raw: Run[]): Run[] {
  const runs: Run[] = [];
  for (const run of raw) {
    const previous = runs.at(-1);
    let text = run.text.normalize('NFC');
    if (!previous || previous.text.endsWith(' ')) text = text.replace(/^ /, '');
    if (!text) continue;
    if (previous && !!previous.bold === !!run.bold && !!previous.italic === !!run.italic) previous.text += text;
    else runs.push({ text, ...(run.bold && { bold: true }), ...(run.italic && { italic: true }) });
  }
  const last = runs.at(-1);
  if (last) {
    last.text = last.text.replace(/ $/, '');
    if (!last.text) runs.pop();
  }
  return runs;
}

function textStyle(el: MarkupElement, scope: Scope, fallback: string): string {
  const style = el.attribs.style ?? fallback;
  if (!(style in scope.ctx.pack.definition.styles)) {
    throw markupError(`kiểu chữ "${style}" (thẻ <${el.name}>) không có trong "styles" của template.json`, scope);
  }
  return style;
}

function alignAttr(el: MarkupElement, scope: Scope): { align?: Align } {
  const align = el.attribs.align;
  if (align === undefined) return {};
  if (!ALIGNS.includes(align as Align)) throw markupError(`align="${align}" không hợp lệ; dùng: ${ALIGNS.join(', ')}`, scope);
  return { align: align as Align };
}

// ——— images ———

/**
 * A placed image: a PNG/JPEG data: URL as it is, or a file that stays inside
 * the publication's folder (for images the publication names) or the pack's
 * `assets` folder. Anything else is refused before layout opens a file.
 */
function imageSource(src: string, scope: Scope): string {
  const { ctx, source } = scope;
  const where = source ? { file: ctx.file, field: `slots.${source.slot}[${source.index}].src` } : { file: scope.templateFile };
  if (src.startsWith('data:')) {
    if (/^data:image\/(png|jpeg);base64,/i.test(src)) return src;
    throw new InputError('ảnh nhúng chỉ nhận PNG hoặc JPEG (data:image/png;base64,… hoặc data:image/jpeg;base64,…)', where);
  }
  const roots = [source && ctx.baseDir, path.join(ctx.pack.dir, 'assets')].filter((r): r is string => !!r);
  // Every root is checked before any file is looked at, so a path that escapes is refused as such.
  const candidates = roots.map((root) => resolveInside(root, src, 'ảnh', where));
  if (!/\.(png|jpe?g)$/i.test(src)) throw new InputError(`ảnh "${src}" phải là tệp .png, .jpg hoặc .jpeg`, where);
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new InputError(`không tìm thấy ảnh "${src}" trong ${roots.join(' hoặc ')}`, where);
}

// ——— structure and attributes ———

/** The element children of `el`, which may only be `allowed` ones; white space between them is ignored. */
function childElements(el: MarkupElement, allowed: string[], scope: Scope): MarkupElement[] {
  const children = elementsOnly(el.children, scope, `<${el.name}>`);
  for (const child of children) {
    if (!allowed.includes(child.name)) {
      throw markupError(
        `thẻ <${child.name}> không được nằm trong <${el.name}>${allowed.length ? `; chỉ dùng: ${allowed.map((a) => `<${a}>`).join(', ')}` : ''}`,
        scope,
      );
    }
  }
  return children;
}

function elementsOnly(children: MarkupNode[], scope: Scope, where: string): MarkupElement[] {
  const elements: MarkupElement[] = [];
  for (const node of children) {
    if (isElement(node)) elements.push(node);
    else if (isText(node) && node.data.replace(COLLAPSIBLE, '') !== '') {
      throw markupError(`chữ "${node.data.trim().slice(0, 40)}" nằm trực tiếp trong ${where}; hãy đặt nó trong <p> hoặc thẻ chữ khác`, scope);
    }
    // Comments and processing instructions carry nothing to lay out.
  }
  return elements;
}

function requiredAttr(el: MarkupElement, name: string, scope: Scope): string {
  const value = el.attribs[name];
  if (value === undefined || value.trim() === '') throw markupError(`thẻ <${el.name}> cần thuộc tính ${name}="…"`, scope);
  return value.normalize('NFC');
}

function numberAttr(el: MarkupElement, name: string, scope: Scope, range: { min: number; max: number; integer?: boolean }): number {
  const value = Number(requiredAttr(el, name, scope));
  if (!Number.isFinite(value) || value < range.min || value > range.max || (range.integer && !Number.isInteger(value))) {
    throw markupError(`thẻ <${el.name}>: ${name}="${el.attribs[name]}" phải là ${range.integer ? 'số nguyên' : 'số'} từ ${range.min} đến ${range.max}`, scope);
  }
  return value;
}

/** The scope for an element that carries `data-slot`/`data-index` (a publication block); others inherit. */
function withSource(el: MarkupElement, scope: Scope): Scope {
  const slot = el.attribs['data-slot'];
  if (slot === undefined) return scope;
  const index = Number(el.attribs['data-index']);
  if (!Number.isInteger(index) || index < 0) throw markupError(`thẻ <${el.name}> có data-slot nhưng data-index không phải số thứ tự`, scope);
  const blockId = el.attribs['data-id'];
  return { ...scope, source: { slot, index, ...(blockId !== undefined && { blockId }) } };
}

function sourceOf(scope: Scope): { source?: SourceRef } {
  return scope.source ? { source: scope.source } : {};
}

function misplaced(el: MarkupElement, scope: Scope, context: 'khối' | 'chữ'): InputError {
  const known = [...BLOCK_ELEMENTS, ...INLINE_ELEMENTS, 'li', 'question', 'answer', 'caption', 'part'];
  if (!known.includes(el.name)) {
    return markupError(
      `thẻ <${el.name}> không có trong bộ thẻ của ấn phẩm; thẻ khối: ${BLOCK_ELEMENTS.map((e) => `<${e}>`).join(', ')}; thẻ chữ: <b>, <i> (xem docs/markup.md)`,
      scope,
    );
  }
  const allowed = context === 'khối' ? BLOCK_ELEMENTS : INLINE_ELEMENTS;
  return markupError(`thẻ <${el.name}> không dùng được ở chỗ này; ở đây chỉ dùng ${allowed.map((e) => `<${e}>`).join(', ')}`, scope);
}

/** An error in the markup a pack file made: names that file, and the block it was rendering. */
function markupError(message: string, scope: Scope): InputError {
  const block = scope.source ? ` (khi trình bày khối slots.${scope.source.slot}[${scope.source.index}])` : '';
  return new InputError(message + block, { file: scope.templateFile });
}
