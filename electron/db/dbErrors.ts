/** Why a database file could not be opened, in words a person can act on. */
export class DatabaseOpenError extends Error {
  override readonly name = 'DatabaseOpenError';
  constructor(
    message: string,
    readonly reason: 'not_sqlite' | 'corrupt' | 'not_writable' | 'locked' | 'unknown',
  ) {
    super(message);
  }
}
