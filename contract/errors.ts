// Every error a caller can act on, in one tree, with the code the API reports
// it under. A user-fixable error carries a Vietnamese message that names the
// file and field and says what to do; anything that is not one of these is a
// bug, reported as `internal` without a stack or a path.
//
//   AppError
//   ├─ InputError     invalid-input  the input is wrong (file, field, what to do)
//   ├─ NotFoundError  not-found      the named record does not exist
//   └─ ConflictError  conflict       valid, but not in the record's present state

export const ERROR_CODES = ['invalid-input', 'not-found', 'conflict', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What a user can read and act on: a message in Vietnamese, where, and a code. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  field?: string;
  file?: string;
}

export abstract class AppError extends Error {
  abstract readonly code: Exclude<ErrorCode, 'internal'>;

  /** The line a user reads. */
  describe(): string {
    return this.message;
  }

  toApiError(): ApiError {
    return { code: this.code, message: this.describe() };
  }
}

export class InputError extends AppError {
  readonly code = 'invalid-input';
  readonly file?: string;
  readonly field?: string;
  constructor(message: string, where: { file?: string; field?: string } = {}) {
    super(message);
    this.name = 'InputError';
    this.file = where.file;
    this.field = where.field;
  }

  /** "tệp.json, trường slots.body[2].type: …" — the line a user reads. */
  override describe(): string {
    const where = [this.file, this.field && `trường ${this.field}`].filter(Boolean).join(', ');
    return where ? `${where}: ${this.message}` : this.message;
  }

  override toApiError(): ApiError {
    return { code: this.code, message: this.describe(), field: this.field, file: this.file };
  }
}

/** A record the caller named does not exist (deleted meanwhile, or a wrong id). */
export class NotFoundError extends AppError {
  readonly code = 'not-found';
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/**
 * A request that is valid but cannot be done in the record's present state
 * (saving a publication that is locked for approval, approving a draft).
 */
export class ConflictError extends AppError {
  readonly code = 'conflict';
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

/** `slots.body[2].type` from a zod issue path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += (out ? '.' : '') + String(part);
  }
  return out;
}
