// Reading a publication file: JSON text → checked Publication → NFC text.
// Every failure is an InputError that names the file and the field (or the
// line and column) in Vietnamese, because the person fixing it is an editor.
import { z } from 'zod';
import { checkCentreLogo } from './centre-logo.js';
import { InputError, fieldPath } from '../contract/errors.js';
import { toNFC } from './normalise.js';
import { BLOCK_TYPES, publicationSchema, type Publication } from '../contract/publication-format.js';

/** `text` as a publication file: broken JSON names `file` and line:column. */
export function parsePublicationJson(text: string, file: string): Publication {
  return readPublication(parseJsonText(text, file), file);
}

/** Checks already-parsed data against the publication schema (and its logo, centre-logo.ts) and returns it in NFC. */
export function readPublication(input: unknown, file?: string): Publication {
  checkCentreLogo(input, file);
  return toNFC(checkWithSchema(publicationSchema, input, file));
}

/** The path of the first string holding U+0000, walked without recursion (data may nest deeply). */
function pathToNul(value: unknown): PropertyKey[] | undefined {
  const pending: [unknown, PropertyKey[]][] = [[value, []]];
  while (pending.length) {
    const [current, path] = pending.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\0')) return path;
    } else if (typeof current === 'object' && current !== null) {
      for (const [key, child] of Object.entries(current).reverse()) pending.push([child, [...path, Array.isArray(current) ? Number(key) : key]]);
    }
  }
  return undefined;
}

/** A file's bytes as text; anything but UTF-8 (a legacy code page, UTF-16) is named, not turned into "�". */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    throw new InputError(
      `tệp không được mã hóa UTF-8${utf16 ? ' (đang là UTF-16)' : ' (có thể là TCVN3, VNI hoặc Windows-1258)'}; hãy mở tệp và lưu lại với mã hóa UTF-8.`,
      { file },
    );
  }
}

/** JSON.parse that reports where the text is broken as "dòng L, cột C" of `file`. */
export function parseJsonText(text: string, file: string): unknown {
  // A UTF-8 byte-order mark is what Notepad writes; it is not an error.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (err) {
    const { line, column } = lineColumn(body, errorOffset(String((err as Error).message), body));
    throw new InputError(
      `JSON không hợp lệ ở dòng ${line}, cột ${column} (${line}:${column}). ` +
        'Hãy kiểm tra dấu phẩy, dấu ngoặc và dấu nháy kép quanh chỗ đó.',
      { file },
    );
  }
}

/**
 * `schema.parse` with Vietnamese messages: the first problem becomes the
 * error's field and message; the count of the rest is added so nothing hides.
 */
export function checkWithSchema<S extends z.ZodType>(schema: S, input: unknown, file?: string): z.infer<S> {
  let result: z.ZodSafeParseResult<z.infer<S>>;
  try {
    result = schema.safeParse(input, { error: vietnameseMessage });
  } catch (error) {
    // zod checks nested values recursively: thousands of nested brackets exhaust the stack.
    if (error instanceof RangeError) throw new InputError('dữ liệu lồng nhau quá sâu (hàng nghìn cặp ngoặc); hãy kiểm tra lại tệp.', { file });
    throw error;
  }
  if (result.success) {
    // A NUL is never text: it comes from a damaged file or a binary pasted in, and would print as nothing.
    const nul = pathToNul(result.data);
    if (nul !== undefined) throw new InputError('có ký tự NUL (\\0) trong văn bản; hãy xóa ký tự đó hoặc gõ lại chỗ này.', { file, field: fieldPath(nul) || undefined });
    return result.data;
  }
  const [first, ...rest] = result.error.issues;
  const more = rest.length ? ` (và ${rest.length} lỗi khác)` : '';
  throw new InputError(first.message + more, { file, field: fieldPath(first.path) || undefined });
}

/** Default messages in Vietnamese; a schema's own message (already Vietnamese) takes precedence. */
function vietnameseMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'thiếu trường này'
        : `cần ${typeName(String(issue.expected))}, nhưng đang là ${typeName(valueKind(issue.input))}`;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator === 'type') {
        const given = (issue.input as { type?: unknown } | undefined)?.type;
        const shown = given === undefined ? 'thiếu "type"' : `loại khối ${JSON.stringify(given)} không có`;
        return `${shown}; hãy dùng một trong: ${BLOCK_TYPES.join(', ')}`;
      }
      return 'giá trị không khớp với dạng nào được phép';
    case 'invalid_value':
      return `phải là một trong: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `cần ít nhất ${issue.minimum} ${issue.origin === 'string' ? 'ký tự' : 'mục'}`
        : `phải ${issue.inclusive ? '≥' : '>'} ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `nhiều nhất ${issue.maximum} ${issue.origin === 'string' ? 'ký tự' : 'mục'}`
        : `phải ${issue.inclusive ? '≤' : '<'} ${issue.maximum}`;
    case 'invalid_format':
      return 'không đúng định dạng';
    case 'invalid_key':
      return 'tên khóa không hợp lệ (chỉ chữ cái không dấu, số, "_" và "-", bắt đầu bằng chữ cái)';
    case 'unrecognized_keys':
      return `trường không được biết đến: ${issue.keys.join(', ')}`;
    default:
      return undefined;
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi văn bản',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  array: 'danh sách [ … ]',
  object: 'đối tượng { … }',
  null: 'null',
};

function typeName(kind: string): string {
  return TYPE_NAMES[kind] ?? kind;
}

function valueKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Offset of the fault from V8's message ("at position N" or "line L column C"); the end of the text otherwise. */
function errorOffset(message: string, text: string): number {
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) {
    const lines = text.split('\n').slice(0, Number(lineCol[1]) - 1);
    return lines.reduce((sum, l) => sum + l.length + 1, 0) + Number(lineCol[2]) - 1;
  }
  const position = /position (\d+)/.exec(message);
  return position ? Number(position[1]) : text.length;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
