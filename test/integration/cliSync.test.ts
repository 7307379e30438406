import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startBackend } from '../../electron/backend/startBackend';
import { syncFolder } from '../../electron/sync';
import {
  lines,
  pathsUnder as tree,
  runBaton,
  succeeded,
  startBaton,
  syncSetupArgs,
} from '../harness/batonCli';
import { makeTempDir } from '../harness/tempDir';

// `baton sync [--once|--watch]`, `sync-status`, `join` and `sync-setup` as child processes over
// real data folders and one real shared folder.

const baton = (...args: string[]) => runBaton(args);
const batonLive = (...args: string[]) => startBaton(args);

// Several `baton` child processes in one test: each a node start, slow on a busy 2-core machine.
const SPAWNS_TIMEOUT = 120_000;

describe('baton sync commands', () => {
  let root: string;
  let cleanup: () => void;
  let shared: string;
  const dataDir = (name: string) => path.join(root, name);

  beforeAll(async () => {
    ({ dir: root, cleanup } = makeTempDir('baton-cli-sync-'));
    shared = path.join(root, 'Dropbox');
    fs.mkdirSync(shared);
    const demo = await baton('demo', '--data-dir', dataDir('a'));
    expect(demo.code).toBe(0);
  });

  afterAll(() => cleanup?.());

  // In order: each test builds on the folders the previous ones left.
  test(
    'sync-setup shares the workspace from one laptop and joins it on another',
    async () => {
      const created = await baton(
        ...syncSetupArgs({ folder: shared, deviceName: 'Ada laptop', dataDir: dataDir('a') }),
      );
      expect(succeeded(created)).toEqual([
        `Shared this workspace in ${shared} as "Ada laptop"`,
        `Synced with ${shared}: wrote 1 batch file, applied 0 batch files`,
      ]);

      const joined = await baton(
        ...syncSetupArgs({
          folder: shared,
          join: true,
          deviceName: 'Ben laptop',
          dataDir: dataDir('b'),
        }),
      );
      expect(succeeded(joined)).toEqual([
        `Joined ${shared} as "Ben laptop"`,
        `Synced with ${shared}: wrote 0 batch files, applied 1 batch file`,
      ]);
    },
    SPAWNS_TIMEOUT,
  );

  test(
    'sync-status --json tells the folder, the devices seen and nothing pending',
    async () => {
      const run = await baton('sync-status', '--json', '--data-dir', dataDir('b'));
      succeeded(run);
      const status = JSON.parse(run.stdout) as {
        folder: string;
        deviceName: string;
        pendingChanges: number;
        devices: { deviceName: string; isThisDevice: boolean; appVersion: string }[];
        problems: unknown[];
      };
      expect(status).toMatchObject({
        folder: shared,
        deviceName: 'Ben laptop',
        pendingChanges: 0,
        problems: [],
      });
      expect(status.devices.map((d) => [d.deviceName, d.isThisDevice]).sort()).toEqual([
        ['Ada laptop', false],
        ['Ben laptop', true],
      ]);
      expect(status.devices.every((d) => /^\d+\.\d+\.\d+/.test(d.appVersion))).toBe(true);

      const text = await baton('sync-status', '--data-dir', dataDir('a'));
      expect(text.code).toBe(0);
      expect(text.stdout).toContain(`Shared folder: ${shared}`);
      expect(text.stdout).toContain('Ada laptop (this one)');
      expect(text.stdout).toContain('Changes not written to the folder yet: 0');
    },
    SPAWNS_TIMEOUT,
  );

  test(
    'sync exits 1 naming a file it could not apply',
    async () => {
      const stranger = path.join(shared, 'baton', 'devices', '00112233aabbccdd', 'batches');
      fs.mkdirSync(stranger, { recursive: true });
      const seal = JSON.stringify({ seal: '0'.repeat(64) });
      fs.writeFileSync(path.join(stranger, '0000000001.batch'), `{"format":"x"}\n${seal}\n`);
      const run = await baton('sync', '--data-dir', dataDir('b'));
      expect(run.code).toBe(1);
      expect(lines(run.stdout)).toEqual([
        `Synced with ${shared}: wrote 0 batch files, applied 0 batch files (1 problem)`,
      ]);
      expect(lines(run.stderr)).toEqual([
        expect.stringMatching(
          /^corrupt: baton\/devices\/00112233aabbccdd\/batches\/0000000001\.batch /,
        ),
      ]);
      fs.rmSync(path.dirname(stranger), { recursive: true });
      const clean = await baton('sync', '--data-dir', dataDir('b'));
      succeeded(clean);
    },
    SPAWNS_TIMEOUT,
  );

  test(
    'sync before setup and setup with a missing folder fail with one line',
    async () => {
      const notSetUp = await baton('sync', '--data-dir', dataDir('c'));
      expect(notSetUp.code).toBe(1);
      expect(notSetUp.stdout).toBe('');
      expect(lines(notSetUp.stderr)).toEqual([expect.stringMatching(/Sync is not set up/)]);

      const missing = await baton(
        ...syncSetupArgs({ folder: path.join(root, 'nowhere'), join: true, dataDir: dataDir('c') }),
      );
      expect(missing.code).toBe(1);
      expect(missing.stdout).toBe('');
      expect(lines(missing.stderr)).toEqual([expect.stringMatching(/folder does not exist/)]);
    },
    SPAWNS_TIMEOUT,
  );

  test(
    'sync and sync-status --folder must name the folder this laptop syncs with',
    async () => {
      const other = path.join(root, 'Other');
      fs.mkdirSync(other);
      const wrong = await baton('sync', '--folder', other, '--data-dir', dataDir('b'));
      expect(wrong.code).toBe(2);
      expect(wrong.stdout).toBe('');
      expect(lines(wrong.stderr)).toEqual([
        expect.stringContaining(
          `--folder ${other} is not the folder this laptop syncs with (${shared})`,
        ),
      ]);
      expect(tree(other)).toEqual([]);
      const status = await baton('sync-status', '--folder', other, '--data-dir', dataDir('b'));
      expect(status.code).toBe(2);
      expect(status.stderr).toContain('is not the folder this laptop syncs with');

      const same = await baton('sync', '--once', '--folder', shared, '--data-dir', dataDir('b'));
      expect(succeeded(same)).toEqual([
        `Synced with ${shared}: wrote 0 batch files, applied 0 batch files`,
      ]);
      const both = await baton('sync', '--once', '--watch', '--data-dir', dataDir('b'));
      expect(both.code).toBe(2);
      expect(both.stderr).toContain('--once and --watch exclude each other');
    },
    SPAWNS_TIMEOUT,
  );

  test(
    'sync --folder sets sync up on a laptop where it is not: a new one joins',
    async () => {
      const run = await baton('sync', '--folder', shared, '--data-dir', dataDir('d'));
      expect(succeeded(run)).toEqual([
        expect.stringMatching(new RegExp(`^Joined ${shared} as "`)),
        expect.stringMatching(/^Synced with .*: wrote 0 batch files, applied \d+ batch files?$/),
      ]);
      const list = await baton('list', 'campaigns', '--json', '--data-dir', dataDir('d'));
      expect((JSON.parse(list.stdout) as unknown[]).length).toBeGreaterThan(0);
    },
    SPAWNS_TIMEOUT,
  );

  test(
    'join with an unknown --me lists near matches and writes nothing',
    async () => {
      const before = tree(shared);
      const run = await baton(
        'join',
        '--folder',
        shared,
        '--me',
        'Sam Patl',
        '--data-dir',
        dataDir('e'),
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(lines(run.stderr)).toEqual([
        `baton: --me "Sam Patl" is no one in the workspace in ${shared}. Did you mean "Sam Patel"? Nothing was written.`,
      ]);
      expect(fs.existsSync(dataDir('e'))).toBe(false);
      expect(tree(shared)).toEqual(before);

      const usage = await baton('join', '--folder', shared, '--data-dir', dataDir('e'));
      expect(usage.code).toBe(2);
      expect(usage.stderr).toContain('Usage: baton join --folder F --me NAME');
    },
    SPAWNS_TIMEOUT,
  );

  test(
    'join: a new laptop takes the workspace and acts as the person named',
    async () => {
      const run = await baton(
        'join',
        '--folder',
        shared,
        '--me',
        'lucía fernández',
        '--device-name',
        'Lucía laptop',
        '--data-dir',
        dataDir('e'),
      );
      expect(succeeded(run)).toEqual([
        `Joined ${shared} as "Lucía laptop", acting as Lucía Fernández`,
        expect.stringMatching(/^Synced with /),
      ]);
      const status = JSON.parse(
        (await baton('sync-status', '--json', '--folder', shared, '--data-dir', dataDir('e')))
          .stdout,
      ) as { deviceId: string; deviceName: string; folder: string };
      expect(status).toMatchObject({ folder: shared, deviceName: 'Lucía laptop' });
      const deviceFile = JSON.parse(
        fs.readFileSync(
          path.join(shared, 'baton', 'devices', status.deviceId, 'device.json'),
          'utf8',
        ),
      ) as { personId: string };
      const a = startBackend({ dataDir: dataDir('a') });
      try {
        const people = await a.client.people.list();
        expect(people.find((p) => p.id === deviceFile.personId)?.name).toBe('Lucía Fernández');
      } finally {
        a.close();
      }
      // Only the database is left in the data folder: no scratch folder.
      expect(fs.readdirSync(dataDir('e')).filter((n) => n.startsWith('.join-'))).toEqual([]);

      const again = await baton(
        'join',
        '--folder',
        shared,
        '--me',
        'Sam Patel',
        '--data-dir',
        dataDir('e'),
      );
      expect(again.code).toBe(2);
      expect(again.stderr).toContain('already holds the workspace');
    },
    SPAWNS_TIMEOUT,
  );

  test(
    'join: an encrypted team folder needs its passphrase (from a file)',
    async () => {
      const secret = path.join(root, 'Encrypted');
      fs.mkdirSync(secret);
      const passFile = path.join(root, 'team-passphrase.txt');
      fs.writeFileSync(passFile, 'correct horse battery staple\n');
      const owner = startBackend({ dataDir: dataDir('f') });
      try {
        await owner.client.workspace.loadDemo();
        await owner.client.sync.setup({
          folder: secret,
          deviceName: 'Owner laptop',
          mode: 'create',
          passphrase: 'correct horse battery staple',
        });
      } finally {
        owner.close();
      }
      const before = tree(secret);
      const refused = await baton(
        'join',
        '--folder',
        secret,
        '--me',
        'Tom Becker',
        '--data-dir',
        dataDir('g'),
      );
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/passphrase/);
      expect(tree(secret)).toEqual(before);
      expect(fs.existsSync(dataDir('g'))).toBe(false);

      const joined = await baton(
        'join',
        '--folder',
        secret,
        '--me',
        'Tom Becker',
        '--passphrase-file',
        passFile,
        '--data-dir',
        dataDir('g'),
      );
      expect(succeeded(joined)[0]).toMatch(/acting as Tom Becker$/);
      // The team key was kept beside the database: a later sync needs no passphrase.
      const later = await baton('sync', '--data-dir', dataDir('g'));
      succeeded(later);
    },
    SPAWNS_TIMEOUT,
  );

  test(
    'sync --watch prints a line per run and stops cleanly on SIGTERM and SIGINT',
    async () => {
      const watch = batonLive('sync', '--watch', '--interval', '1', '--data-dir', dataDir('b'));
      try {
        await watch.waitFor(/Watching /);
        await watch.waitFor(/Synced with .*applied 0 batch files/);
        // A teammate (laptop A, in this process) edits and syncs; B's watcher applies it.
        const a = startBackend({ dataDir: dataDir('a') });
        try {
          const first = (await a.client.campaigns.list({}))[0]!;
          await a.client.campaigns.update({ id: first.id, name: 'Edited while B watches' });
          expect(syncFolder(a.context.db, shared).exported).toHaveLength(1);
        } finally {
          a.close();
        }
        await watch.waitFor(/applied 1 batch file\b/);
      } finally {
        watch.child.kill('SIGTERM');
      }
      expect(await watch.exited).toBe(0);
      expect(watch.err()).toBe('');
      const out = lines(watch.out());
      expect(out[out.length - 1]).toMatch(/Stopped \(SIGTERM\)/);
      expect(out.every((l) => /^\d{4}-\d{2}-\d{2}T[\d:.]+Z {2}/.test(l))).toBe(true);
      // The database was closed: another process reads the edit.
      const list = await baton('list', 'campaigns', '--json', '--data-dir', dataDir('b'));
      expect(list.stdout).toContain('Edited while B watches');

      const again = batonLive('sync', '--watch', '--data-dir', dataDir('b'));
      await again.waitFor(/Synced with /);
      again.child.kill('SIGINT');
      expect(await again.exited).toBe(0);
      expect(lines(again.out()).pop()).toMatch(/Stopped \(SIGINT\)/);
    },
    SPAWNS_TIMEOUT,
  );
});
