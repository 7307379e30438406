import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { DomainError, formatHlc, parseHlc } from '../../shared/domain';
import { preparedOnce } from './prepared';
import { backupDatabase } from './backup';
import { DatabaseOpenError } from './dbErrors';
import type { EntityName } from './entities';
import { HlcClock } from './hlcClock';
import { currentSchemaVersion, migrate } from './migrations';
import { dbFilePath } from './paths';
import { RemoteGroupEndedError, runImmediate } from './remoteTransaction';
import { newId } from './uuid';
import * as schema from './schema';
import { WriteTx, type Orm, type ReadDb } from './writeTx';

export interface CommitEvent {
  txId: string;
  tables: EntityName[];
  ids: string[];
  /** The ids again, by table. */
  rows: Partial<Record<EntityName, string[]>>;
  /**
   * `local`: this device's write path; `sync`: teammates' changes applied from the shared
   * folder (the sync runner exports after local commits only, or it would loop).
   */
  origin: 'local' | 'sync';
  /**
   * Written by another connection of this laptop (the sync worker thread) and told here
   * afterwards: what follows SQLite's data_version has seen it already.
   */
  elsewhere?: boolean;
  /**
   * For writes elsewhere: what that connection already worked out about them, so this thread
   * need not read the change log again (see `FollowedChanges`).
   */
  followed?: readonly FollowedChanges[];
  /** For a remote apply on this connection: the change-log rows it appended. */
  changeRows?: ChangeRowRange;
}

/** Change-log rows by rowid: those after `after`, up to and including `upTo`. */
export interface ChangeRowRange {
  after: number;
  upTo: number;
}

/**
 * The campaigns whose cards a commit on another connection changed (null: every card, as
 * for a person or a client), worked out on that connection's thread from the log rows it
 * appended. A catch-up appends ~100,000: reading them again on the app's thread stalled it.
 */
export interface FollowedChanges extends ChangeRowRange {
  campaignIds: string[] | null;
}

/** What `applyRemote` offers the sync engine inside its transaction. */
export interface RemoteApplyScope {
  /** Moves this device's clock past a teammate's HLC, so later local edits sort after it. */
  observeHlc(hlc: string): void;
  /**
   * A fresh HLC of this device, for a change the merge itself makes (a merged text, a
   * reopened handoff): it joins the change log as this device's, like a local edit.
   */
  stamp(): string;
}

/** What a remote apply returns: its result and the synced rows whose content it changed. */
export interface RemoteApplied<T> {
  result: T;
  rows: Partial<Record<EntityName, string[]>>;
}

export interface OpenOptions {
  /** Wall clock in ms; injectable so tests can drive the HLC. */
  now?: () => number;
  deviceName?: string;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * The page size of a new database. The change log is most of a workspace and grows by
 * appends; with 16 KiB pages a catch-up of 100,000 changes splits and writes a quarter as
 * many b-tree pages as with SQLite's 4 KiB default, about a fifth less time in SQLite
 * (docs/decisions.md, session 18). Reads are served from the page cache either way.
 */
export const PAGE_SIZE = 16384;

/**
 * How much WAL a commit leaves before it checkpoints (SQLite's default, 1000 pages of 4 KiB),
 * in bytes: SQLite counts pages, and a page size of 16 KiB would make each checkpoint on the
 * app's thread four times as long.
 */
const WAL_CHECKPOINT_BYTES = 4 * 1024 * 1024;

/**
 * Baton's database on this laptop. Reads go through `read`; every mutation goes through
 * `write`, which runs the caller's domain checks and writes in one IMMEDIATE transaction and
 * appends the change rows.
 */
export class BatonDatabase {
  private readonly listeners = new Set<(e: CommitEvent) => void>();
  private clock: HlcClock;
  private currentDeviceId: string;
  private closed = false;
  private dataVersionStmt: Database.Statement | null = null;
  private maxChangeRowidStmt: Database.Statement | null = null;

  private constructor(
    readonly dataDir: string,
    readonly sqlite: Database.Database,
    readonly orm: Orm,
    deviceId: string,
    readonly schemaVersion: number,
    /** Set when the file was written by a newer Baton; writes are refused with this message. */
    readonly readOnlyReason: string | null,
    private readonly now: () => number,
  ) {
    const dev = orm.select().from(schema.device).where(eq(schema.device.id, 1)).get();
    this.currentDeviceId = deviceId;
    this.clock = new HlcClock(dev?.lastHlc ?? '', deviceId, this.wall);
  }

  /** Set only while `writeAsOf` runs: the time its writes are stamped with. */
  private asOf: number | null = null;
  /** The wall clock the write path reads: the real one, or the time `writeAsOf` chose. */
  private readonly wall = (): number => this.asOf ?? this.now();

  /**
   * Runs `fn` with every write inside it stamped as if the wall clock read `at` (`tx.at` and
   * the HLC of its change rows). For writing a past that happened, in time order, into a new
   * workspace: the sample agency's months of history, whose waits Health reads from the log.
   * The HLC never goes back, so a time before this laptop's last write stamps just after it.
   */
  writeAsOf<T>(at: number, fn: () => T): T {
    const before = this.asOf;
    this.asOf = at;
    try {
      return fn();
    } finally {
      this.asOf = before;
    }
  }

  /** This device's id: the `device` row's, which folder sync may change (see `reidentify`). */
  get deviceId(): string {
    // Another connection (the sync worker thread, the CLI) may have re-identified the database.
    if (!this.closed) {
      const version = this.dataVersion();
      if (version !== this.identityCheckedAt) {
        this.identityCheckedAt = version;
        const stored = this.storedDevice.get();
        if (stored) this.followStoredDevice(stored);
      }
    }
    return this.currentDeviceId;
  }
  private identityCheckedAt = -1;

  static open(dataDir: string, options: OpenOptions = {}): BatonDatabase {
    const now = options.now ?? Date.now;
    const file = dbFilePath(dataDir);
    ensureWritableFolder(dataDir);
    const known = currentSchemaVersion();
    const existing = inspectExisting(file);

    if (existing !== null && existing > known) {
      const sqlite = new Database(file, { readonly: true, fileMustExist: true });
      const orm = drizzle(sqlite, { schema });
      const dev = orm.select().from(schema.device).where(eq(schema.device.id, 1)).get();
      const reason =
        `This database was written by a newer version of Baton (schema ${existing}; this ` +
        `version knows ${known}). It is open read-only so nothing is lost: update Baton to edit it.`;
      return new BatonDatabase(
        dataDir,
        sqlite,
        orm,
        dev?.deviceId ?? 'unknown',
        known,
        reason,
        now,
      );
    }

    let sqlite: Database.Database;
    try {
      sqlite = new Database(file);
      // Only a new file takes it (an existing one keeps its size until rebuilt): see PAGE_SIZE.
      if (existing === null) sqlite.pragma(`page_size = ${PAGE_SIZE}`);
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('foreign_keys = ON');
      sqlite.pragma('busy_timeout = 5000');
      sqlite.pragma('synchronous = NORMAL');
      sqlite.pragma(`wal_autocheckpoint = ${walPages(sqlite, WAL_CHECKPOINT_BYTES)}`);
    } catch (err) {
      throw explainOpenError(err, file);
    }
    try {
      if (existing !== null && existing > 0 && existing < known) {
        backupDatabase(sqlite, dataDir, `before-migration-v${existing}-to-v${known}`);
      }
      migrate(sqlite, existing ?? 0);
      const orm = drizzle(sqlite, { schema });
      const deviceId = ensureDeviceRow(orm, now, options.deviceName);
      return new BatonDatabase(dataDir, sqlite, orm, deviceId, known, null, now);
    } catch (err) {
      sqlite.close();
      throw explainOpenError(err, file);
    }
  }

  get read(): ReadDb {
    return this.orm;
  }

  get isReadOnly(): boolean {
    return this.readOnlyReason !== null;
  }

  /** Set while `writeBatch` runs: its transaction id and what its writes touched so far. */
  private batch: {
    txId: string;
    tables: Set<EntityName>;
    rows: Map<EntityName, Set<string>>;
  } | null = null;

  /**
   * Runs `fn`, which calls `write` many times, as ONE transaction: all or nothing, every change
   * row under one transaction id (so sync ships and applies it whole), and one commit notice
   * after the commit instead of one per write (the sample agency's hundreds of writes would
   * otherwise each wake every window and the card cache).
   */
  writeBatch<T>(fn: () => T): T {
    if (this.batch) return fn();
    const batch = { txId: newId(), tables: new Set<EntityName>(), rows: new Map() };
    this.batch = batch;
    let result: T;
    try {
      result = this.sqlite.transaction(fn).immediate();
    } finally {
      this.batch = null;
    }
    const ids = [...batch.rows.values()].flatMap((set) => [...set]);
    if (ids.length > 0) {
      this.publish({
        txId: batch.txId,
        tables: [...batch.tables],
        ids,
        rows: Object.fromEntries([...batch.rows].map(([table, set]) => [table, [...set]])),
        origin: 'local',
      });
    }
    return result;
  }

  /**
   * The one write path. `fn` must be synchronous: it runs inside the transaction, and a thrown
   * error (a DomainError from a rule, a foreign-key violation) rolls back every row and every
   * change row it wrote.
   */
  write<T>(actorId: string | null, fn: (tx: WriteTx) => T): T {
    if (this.readOnlyReason) throw new DomainError('READ_ONLY', this.readOnlyReason);
    if (this.closed) throw new DomainError('READ_ONLY', 'The database is closed');
    let tx: WriteTx | undefined;
    const result = this.sqlite
      .transaction(() => {
        // Another process on this laptop (the CLI, a second window) may have written since our
        // last commit: carry on from its clock, so change HLCs stay unique and in commit order.
        this.catchUpStored();
        tx = new WriteTx(
          {
            orm: this.orm,
            clock: this.clock,
            deviceId: this.deviceId,
            schemaVersion: this.schemaVersion,
            nowIso: () => new Date(this.wall()).toISOString(),
            appendChange: this.appendChange,
          },
          actorId,
          this.batch?.txId,
        );
        const value = fn(tx);
        if (value instanceof Promise) {
          throw new Error('write() callbacks must be synchronous; do async work before writing');
        }
        if (tx.touchedIds.size > 0) this.persistClock.run(this.clock.current());
        return value;
      })
      .immediate();
    if (tx && tx.touchedIds.size > 0 && this.batch) {
      for (const table of tx.touchedTables) this.batch.tables.add(table);
      for (const [table, ids] of tx.touchedRows) {
        const held = this.batch.rows.get(table) ?? new Set<string>();
        for (const id of ids) held.add(id);
        this.batch.rows.set(table, held);
      }
    } else if (tx && tx.touchedIds.size > 0) {
      this.publish({
        txId: tx.txId,
        tables: [...tx.touchedTables],
        ids: [...tx.touchedIds],
        rows: Object.fromEntries([...tx.touchedRows].map(([table, ids]) => [table, [...ids]])),
        origin: 'local',
      });
    }
    return result;
  }

  /**
   * The write path for teammates' changes arriving through folder sync (electron/sync). They
   * already carry their own HLC, device and change ids, so they are not re-stamped by a
   * WriteTx: `fn` writes rows and change rows itself, in one IMMEDIATE transaction (all or
   * nothing). The clock moves past what `fn` observed and is persisted; after the commit the
   * changed rows are published to live-update listeners like a local write. Foreign keys that
   * `fn` deferred are checked by the commit: rows referring to rows not there throw
   * `MissingReferencesError` (remoteTransaction.ts), and nothing is kept.
   */
  applyRemote<T>(fn: (scope: RemoteApplyScope) => RemoteApplied<T>): T {
    if (this.readOnlyReason) throw new DomainError('READ_ONLY', this.readOnlyReason);
    if (this.closed) throw new DomainError('READ_ONLY', 'The database is closed');
    const group = this.remoteGroup;
    if (group && !this.sqlite.inTransaction) {
      // SQLite ended the group's transaction itself (a full disk, an I/O error): a batch
      // applied now would commit alone while the group's earlier ones are gone.
      throw new RemoteGroupEndedError();
    }
    let changeRows: ChangeRowRange = { after: 0, upTo: 0 };
    // In a group, a batch joins the group's transaction: see `applyRemoteGroup`.
    const applied = runImmediate(
      this.sqlite,
      () => {
        this.catchUpStored();
        const after = this.lastChangeRowid();
        const out = fn({
          observeHlc: (hlc) => this.clock.observe(hlc),
          stamp: () => this.clock.next(),
        });
        if (out instanceof Promise) {
          throw new Error('applyRemote() callbacks must be synchronous');
        }
        this.persistClock.run(this.clock.current());
        changeRows = { after, upTo: this.lastChangeRowid() };
        return out;
      },
      group ? 'join' : 'savepoint',
    );
    if (group) {
      // Told once the group commits: until then nothing of it is visible to anyone.
      for (const [table, ids] of Object.entries(applied.rows) as [EntityName, string[]][]) {
        const held = group.rows.get(table) ?? new Set<string>();
        for (const id of ids) held.add(id);
        group.rows.set(table, held);
      }
    } else this.publishRemote(applied.rows, changeRows);
    return applied.result;
  }

  /** Set while `applyRemoteGroup` runs: the rows its batches changed so far. */
  private remoteGroup: { rows: Map<EntityName, Set<string>> } | null = null;

  /**
   * Runs `fn`, which applies several teammates' batches (each with `applyRemote`), as ONE
   * IMMEDIATE transaction that commits once. Fewer commits write fewer pages: a catch-up's
   * batches each touch most pages of the change log's `entity_id` index (ids derived from
   * hashes land all over it), and each commit wrote them all again. The batches join the
   * transaction without savepoints (a savepoint copies every page it changes aside, a tenth
   * of the inserts' time): a batch that throws leaves its writes, so `fn` must then throw too
   * and the caller applies the batches one at a time. Live updates go out once, after the
   * commit. Nothing of the group is kept when `fn` throws or its commit is refused
   * (`MissingReferencesError`: a batch needs rows not arrived yet) or fails.
   */
  applyRemoteGroup<T>(fn: () => T): T {
    if (this.readOnlyReason) throw new DomainError('READ_ONLY', this.readOnlyReason);
    if (this.closed) throw new DomainError('READ_ONLY', 'The database is closed');
    if (this.remoteGroup) return fn();
    const group = { rows: new Map<EntityName, Set<string>>() };
    let changeRows: ChangeRowRange = { after: 0, upTo: 0 };
    let result: T;
    this.remoteGroup = group;
    try {
      result = runImmediate(this.sqlite, () => {
        const after = this.lastChangeRowid();
        const out = fn();
        changeRows = { after, upTo: this.lastChangeRowid() };
        return out;
      });
    } finally {
      this.remoteGroup = null;
    }
    this.publishRemote(
      Object.fromEntries([...group.rows].map(([table, ids]) => [table, [...ids]])),
      changeRows,
    );
    return result;
  }

  private publishRemote(
    rows: Partial<Record<EntityName, string[]>>,
    changeRows: ChangeRowRange,
  ): void {
    const event = syncedRowsEvent(rows);
    if (event) this.publish({ ...event, changeRows });
  }

  /**
   * Tells live-update listeners about synced rows another connection on this laptop changed
   * (the sync worker thread applies teammates' batches on its own connection).
   */
  announceRemote(
    rows: Partial<Record<EntityName, string[]>>,
    followed?: readonly FollowedChanges[],
  ): void {
    const event = syncedRowsEvent(rows);
    if (event) this.publish({ ...event, elsewhere: true, ...(followed ? { followed } : {}) });
  }

  private lastChangeRowid(): number {
    return (this.maxChangeRowid.get() as number | null) ?? 0;
  }

  private get maxChangeRowid(): Database.Statement {
    this.maxChangeRowidStmt ??= this.sqlite.prepare('SELECT max(rowid) FROM changes').pluck();
    return this.maxChangeRowidStmt;
  }

  /**
   * SQLite's data_version: it changes when another connection (the CLI, another process)
   * commits, so what this process derived from the data may be stale.
   */
  dataVersion(): number {
    this.dataVersionStmt ??= this.sqlite.prepare('PRAGMA data_version').pluck();
    return this.dataVersionStmt.get() as number;
  }

  /** Called after every committed write (local or, later, applied from sync). */
  onCommit(listener: (e: CommitEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Device-local settings (who uses this laptop): not synced, not in the change log. */
  deviceInfo(): typeof schema.device.$inferSelect {
    const query = preparedOnce(this.orm, 'device', () =>
      this.orm.select().from(schema.device).where(eq(schema.device.id, 1)).prepare(),
    );
    return query.get()!;
  }

  setLocalPerson(personId: string | null, workspaceId: string | null): void {
    if (this.readOnlyReason) throw new DomainError('READ_ONLY', this.readOnlyReason);
    this.orm
      .update(schema.device)
      .set({ personId, workspaceId })
      .where(eq(schema.device.id, 1))
      .run();
  }

  /**
   * Folder sync found another copy of this database writing as this device (a copied data
   * folder, a laptop restored from another's backup): from now on this one writes as
   * `deviceId`. `restamp` runs first in the same transaction and moves what only this copy
   * holds to the new id (electron/sync/deviceIdentity.ts). Returns false, changing nothing,
   * when another process on this laptop re-identified the database first (this one follows).
   */
  reidentify(deviceId: string, restamp: (previousId: string) => void): boolean {
    if (this.readOnlyReason) throw new DomainError('READ_ONLY', this.readOnlyReason);
    if (this.closed) throw new DomainError('READ_ONLY', 'The database is closed');
    const previousId = this.currentDeviceId;
    const done = this.sqlite
      .transaction(() => {
        const stored = this.storedDevice.get()!;
        if (stored.deviceId !== previousId) return false;
        restamp(previousId);
        const last = parseHlc(stored.lastHlc);
        const lastHlc = last ? formatHlc({ ...last, node: deviceId }) : '';
        this.sqlite
          .prepare('UPDATE device SET device_id = ?, last_hlc = ? WHERE id = 1')
          .run(deviceId, lastHlc);
        return true;
      })
      .immediate();
    this.sqlite.transaction(() => this.catchUpStored()).deferred();
    return done;
  }

  /**
   * How much WAL (in bytes) this connection lets pile up before it checkpoints after a commit
   * (0: never; normally 4 MiB). Returns what puts the previous value back.
   */
  deferCheckpoints(bytes: number): () => void {
    if (!Number.isInteger(bytes) || bytes < 0) throw new Error(`bytes: ${bytes} is not a size`);
    const pages = walPages(this.sqlite, bytes);
    const previous = this.sqlite.pragma('wal_autocheckpoint', { simple: true }) as number;
    this.sqlite.pragma(`wal_autocheckpoint = ${pages}`);
    return () => {
      if (!this.closed) this.sqlite.pragma(`wal_autocheckpoint = ${previous}`);
    };
  }

  /** Copies what the WAL holds into the database file, waiting for no reader or writer. */
  checkpoint(): void {
    if (!this.closed) this.sqlite.pragma('wal_checkpoint(PASSIVE)');
  }

  backup(reason = 'manual'): string {
    return backupDatabase(this.sqlite, this.dataDir, reason);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (!this.readOnlyReason) {
      try {
        this.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // Another process may hold the database; the checkpoint is only housekeeping.
      }
    }
    this.sqlite.close();
  }

  private publish(event: CommitEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (err) {
        console.error('Baton: a live-update listener failed', err);
      }
    }
  }

  private get storedDevice(): Database.Statement<[], { lastHlc: string; deviceId: string }> {
    this.storedDeviceStmt ??= this.sqlite.prepare(
      'SELECT last_hlc AS lastHlc, device_id AS deviceId FROM device WHERE id = 1',
    );
    return this.storedDeviceStmt;
  }
  private storedDeviceStmt:
    Database.Statement<[], { lastHlc: string; deviceId: string }> | undefined;

  /**
   * Another process on this laptop (the CLI, a second window) may have written since our last
   * commit (carry on from its clock, so change HLCs stay unique and in commit order) or
   * re-identified the database (write as the new id from now on).
   */
  private catchUpStored(): void {
    const stored = this.storedDevice.get()!;
    this.followStoredDevice(stored);
    this.clock.catchUp(stored.lastHlc);
  }

  private followStoredDevice(stored: { lastHlc: string; deviceId: string }): void {
    if (stored.deviceId === this.currentDeviceId) return;
    this.currentDeviceId = stored.deviceId;
    this.clock = new HlcClock(stored.lastHlc, stored.deviceId, this.wall);
  }

  private get persistClock(): Database.Statement {
    this.persistClockStmt ??= this.sqlite.prepare('UPDATE device SET last_hlc = ? WHERE id = 1');
    return this.persistClockStmt;
  }
  private persistClockStmt: Database.Statement | undefined;

  private readonly appendChange = (row: typeof schema.changes.$inferInsert): void => {
    this.appendChangeStmt ??= this.sqlite.prepare(
      `INSERT INTO changes (id, entity, entity_id, field, value, hlc, device_id, actor_id,
        schema_version, tx_id, base) VALUES (@id, @entity, @entityId, @field, @value, @hlc,
        @deviceId, @actorId, @schemaVersion, @txId, @base)`,
    );
    this.appendChangeStmt.run({ ...row, actorId: row.actorId ?? null, base: row.base ?? null });
  };
  private appendChangeStmt: Database.Statement | undefined;
}

function ensureWritableFolder(dataDir: string): void {
  try {
    makeFolders(path.resolve(dataDir));
    const probe = `${dataDir}/.baton-write-test-${process.pid}`;
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new DatabaseOpenError(
      `Baton cannot write to the data folder ${dataDir} (${code}). Choose a folder you can ` +
        `write to with --data-dir, or fix its permissions.`,
      'not_writable',
    );
  }
}

/**
 * `mkdir -p`, one level at a time. Node's `mkdirSync(…, { recursive: true })` spins forever
 * where mkdir answers ENOENT although the parent exists (under /proc, for one), which hung
 * start-up instead of reporting the folder as unwritable.
 */
function makeFolders(dir: string): void {
  if (fs.existsSync(dir)) return;
  const parent = path.dirname(dir);
  if (parent !== dir) makeFolders(parent);
  try {
    fs.mkdirSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
}

/**
 * Looks at an existing file without changing a byte of it: null when there is no database
 * yet, otherwise its schema version. Non-SQLite and corrupt files are refused here, before
 * anything opens them for writing.
 */
function inspectExisting(file: string): number | null {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    return null;
  }
  if (size === 0) return null;
  const fd = fs.openSync(file, 'r');
  const header = Buffer.alloc(16);
  try {
    fs.readSync(fd, header, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!header.equals(SQLITE_HEADER)) {
    throw new DatabaseOpenError(
      `${file} is not a Baton database (it is not an SQLite file). It was left untouched; move ` +
        `it away or choose another data folder.`,
      'not_sqlite',
    );
  }
  let probe: Database.Database | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    const version = probe.pragma('user_version', { simple: true }) as number;
    probe.prepare('SELECT count(*) FROM sqlite_master').get();
    if (version > 0) probe.prepare('SELECT count(*) FROM changes').get();
    return version;
  } catch (err) {
    throw explainOpenError(err, file);
  } finally {
    probe?.close();
  }
}

function explainOpenError(err: unknown, file: string): DatabaseOpenError {
  if (err instanceof DatabaseOpenError) return err;
  const code = (err as { code?: string }).code ?? '';
  const message = err instanceof Error ? err.message : String(err);
  if (
    code === 'SQLITE_CORRUPT' ||
    code === 'SQLITE_NOTADB' ||
    /malformed|not a database/.test(message)
  ) {
    return new DatabaseOpenError(
      `${file} is damaged (${message}). It was left untouched. Restore the latest backup from ` +
        `the backups folder beside it (baton backup keeps the last 10).`,
      'corrupt',
    );
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new DatabaseOpenError(
      `${file} is locked by another program (${message}). Close other Baton windows and retry.`,
      'locked',
    );
  }
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'EACCES') {
    return new DatabaseOpenError(
      `Baton cannot open ${file} for writing (${message}). Check the folder's permissions.`,
      'not_writable',
    );
  }
  return new DatabaseOpenError(`Baton could not open ${file}: ${message}`, 'unknown');
}

function ensureDeviceRow(orm: Orm, now: () => number, deviceName?: string): string {
  const dev = orm.select().from(schema.device).where(eq(schema.device.id, 1)).get();
  if (dev) return dev.deviceId;
  const deviceId = crypto.randomBytes(8).toString('hex');
  orm
    .insert(schema.device)
    .values({
      id: 1,
      deviceId,
      deviceName: deviceName ?? os.hostname(),
      lastHlc: '',
      createdAt: new Date(now()).toISOString(),
    })
    .run();
  return deviceId;
}

/** The live update for teammates' rows a sync applied; null when it changed none. */
function syncedRowsEvent(rows: Partial<Record<EntityName, string[]>>): CommitEvent | null {
  const tables = (Object.keys(rows) as EntityName[]).filter((t) => (rows[t]?.length ?? 0) > 0);
  if (tables.length === 0) return null;
  return {
    // A fresh id: no window made this write, so none may skip the refetch it causes.
    txId: newId(),
    tables,
    ids: [...new Set(tables.flatMap((t) => rows[t]!))],
    rows,
    origin: 'sync',
  };
}

/** WAL pages of this database's page size that hold `bytes` (0 stays 0: never checkpoint). */
function walPages(sqlite: Database.Database, bytes: number): number {
  if (bytes === 0) return 0;
  return Math.max(1, Math.round(bytes / (sqlite.pragma('page_size', { simple: true }) as number)));
}
