import { afterEach, beforeEach, expect, it } from 'vitest';
import { BatonDatabase, type CommitEvent } from '../../electron/db/batonDatabase';
import { makeTempDir } from '../harness/tempDir';

// BatonDatabase.writeBatch, around the sample agency's hundreds of writes: one transaction (all
// or nothing), one transaction id in the change log (sync ships it whole), one commit notice.

let t: ReturnType<typeof makeTempDir>;
let db: BatonDatabase;
let notices: CommitEvent[];

beforeEach(() => {
  t = makeTempDir('baton-batch-');
  db = BatonDatabase.open(t.dir);
  notices = [];
  db.onCommit((e) => notices.push(e));
});
afterEach(() => {
  db.close();
  t.cleanup();
});

const count = (sql: string) => db.sqlite.prepare(sql).pluck().get() as number;

function writeAgency(people: number, failAfter = Infinity): string {
  const ws = db.write(null, (tx) =>
    tx.insert('workspace', { name: 'W', homeTimeZone: 'UTC', createdAt: tx.at }),
  );
  for (let i = 0; i < people; i++) {
    if (i === failAfter) throw new Error('the demo failed half-way');
    db.write(null, (tx) =>
      tx.insert('person', {
        workspaceId: ws.id,
        name: `Person ${i}`,
        initials: 'P',
        color: '#123456',
        createdAt: tx.at,
      }),
    );
  }
  return ws.id;
}

it('commits many writes as one transaction with one notice naming every row', () => {
  const workspaceId = db.writeBatch(() => writeAgency(3));
  expect(count('SELECT count(DISTINCT tx_id) FROM changes')).toBe(1);
  expect(notices).toHaveLength(1);
  expect(notices[0]!.rows.workspace).toEqual([workspaceId]);
  expect(notices[0]!.rows.person).toHaveLength(3);
  expect(notices[0]!.txId).toBe(
    db.sqlite.prepare('SELECT tx_id FROM changes LIMIT 1').pluck().get(),
  );
  // Writes after the batch are their own transactions again, each with its notice.
  writeAgency(1);
  expect(count('SELECT count(DISTINCT tx_id) FROM changes')).toBe(3);
  expect(notices).toHaveLength(3);
});

it('a throw half-way leaves nothing: no rows, no change rows, no notice', () => {
  expect(() => db.writeBatch(() => writeAgency(3, 2))).toThrow('the demo failed half-way');
  expect(count('SELECT count(*) FROM workspaces')).toBe(0);
  expect(count('SELECT count(*) FROM people')).toBe(0);
  expect(count('SELECT count(*) FROM changes')).toBe(0);
  expect(notices).toEqual([]);
  writeAgency(1);
  expect(notices).toHaveLength(2);
});
