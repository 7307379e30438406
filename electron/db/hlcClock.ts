import { formatHlc, parseHlc, receive, tick, type Hlc } from '../../shared/domain';

/** The device's hybrid logical clock; the write path persists its last value with each commit. */
export class HlcClock {
  private last: Hlc;

  constructor(
    lastText: string,
    node: string,
    private readonly wall: () => number,
  ) {
    this.last = parseHlc(lastText) ?? { millis: 0, counter: 0, node };
  }

  next(): string {
    this.last = tick(this.last, this.wall());
    return formatHlc(this.last);
  }

  /** Called when a teammate's change is applied, so later local edits sort after it. */
  observe(remote: string): void {
    const parsed = parseHlc(remote);
    if (parsed) this.last = receive(this.last, parsed, this.wall());
  }

  /** Moves forward to a value this device stored, if it is ahead (written by another process). */
  catchUp(stored: string): void {
    const parsed = parseHlc(stored);
    if (!parsed) return;
    if (
      parsed.millis > this.last.millis ||
      (parsed.millis === this.last.millis && parsed.counter > this.last.counter)
    ) {
      this.last = { ...parsed, node: this.last.node };
    }
  }

  current(): string {
    return formatHlc(this.last);
  }
}
