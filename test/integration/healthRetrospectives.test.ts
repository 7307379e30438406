import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend } from '../../electron/backend/startBackend';
import { makeTempDir } from '../harness/tempDir';

// Health's time from Done to retrospective and the overdue count (issue 9), on the sample
// agency written through the real write path into a real SQLite file.

let t: ReturnType<typeof makeTempDir>;
let backend: Backend;
const api = () => backend.client;

beforeAll(async () => {
  t = makeTempDir('baton-health-retro-');
  backend = startBackend({ dataDir: t.dir });
  await api().workspace.loadDemo();
}, 60_000);

afterAll(() => {
  backend?.close();
  t?.cleanup();
});

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

describe('health: time from Done to retrospective', () => {
  it('counts the demo overdue retrospective and measures the held ones per campaign type', async () => {
    const report = await api().health.report({ weeks: 12 });
    const retros = await api().retrospectives.list({ includeHeld: true });
    const held = retros.filter((r) => r.status === 'done' && r.heldOn);
    const r = report.retrospectives;

    expect(report.notMeasured).toEqual([]);
    expect(r.all.held).toBe(held.length);
    expect(r.all.overdue.count).toBe(1);
    expect(r.all.overdue.campaigns.ids.map((id) => report.campaignNames[id])).toEqual([
      'Café Partner Program',
    ]);
    // The longest wait measured independently from the retrospectives' own days: Done is a
    // week before the due day.
    const longest = Math.max(...held.map((x) => daysBetween(x.dueDay, x.heldOn!) + 7));
    expect(r.all.p90Days).toBeLessThanOrEqual(longest);
    expect(Math.max(...r.byCampaignType.map((g) => g.p90Days ?? 0))).toBe(longest);
    expect(r.byCampaignType.reduce((n, g) => n + g.held, 0)).toBe(held.length);
  });
});
