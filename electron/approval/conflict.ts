// A request that is valid but cannot be done in the record's present state
// (saving a publication that is locked for approval, approving a draft). The
// handlers report it with the `conflict` code and its Vietnamese message.
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}
