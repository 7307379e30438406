import { afterEach, beforeEach, expect, it } from 'vitest';
import { parseHlc } from '../../shared/domain';
import { BatonDatabase } from '../../electron/db/batonDatabase';
import { changeLogProblems } from '../harness/changeLog';
import { makeTempDir } from '../harness/tempDir';

// BatonDatabase.writeAsOf, the seam the sample agency's past is written through: a write inside
// it is stamped at the chosen time (tx.at and its change rows' HLC), the HLC never goes back,
// and the real clock is back once it returns, even after a throw.

const NOW = Date.parse('2026-06-15T12:00:00.000Z');
const DAY = 86_400_000;

let t: ReturnType<typeof makeTempDir>;
let db: BatonDatabase;

beforeEach(() => {
  t = makeTempDir('baton-asof-');
  db = BatonDatabase.open(t.dir, { now: () => NOW });
});
afterEach(() => {
  db.close();
  t.cleanup();
});

const hlcTimesOf = (entityId: string) =>
  (
    db.sqlite
      .prepare('SELECT hlc FROM changes WHERE entity_id = ? ORDER BY hlc')
      .pluck()
      .all(entityId) as string[]
  ).map((h) => parseHlc(h)!.millis);

function addPerson(name: string): { id: string; createdAt: string } {
  return db.write(null, (tx) => {
    const ws = tx.insert('workspace', { name: 'W', homeTimeZone: 'UTC', createdAt: tx.at });
    return tx.insert('person', {
      workspaceId: ws.id,
      name,
      initials: name.slice(0, 2).toUpperCase(),
      color: '#123456',
      createdAt: tx.at,
    });
  });
}

it('stamps tx.at and the HLC of every change row with the chosen time', () => {
  const past = NOW - 90 * DAY;
  const person = db.writeAsOf(past, () => addPerson('Ada'));
  expect(person.createdAt).toBe(new Date(past).toISOString());
  const times = hlcTimesOf(person.id);
  expect(times.length).toBeGreaterThan(3);
  expect(new Set(times)).toEqual(new Set([past]));
  // After it returns the real clock stamps again, later than the past writes.
  const later = addPerson('Grace');
  expect(later.createdAt).toBe(new Date(NOW).toISOString());
  expect(Math.min(...hlcTimesOf(later.id))).toBe(NOW);
  expect(changeLogProblems(db)).toEqual([]);
});

it('never moves the HLC back: a time before the last write stamps just after it', () => {
  const first = db.writeAsOf(NOW - 10 * DAY, () => addPerson('Ada'));
  const earlier = db.writeAsOf(NOW - 20 * DAY, () => addPerson('Grace'));
  // The row says what the writer was told (its time), the log keeps its order.
  expect(earlier.createdAt).toBe(new Date(NOW - 20 * DAY).toISOString());
  expect(Math.min(...hlcTimesOf(earlier.id))).toBe(NOW - 10 * DAY);
  expect(Math.min(...hlcTimesOf(earlier.id))).toBeGreaterThanOrEqual(
    Math.max(...hlcTimesOf(first.id)),
  );
});

it('gives the real clock back after a throw inside', () => {
  expect(() =>
    db.writeAsOf(NOW - DAY, () => {
      addPerson('Ada');
      throw new Error('stop');
    }),
  ).toThrow('stop');
  expect(addPerson('Grace').createdAt).toBe(new Date(NOW).toISOString());
});
