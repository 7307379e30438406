import { CAMPAIGN_SCOPED_TABLES, type CampaignSummary } from '../../../shared/model';

/**
 * The board's cards as last computed, so a window's reload or a full refetch costs what it
 * takes to send 2,000 cards rather than to evaluate 2,000 gates and plans again. Every commit
 * in this process marks the campaigns it concerned as dirty (or everything, for a write every
 * card shows: a person, a client, a stage). Commits by other connections (the sync worker
 * thread, the CLI) show in SQLite's data_version; the change log then names what they
 * touched (`followOthers`). A new day changes overdue and slack: it drops the whole cache.
 */
export class SummaryCache {
  private cards: Map<string, CampaignSummary> | null = null;
  private sorted: CampaignSummary[] | null = null;
  private readonly dirty = new Set<string>();
  private stamp = '';
  private version: number | null = null;
  private rowid = 0;

  /**
   * Before a read: when another connection committed (`version`, SQLite's data_version, moved),
   * mark the campaigns its writes concerned (`changedSince` the change-log row we had seen;
   * null: everything) and remember how far the log was read (`lastRowid`, taken first, so a
   * write in between is read again next time rather than missed).
   */
  followOthers(
    version: number,
    lastRowid: () => number,
    changedSince: (rowid: number) => readonly string[] | null,
  ): void {
    if (!this.cards || this.version === null) {
      // Computed from scratch next: start following from here.
      this.version = version;
      this.rowid = lastRowid();
      return;
    }
    if (version === this.version) return;
    this.version = version;
    const upTo = lastRowid();
    const campaignIds = changedSince(this.rowid);
    this.rowid = upTo;
    if (campaignIds === null) this.clear();
    else this.onCommit(['campaign'], campaignIds);
  }

  /**
   * Told by the connection that wrote them (the sync worker thread) which campaigns the
   * change-log rows after `after` up to `upTo` concern. When that range continues where this
   * cache had read the log to, it moves on past it, so `followOthers` does not read those rows
   * again on this thread; otherwise (a write in between, or one already read) it only marks.
   */
  followed(after: number, upTo: number, campaignIds: readonly string[] | null): void {
    if (!this.cards) return;
    this.onCommit(['campaign'], campaignIds);
    if (this.rowid === after) this.rowid = upTo;
  }

  /** After a commit in this process: `campaignIds` null means it could not name them. */
  onCommit(tables: readonly string[], campaignIds: readonly string[] | null): void {
    if (!this.cards) return;
    if (campaignIds === null || tables.some((t) => !CAMPAIGN_SCOPED_TABLES.has(t))) {
      this.clear();
      return;
    }
    for (const id of campaignIds) this.dirty.add(id);
    if (campaignIds.length > 0) this.sorted = null;
  }

  /**
   * Recomputes at most `max` of the dirty cards now, so a caller can spread a big refresh (a
   * teammate's catch-up) over several turns of the event loop. True while more stay dirty;
   * false too when everything is due anyway (nothing kept, or a new `stamp`).
   */
  refreshSome(stamp: string, max: number, one: (id: string) => CampaignSummary | null): boolean {
    if (!this.cards || stamp !== this.stamp) return false;
    let done = 0;
    for (const id of this.dirty) {
      if (done++ >= max) return true;
      const card = one(id);
      if (card) this.cards.set(id, card);
      else this.cards.delete(id);
      this.dirty.delete(id);
      this.sorted = null;
    }
    return false;
  }

  clear(): void {
    this.cards = null;
    this.sorted = null;
    this.dirty.clear();
  }

  /**
   * Every card, by name. `stamp` is what invalidates everything when it differs (today's
   * date); `all` computes every card, `one` a single card (null when
   * the campaign is gone).
   */
  list(
    stamp: string,
    all: () => CampaignSummary[],
    one: (id: string) => CampaignSummary | null,
    compare: (a: CampaignSummary, b: CampaignSummary) => number,
  ): CampaignSummary[] {
    // Many dirty cards (a teammate's catch-up): computing every card in one pass costs less
    // than one card at a time past about an eighth of the board.
    const most = this.cards !== null && this.dirty.size > Math.max(50, this.cards.size / 8);
    if (stamp !== this.stamp || !this.cards || most) {
      this.clear();
      this.stamp = stamp;
      this.sorted = all();
      this.cards = new Map(this.sorted.map((c) => [c.id, c]));
      return this.sorted;
    }
    for (const id of this.dirty) {
      const card = one(id);
      if (card) this.cards.set(id, card);
      else this.cards.delete(id);
    }
    this.dirty.clear();
    this.sorted ??= [...this.cards.values()].sort(compare);
    return this.sorted;
  }
}
