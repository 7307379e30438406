import { describe, expect, it } from 'vitest';
import { printRun } from '../../../electron/cli/syncCommands';
import type { SyncRunResult } from '../../../shared/model';

const run = (problems: SyncRunResult['problems']): SyncRunResult => ({
  at: '2026-03-02T09:00:00.000Z',
  exported: 1,
  applied: 2,
  parked: [],
  problems,
  error: null,
});

function print(r: SyncRunResult) {
  const out: string[] = [];
  const err: string[] = [];
  const code = printRun(r, '/shared', { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('baton sync: one line per run', () => {
  it('a re-identified laptop is told, on stderr, and the run still succeeds', () => {
    const told = print(
      run([{ kind: 'reidentified', file: 'baton/devices/x/batches/1.batch', message: 'new id' }]),
    );
    expect(told.code).toBe(0);
    expect(told.out).toEqual([
      'Synced with /shared: wrote 1 batch file, applied 2 batch files (this laptop took a new device id)',
    ]);
    expect(told.err).toEqual(['reidentified: new id']);
  });

  it('a file that could not be applied fails the run', () => {
    const failed = print(run([{ kind: 'corrupt', file: 'f', message: 'f is damaged' }]));
    expect(failed.code).toBe(1);
    expect(failed.out[0]).toMatch(/\(1 problem\)$/);
    expect(failed.err).toEqual(['corrupt: f is damaged']);
  });
});
