/**
 * The lines of a batch or snapshot body (UTF-8, each line ending with a newline), decoded one
 * at a time as the reader asks for them. A body is nearly all ASCII: decoded line by line,
 * most lines stay one-byte strings, which JSON.parse reads faster than slices of one large
 * string made two-byte by a single "→" (a third less time to decode a 100k-change catch-up).
 * And no array of every line is held while they are parsed: a catch-up's 40 MB of line text
 * dies young instead of being copied by each garbage collection it lives through. A newline
 * byte is never part of a multi-byte UTF-8 character.
 */
export class BodyLines {
  /** Lines in the body: the newlines counted, nothing decoded. Text after the last is not one. */
  readonly count: number;
  private start = 0;

  /**
   * `count` when the lines were counted already (a verified batch's header holds it): a second
   * scan of a 2 MB body for its newlines is a millisecond per batch of a catch-up.
   */
  constructor(
    private readonly bytes: Buffer,
    count?: number,
  ) {
    if (count !== undefined) {
      this.count = count;
      return;
    }
    let n = 0;
    for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) n++;
    this.count = n;
  }

  /** The next line, without its newline; call at most `count` times. */
  next(): string {
    const end = this.bytes.indexOf(0x0a, this.start);
    if (end === -1) throw new RangeError('read past the last line of the body');
    const line = this.bytes.toString('utf8', this.start, end);
    this.start = end + 1;
    return line;
  }
}
