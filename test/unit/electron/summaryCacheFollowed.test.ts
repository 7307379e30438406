import { describe, expect, it } from 'vitest';
import { SummaryCache } from '../../../electron/backend/views/summaryCache';
import type { CampaignSummary } from '../../../shared/model';

// The sync worker tells the app's thread which campaigns the change-log rows it appended
// concern; the kept cards then need not read those rows again (a 100k catch-up stalled the
// thread doing so). A range that does not continue where the cache had read is only marked.

const card = (id: string, name: string) => ({ id, name }) as CampaignSummary;
const byName = (a: CampaignSummary, b: CampaignSummary) => a.name.localeCompare(b.name);

function keptCache(names: Map<string, string>) {
  const cache = new SummaryCache();
  const all = () => [...names].map(([id, name]) => card(id, name));
  const one = (id: string) => (names.has(id) ? card(id, names.get(id)!) : null);
  const list = () => cache.list('day', all, one, byName).map((c) => c.name);
  return { cache, list };
}

describe('SummaryCache.followed', () => {
  it('marks the named cards and moves past a range that continues where it had read', () => {
    const names = new Map([
      ['a', 'Alpha'],
      ['b', 'Beta'],
    ]);
    const { cache, list } = keptCache(names);
    cache.followOthers(
      1,
      () => 100,
      () => [],
    );
    expect(list()).toEqual(['Alpha', 'Beta']);

    names.set('b', 'Bravo');
    cache.followed(100, 250, ['b']);
    const readFrom: number[] = [];
    cache.followOthers(
      2,
      () => 250,
      (rowid) => {
        readFrom.push(rowid);
        return [];
      },
    );
    expect(readFrom).toEqual([250]);
    expect(list()).toEqual(['Alpha', 'Bravo']);
  });

  it('only marks when a write came in between, so the log is still read from where it was', () => {
    const names = new Map([['a', 'Alpha']]);
    const { cache, list } = keptCache(names);
    cache.followOthers(
      1,
      () => 100,
      () => [],
    );
    expect(list()).toEqual(['Alpha']);

    names.set('a', 'Able');
    cache.followed(120, 300, ['a']);
    const readFrom: number[] = [];
    cache.followOthers(
      2,
      () => 300,
      (rowid) => {
        readFrom.push(rowid);
        return [];
      },
    );
    expect(readFrom).toEqual([100]);
    expect(list()).toEqual(['Able']);
  });

  it('drops every card when the worker could not name them (a person or a client changed)', () => {
    const names = new Map([['a', 'Alpha']]);
    const { cache, list } = keptCache(names);
    cache.followOthers(
      1,
      () => 10,
      () => [],
    );
    expect(list()).toEqual(['Alpha']);
    names.set('a', 'Renamed');
    cache.followed(10, 20, null);
    expect(list()).toEqual(['Renamed']);
  });
});
