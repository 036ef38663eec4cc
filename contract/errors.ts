// Errors that are the user's to fix: they name the file and the field and say
// what to do, in Vietnamese. Anything else is a bug and is reported as one.

export class InputError extends Error {
  readonly file?: string;
  readonly field?: string;
  constructor(message: string, where: { file?: string; field?: string } = {}) {
    super(message);
    this.name = 'InputError';
    this.file = where.file;
    this.field = where.field;
  }

  /** "tệp.json, trường slots.body[2].type: …" — the line a user reads. */
  describe(): string {
    const where = [this.file, this.field && `trường ${this.field}`].filter(Boolean).join(', ');
    return where ? `${where}: ${this.message}` : this.message;
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

// A record the caller named does not exist (deleted meanwhile, or a wrong id).
export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

// A request that is valid but cannot be done in the record's present state
// (saving a publication that is locked for approval, approving a draft). The
// handlers report it with the `conflict` code and its Vietnamese message.
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}
