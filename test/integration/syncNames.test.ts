import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_PORTABLE_PATH, portablePathProblem } from '../../shared/domain/portablePath';
import { changeIds, contentDump, syncTeam, type SyncDevice } from '../harness/syncDevices';

// Every name sync writes in the shared folder is portable, whatever people call their laptops,
// campaigns and clients: a teammate on Windows, macOS or Linux, behind any cloud client, can
// hold the same folder.

let team: ReturnType<typeof syncTeam>;
afterEach(() => team.close());

const HOSTILE = [
  'Ada: laptop */?"<>|\\ backslash',
  'Ben’s 💻 MacBook — Café ✨',
  'CON',
  'nul.txt',
  'Trailing dot.',
  'x'.repeat(200),
];

/** Every file and folder under `baton/`, relative to the shared folder with forward slashes. */
function sharedPaths(sharedDir: string): string[] {
  return (fs.readdirSync(path.join(sharedDir, 'baton'), { recursive: true }) as string[])
    .map((p) => `baton/${p.split(path.sep).join('/')}`)
    .sort();
}

describe('names in the shared folder', () => {
  it('are portable (safe characters, no reserved names, short) whatever the names people type', async () => {
    team = syncTeam();
    const devices: SyncDevice[] = HOSTILE.map((_, i) => team.device(`d${i}`));
    const [first, ...others] = devices;
    await first!.client.workspace.loadDemo();
    const campaign = (await first!.client.campaigns.list({}))[0]!;
    await first!.client.campaigns.update({ id: campaign.id, name: HOSTILE[0]! });
    for (const [i, d] of devices.entries()) {
      const status = await d.client.sync.setup({
        folder: team.sharedDir,
        deviceName: HOSTILE[i]!,
        mode: i === 0 ? 'create' : 'join',
      });
      expect(status.deviceName).toBe(HOSTILE[i]);
    }
    for (const d of others) {
      const me = (await d.client.people.list())[0]!;
      await d.client.workspace.setMe({ personId: me.id });
      await d.client.clients.create({ name: `${d.name} ${HOSTILE[1]}` });
      await d.client.sync.run();
    }
    for (const d of devices) await d.client.sync.run();

    const paths = sharedPaths(team.sharedDir);
    expect(paths.filter((p) => p.endsWith('.batch')).length).toBeGreaterThanOrEqual(devices.length);
    expect(paths.filter((p) => p.endsWith('/device.json'))).toHaveLength(devices.length);
    const problems = paths
      // A file's temp twin (`.<name>.<8 hex>.tmp`) lives beside it while it is written.
      .flatMap((p) =>
        p.includes('.')
          ? [p, `${path.posix.dirname(p)}/.${path.posix.basename(p)}.0a1b2c3d.tmp`]
          : [p],
      )
      .map((p) => [p, portablePathProblem(p)] as const)
      .filter(([, problem]) => problem !== null);
    expect(problems).toEqual([]);
    expect(Math.max(...paths.map((p) => p.length))).toBeLessThan(MAX_PORTABLE_PATH);
    // The names themselves travelled inside the files, intact.
    for (const d of devices) {
      expect(contentDump(d)).toEqual(contentDump(first!));
      expect(changeIds(d)).toEqual(changeIds(first!));
    }
    const seen = (await first!.client.sync.status()).devices.map((d) => d.deviceName).sort();
    expect(seen).toEqual([...HOSTILE].sort());
  });
});
