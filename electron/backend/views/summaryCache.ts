import { CAMPAIGN_SCOPED_TABLES, type CampaignSummary } from '../../../shared/model';

/**
 * The board's cards as last computed, so a window's reload or a full refetch costs what it
 * takes to send 2,000 cards rather than to evaluate 2,000 gates and plans again. Every commit
 * in this process marks the campaigns it concerned as dirty (or everything, for a write every
 * card shows: a person, a client, a stage). A commit by another process (the CLI) shows in
 * SQLite's data_version, and a new day changes overdue and slack: both drop the whole cache.
 */
export class SummaryCache {
  private cards: Map<string, CampaignSummary> | null = null;
  private sorted: CampaignSummary[] | null = null;
  private readonly dirty = new Set<string>();
  private stamp = '';

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

  clear(): void {
    this.cards = null;
    this.sorted = null;
    this.dirty.clear();
  }

  /**
   * Every card, by name. `stamp` is what invalidates everything when it differs (today's date
   * and the database's data_version); `all` computes every card, `one` a single card (null when
   * the campaign is gone).
   */
  list(
    stamp: string,
    all: () => CampaignSummary[],
    one: (id: string) => CampaignSummary | null,
    compare: (a: CampaignSummary, b: CampaignSummary) => number,
  ): CampaignSummary[] {
    if (stamp !== this.stamp || !this.cards) {
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
