// A record the caller named does not exist (deleted meanwhile, or a wrong id).
export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}
