import { describe, expect, it } from 'vitest';
import {
  BUILTIN_CHANNEL_SPECS,
  validateChannelSpecLibrary,
} from '../../../shared/domain/production';
import {
  emptyDraft,
  fromDraft,
  readSize,
  toDraft,
} from '../../../renderer/features/settings/specDraft';

describe('spec table drafts', () => {
  it('every built-in spec survives a round trip through its table row unchanged', () => {
    const back = BUILTIN_CHANNEL_SPECS.map((s) => fromDraft(toDraft(s)));
    const check = validateChannelSpecLibrary(back);
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.library).toEqual(BUILTIN_CHANNEL_SPECS);
  });

  it.each([
    // [what was typed, what the service receives]
    [
      { width: '1,080', height: '' },
      { width: 1080, height: null },
    ],
    [
      { width: ' 600 ', height: '400' },
      { width: 600, height: 400 },
    ],
    [
      { width: 'wide', height: '0' },
      { width: 'wide', height: 0 },
    ],
  ])('sizes typed %j are sent as %j', (typed, sent) => {
    expect(fromDraft({ ...emptyDraft(), ...typed })).toMatchObject(sent);
  });

  it.each([
    ['30 MB', 31_457_280],
    ['150kb', 153_600],
    ['2,5', 2_621_440],
    ['4 GB', 4_294_967_296],
    ['1234 bytes', 1234],
    ['lots', null],
    ['5 TB', null],
  ])('reads the size %s as %s bytes', (text, bytes) => {
    expect(readSize(text)).toBe(bytes);
  });

  it('a max size is read with its unit (a bare number as MB); empty means no limit; the format is lower-cased', () => {
    const d = {
      ...emptyDraft(),
      formats: [
        { format: 'JPG', maxSize: '1.5' },
        { format: 'mp4', maxSize: '' },
      ],
    };
    expect(fromDraft(d).formats).toEqual([
      { format: 'jpg', maxBytes: 1_572_864 },
      { format: 'mp4', maxBytes: null },
    ]);
  });

  it('something unreadable is sent as typed, so the service names the spec and field', () => {
    const d = {
      ...emptyDraft(),
      id: 'tiktok-feed',
      channel: 'TikTok',
      placement: 'feed',
      width: 'wide',
      height: '1920',
    };
    const check = validateChannelSpecLibrary([fromDraft(d)]);
    expect(check.ok).toBe(false);
    if (!check.ok)
      expect(check.problems.map((p) => p.message)).toEqual([
        expect.stringMatching(/^TikTok feed, width: /),
      ]);
  });
});
