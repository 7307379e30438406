import { afterEach, expect, test } from 'vitest';
import { BatonDatabase } from '../../electron/db/batonDatabase';
import { makeTempDir } from '../harness/tempDir';

let cleanup = () => {};
afterEach(() => cleanup());

test('smoke', () => {
  const t = makeTempDir();
  cleanup = t.cleanup;
  const db = BatonDatabase.open(t.dir);
  const ws = db.write(null, (tx) =>
    tx.insert('workspace', { name: 'Acme', homeTimeZone: 'Europe/Paris', createdAt: tx.at }),
  );
  expect(ws.name).toBe('Acme');
  const rows = db.sqlite.prepare('select * from changes').all();
  expect(rows.length).toBe(3);
  db.close();
});
