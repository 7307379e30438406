import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportEvent } from '../../shared/api/exports';
import type { SyncStatus } from '../../shared/model';
import { deviceNames } from '../../electron/export/loadExport';
import { setDeviceName } from '../../electron/sync/syncSettings';
import { connect, openBackend, type Binding, type TestBackend } from '../harness/apiBindings';
import { exportSample, pdfText, writeTemp } from '../harness/exportSample';

// A campaign export streamed over the MessagePort binding the Electron window uses: a progress
// event after each handoff package, then the file; the trail names devices, not their ids.

const DEVICE = 'Maya’s MacBook Pro';

let t: TestBackend;
let port: Binding;
let sample: Awaited<ReturnType<typeof exportSample>>;

beforeAll(async () => {
  t = openBackend();
  setDeviceName(t.backend.context.db, DEVICE);
  sample = await exportSample(t.backend);
  port = await connect('MessagePort', t.backend);
}, 60_000);
afterAll(async () => {
  await port.close();
  t.close();
});

async function collect(format: 'pdf' | 'md', stopAfter?: number): Promise<ExportEvent[]> {
  const controller = new AbortController();
  const events: ExportEvent[] = [];
  const stream = await port.client.exports.campaignWithProgress(
    { campaignId: sample.campaign.id, format },
    { signal: controller.signal },
  );
  try {
    for await (const event of stream) {
      events.push(event);
      if (stopAfter !== undefined && events.length === stopAfter) controller.abort();
    }
  } catch (err) {
    if (!controller.signal.aborted) throw err;
  }
  return events;
}

describe('campaign export with progress', () => {
  it('counts every handoff package in stage order, then sends the file', async () => {
    const events = await collect('pdf');
    const progress = events.filter((e) => e.kind === 'progress');
    const n = sample.handoffCount;
    expect(progress.map((e) => e.done)).toEqual(Array.from({ length: n + 1 }, (_, i) => i));
    expect(progress.every((e) => e.total === n)).toBe(true);
    expect(progress[1]!.handoff).toBe('Strategy → Creative');
    const last = events.at(-1)!;
    expect(last.kind).toBe('file');
    if (last.kind !== 'file') return;
    expect(last.file.handoffCount).toBe(n);
    const pdf = pdfText(
      writeTemp(t.dir, last.file.fileName, Buffer.from(last.file.base64, 'base64')),
    );
    expect(pdf.text).toContain('Strategy → Creative');
  });

  it('stops without a file when the window closes the stream', async () => {
    const events = await collect('pdf', 2);
    expect(events.some((e) => e.kind === 'file')).toBe(false);
    // The backend is still answering after the stopped export.
    const after = await collect('md');
    expect(after.at(-1)!.kind).toBe('file');
  });

  it('names the device in the approval trail, not its id', async () => {
    const file = await port.client.exports.handoff({
      handoffId: sample.handoff.handoff.id,
      format: 'md',
    });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    const status = await port.client.sync.status();
    expect(text).toContain(DEVICE);
    expect(text).not.toContain(status.deviceId);
  });
});

describe('deviceNames', () => {
  const status = (devices: SyncStatus['devices']): SyncStatus => ({
    folder: '/shared',
    deviceId: 'aaaa000000000001',
    deviceName: 'This laptop',
    running: false,
    lastRun: null,
    devices,
    pendingChanges: 0,
    parked: [],
    problems: [],
  });
  it("names this laptop and every teammate's device the folder lists", () => {
    const names = deviceNames(
      status([
        {
          deviceId: 'bbbb000000000002',
          deviceName: 'Cody’s iMac',
          appVersion: '0.1.0',
          lastSeen: null,
          isThisDevice: false,
        },
      ]),
    );
    expect(names.get('aaaa000000000001')).toBe('This laptop');
    expect(names.get('bbbb000000000002')).toBe('Cody’s iMac');
    expect(names.get('cccc000000000003')).toBeUndefined();
  });
});
