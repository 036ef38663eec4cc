// Reading a publication file: JSON text → checked Publication → NFC text.
// Every failure is an InputError that names the file and the field (or the
// line and column) in Vietnamese, because the person fixing it is an editor.
import { z } from 'zod';
import { InputError, fieldPath } from './errors.js';
import { toNFC } from './normalise.js';
import { BLOCK_TYPES, publicationSchema, type Publication } from './publication.js';

/** `text` as a publication file: broken JSON names `file` and line:column. */
export function parsePublicationJson(text: string, file: string): Publication {
  return readPublication(parseJsonText(text, file), file);
}

/** Checks already-parsed data against the publication schema and returns it in NFC. */
export function readPublication(input: unknown, file?: string): Publication {
  return toNFC(checkWithSchema(publicationSchema, input, file));
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
  const result = schema.safeParse(input, { error: vietnameseMessage });
  if (result.success) return result.data;
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
