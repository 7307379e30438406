import { describe, expect, it } from 'vitest';
import { MAX_PORTABLE_PATH, portablePathProblem } from '../../../shared/domain/portablePath';

describe('portablePathProblem', () => {
  it.each([
    'baton/workspace.json',
    'baton/devices/0123456789abcdef/batches/0000000001.batch',
    'baton/devices/0123456789abcdef/batches/.0000000001.batch.0a1b2c3d.tmp',
    'baton/devices/0123456789abcdef/snapshots/0000000042.snapshot',
    'console.json',
    'a'.repeat(MAX_PORTABLE_PATH - 1),
  ])('%s is portable', (p) => {
    expect(portablePathProblem(p)).toBeNull();
  });

  it.each([
    ['baton/devices/Ada: laptop', /characters other than/],
    ['baton/a*b', /characters other than/],
    ['baton/what?', /characters other than/],
    ['baton/"quoted"', /characters other than/],
    ['baton/<x>', /characters other than/],
    ['baton/a|b', /characters other than/],
    ['baton/back\\slash', /characters other than/],
    ['baton/émoji-🚀', /characters other than/],
    ['baton/has space', /characters other than/],
    ['baton/CON', /Windows reserves/],
    ['baton/nul.txt', /Windows reserves/],
    ['baton/Com1.batch', /Windows reserves/],
    ['baton/LPT9', /Windows reserves/],
    ['baton/trailing.', /ends with a dot/],
    ['baton//double', /empty/],
    ['baton/../escape', /"\.\."/],
    ['a'.repeat(MAX_PORTABLE_PATH), /characters long/],
  ])('%s is refused', (p, why) => {
    expect(portablePathProblem(p)).toMatch(why);
  });
});
