// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import type { ApiClient } from '../../../renderer/api/client';
import type { LiveUpdates } from '../../../renderer/api/liveUpdates';
import { SyncIndicator } from '../../../renderer/features/sync/SyncIndicator';
import { SyncSection } from '../../../renderer/features/sync/SyncSection';
import { useSyncStore } from '../../../renderer/features/sync/syncStore';
import { syncSummary } from '../../../renderer/features/sync/syncSummary';
import type { SyncRunResult, SyncStatus } from '../../../shared/model';

afterEach(() => {
  cleanup();
  useSyncStore.setState({ status: null, loadError: null, reveal: false });
});

const NOW = new Date('2026-11-26T10:00:00.000Z');
const minutesAgo = (n: number) => new Date(NOW.getTime() - n * 60_000).toISOString();

const NOT_SET_UP: SyncStatus = {
  folder: null,
  deviceId: 'dev-here',
  deviceName: 'Ada’s laptop',
  running: false,
  lastRun: null,
  devices: [],
  pendingChanges: 0,
  parked: [],
  problems: [],
};

const RUN: SyncRunResult = {
  at: minutesAgo(2),
  exported: 1,
  applied: 2,
  parked: [],
  problems: [],
  error: null,
};

const SET_UP: SyncStatus = {
  ...NOT_SET_UP,
  folder: '/Users/ada/Dropbox/Northstar',
  lastRun: RUN,
  devices: [
    {
      deviceId: 'dev-here',
      deviceName: 'Ada’s laptop',
      appVersion: '0.1.0',
      lastSeen: minutesAgo(2),
      isThisDevice: true,
    },
    {
      deviceId: 'dev-sam',
      deviceName: 'Sam’s desktop',
      appVersion: '0.2.0',
      lastSeen: minutesAgo(90),
      isThisDevice: false,
    },
  ],
};

/** `sync.*` answering from one status that setup, run and leave change as the backend would. */
function fakeApi(initial: SyncStatus) {
  let status = initial;
  const setup = vi.fn(async (input: { folder: string; deviceName: string; mode: string }) => {
    status = { ...SET_UP, folder: input.folder, deviceName: input.deviceName };
    return status;
  });
  const run = vi.fn(async () => RUN);
  const leave = vi.fn(async () => {
    status = { ...NOT_SET_UP, deviceName: status.deviceName };
    return status;
  });
  const client = {
    sync: { status: vi.fn(async () => status), setup, run, leave },
  } as unknown as ApiClient;
  const live: LiveUpdates = { subscribe: () => () => undefined };
  return { api: { client, live }, setup, run, leave };
}

function renderSection(initial: SyncStatus) {
  const fake = fakeApi(initial);
  render(
    <ApiProvider api={fake.api}>
      <SyncSection />
    </ApiProvider>,
  );
  return fake;
}

describe('Settings → Sync', () => {
  it('offers a labelled form when sync is not set up', async () => {
    renderSection(NOT_SET_UP);
    const section = await screen.findByRole('region', { name: 'Sync' });
    expect(within(section).getByRole('textbox', { name: /Shared folder/ })).toHaveProperty(
      'value',
      '',
    );
    expect(within(section).getByRole('textbox', { name: /This computer’s name/ })).toHaveProperty(
      'value',
      'Ada’s laptop',
    );
    expect(within(section).getByRole('button', { name: 'Create team folder here' })).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'Join the team folder here' })).toBeTruthy();
  });

  it('asks for the folder before calling the backend', async () => {
    const { setup } = renderSection(NOT_SET_UP);
    fireEvent.click(await screen.findByRole('button', { name: 'Create team folder here' }));
    const folder = screen.getByRole('textbox', { name: /Shared folder/ });
    await waitFor(() => expect(folder.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Shared folder is required')).toBeTruthy();
    expect(document.activeElement).toBe(folder);
    expect(setup).not.toHaveBeenCalled();
  });

  it('shows what sync.setup refuses under the field it names', async () => {
    const { setup } = renderSection(NOT_SET_UP);
    setup.mockRejectedValueOnce({
      code: 'RULE_VIOLATION',
      message: 'folder does not exist: /nope',
      data: { issues: [{ field: 'folder', problem: 'does not exist: /nope' }] },
    });
    fireEvent.change(await screen.findByRole('textbox', { name: /Shared folder/ }), {
      target: { value: '/nope' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Join the team folder here' }));
    expect(await screen.findByText('Shared folder does not exist: /nope')).toBeTruthy();
    expect(setup).toHaveBeenCalledWith({
      folder: '/nope',
      deviceName: 'Ada’s laptop',
      mode: 'join',
    });
  });

  it('says in a sentence when the choice of create or join is what is wrong', async () => {
    const { setup } = renderSection(NOT_SET_UP);
    setup.mockRejectedValueOnce({
      code: 'RULE_VIOLATION',
      message: 'mode create needs a workspace',
      data: { issues: [{ field: 'mode', problem: 'create needs a workspace on this laptop' }] },
    });
    fireEvent.change(await screen.findByRole('textbox', { name: /Shared folder/ }), {
      target: { value: '/shared' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create team folder here' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Create needs a workspace on this laptop.',
    );
  });

  it('sets up, then shows the folder, the last sync, the devices and an empty problem list', async () => {
    const { setup } = renderSection(NOT_SET_UP);
    fireEvent.change(await screen.findByRole('textbox', { name: /Shared folder/ }), {
      target: { value: '/Users/ada/Dropbox/Northstar' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create team folder here' }));
    await screen.findByRole('button', { name: 'Sync now' });
    expect(setup).toHaveBeenCalledWith(expect.objectContaining({ mode: 'create' }));
    expect(screen.getByText('/Users/ada/Dropbox/Northstar')).toBeTruthy();
    expect(screen.getByText(/Sent 1 batch, applied 2 batches\./)).toBeTruthy();
    const devices = screen.getByRole('table');
    expect(within(devices).getByRole('rowheader', { name: /Sam’s desktop/ })).toBeTruthy();
    expect(
      within(devices).getByRole('rowheader', { name: /Ada’s laptop This computer/ }),
    ).toBeTruthy();
    expect(within(devices).getByText('0.2.0')).toBeTruthy();
    expect(screen.getByText('None: every file in the folder was read and applied.')).toBeTruthy();
  });

  it('lists parked batches and problems, each naming its file in plain words', async () => {
    renderSection({
      ...SET_UP,
      pendingChanges: 3,
      problems: [
        { kind: 'foreign', file: 'baton/devices/x/desktop.ini', message: 'not a Baton file name' },
        { kind: 'unreadable', file: '.', message: 'ENOENT' },
      ],
      parked: [
        {
          file: 'baton/devices/y/0000000004.batch',
          deviceId: 'y',
          seq: 4,
          schemaVersion: 9,
          message: 'schema 9 is newer than 4',
        },
      ],
    });
    const list = await screen.findByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]!.textContent).toContain('baton/devices/x/desktop.ini');
    expect(items[0]!.textContent).toContain('Not a Baton file');
    expect(items[1]!.textContent).toContain('The shared folder');
    expect(items[1]!.textContent).toContain('the drive is not connected');
    expect(items[2]!.textContent).toContain('0000000004.batch');
    expect(items[2]!.textContent).toContain('applied once this Baton is updated');
    expect(screen.getByRole('heading', { name: 'Files not applied (3)' })).toBeTruthy();
    expect(screen.getByText('3 changes, sent with the next sync')).toBeTruthy();
  });

  it('says when no device has written yet', async () => {
    renderSection({ ...SET_UP, devices: [], lastRun: null });
    expect(await screen.findByText(/No computer has written to the folder yet/)).toBeTruthy();
    expect(screen.getByText('Not yet')).toBeTruthy();
  });

  it('syncs now with a busy button', async () => {
    const { run } = renderSection(SET_UP);
    let finish: (r: SyncRunResult) => void = () => undefined;
    run.mockImplementationOnce(() => new Promise<SyncRunResult>((r) => (finish = r)));
    const button = await screen.findByRole('button', { name: 'Sync now' });
    fireEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-busy')).toBe('true'));
    await act(async () => finish(RUN));
    await waitFor(() => expect(button.getAttribute('aria-busy')).not.toBe('true'));
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('stops syncing only after a confirmation', async () => {
    const { leave } = renderSection(SET_UP);
    fireEvent.click(await screen.findByRole('button', { name: 'Stop syncing' }));
    const dialog = await screen.findByRole('dialog', { name: 'Stop syncing on this computer?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(leave).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Stop syncing' }));
    const again = await screen.findByRole('dialog', { name: 'Stop syncing on this computer?' });
    fireEvent.click(within(again).getByRole('button', { name: 'Stop syncing' }));
    await screen.findByRole('button', { name: 'Create team folder here' });
    expect(leave).toHaveBeenCalledTimes(1);
  });
});

describe('sync indicator', () => {
  it('is named by the state of sync and opens Settings', async () => {
    const fake = fakeApi({ ...SET_UP, problems: [{ kind: 'corrupt', file: 'a', message: 'm' }] });
    const onOpen = vi.fn();
    render(
      <ApiProvider api={fake.api}>
        <SyncIndicator onOpen={onOpen} />
      </ApiProvider>,
    );
    const button = await screen.findByRole('button', { name: 'Sync: 1 problem' });
    fireEvent.click(button);
    expect(onOpen).toHaveBeenCalled();
    expect(useSyncStore.getState().reveal).toBe(true);
  });

  it.each([
    [null, 'Sync: checking'],
    [NOT_SET_UP, 'Sync: not set up'],
    [{ ...SET_UP, lastRun: null }, 'Sync: not run yet'],
    [{ ...SET_UP, running: true }, 'Sync: syncing now'],
    [SET_UP, 'Sync: up to date, 2 minutes ago'],
    [{ ...SET_UP, pendingChanges: 1 }, 'Sync: 1 change to send, last synced 2 minutes ago'],
    [{ ...SET_UP, lastRun: { ...RUN, error: 'read-only' } }, 'Sync: failed, 2 minutes ago'],
    [
      {
        ...SET_UP,
        problems: [
          { kind: 'corrupt', file: 'a', message: '' },
          { kind: 'foreign', file: 'b', message: '' },
        ],
        parked: [{ file: 'c', deviceId: 'd', seq: 1, schemaVersion: 9, message: '' }],
      },
      'Sync: 3 problems',
    ],
  ] as const)('%#: %s', (status, label) => {
    expect(syncSummary(status as SyncStatus | null, NOW).label).toBe(label);
  });
});
