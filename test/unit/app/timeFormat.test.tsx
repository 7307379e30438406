import { describe, expect, it } from 'vitest';
import { deviceLabel, formatRelativeTime } from '../../../renderer/features/campaigns/timeFormat';

const now = new Date('2026-03-14T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
const MIN = 60_000;

describe('activity times', () => {
  it.each([
    [ago(10_000), 'just now'],
    [new Date(now.getTime() + 90_000).toISOString(), 'just now'], // a clock slightly ahead
    [ago(5 * MIN), '5 minutes ago'],
    [ago(60 * MIN), '1 hour ago'],
    [ago(3 * 60 * MIN), '3 hours ago'],
    [ago(26 * 60 * MIN), 'yesterday'],
    [ago(3 * 24 * 60 * MIN), '3 days ago'],
    [ago(20 * 24 * 60 * MIN), 'Feb 22'],
    ['2025-12-01T12:00:00Z', 'Dec 1, 2025'],
  ])('%s reads "%s"', (at, expected) => {
    expect(formatRelativeTime(at, now)).toBe(expected);
  });

  it('names this computer, or another one by the tail of its id', () => {
    expect(deviceLabel('0e87e0521df73fa1', '0e87e0521df73fa1')).toBe('on this computer');
    expect(deviceLabel('3d748e21dd13c229', '0e87e0521df73fa1')).toBe(
      'on another computer (13c229)',
    );
  });
});
