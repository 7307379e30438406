import { describe, expect, it } from 'vitest';
import { factsOf, parseFacts } from '../../../renderer/features/handoff/assets/assetDraft';
import {
  formatOf,
  parseFileSize,
  parsePixels,
} from '../../../renderer/features/handoff/assets/assetInput';

describe('parseFileSize: sizes as people type them, 1 MB = 1024 KB like the spec library', () => {
  it.each<[string, ReturnType<typeof parseFileSize>]>([
    ['', { bytes: null }],
    ['2048', { bytes: 2048 }],
    ['1.5 MB', { bytes: 1_572_864 }],
    ['300kb', { bytes: 307_200 }],
    ['1,024 bytes', { bytes: 1024 }],
    ['2 GB', { bytes: 2 * 1024 ** 3 }],
    ['big', { error: 'File size: write it like 1.5 MB, 300 KB or 2048 (bytes)' }],
    ['0 KB', { error: 'File size: must be more than 0 bytes' }],
    ['-3 MB', { error: 'File size: write it like 1.5 MB, 300 KB or 2048 (bytes)' }],
  ])('%j', (text, expected) => {
    expect(parseFileSize(text)).toEqual(expected);
  });
});

describe('parsePixels', () => {
  it.each<[string, ReturnType<typeof parsePixels>]>([
    ['', { pixels: null }],
    ['1080', { pixels: 1080 }],
    ['0', { error: 'Width: must be a whole number of pixels, more than 0' }],
    ['10.5', { error: 'Width: must be a whole number of pixels, more than 0' }],
  ])('%j', (text, expected) => {
    expect(parsePixels('Width', text)).toEqual(expected);
  });
});

it.each([
  ['hero_v01.PNG', 'png'],
  ['Hero Banner FINAL.jpeg', 'jpeg'],
  ['no-extension', ''],
])('the format of %s is %j', (name, format) => {
  expect(formatOf(name)).toBe(format);
});

it('an edit leaving the shown size alone keeps the exact bytes (1.7 MB is rounded)', () => {
  const row = {
    name: 'Hero',
    channelSpecId: 'instagram-story',
    format: 'jpg',
    width: 1080,
    height: 1920,
    fileSizeBytes: 1_800_000,
    sizeLabel: '1.7 MB',
    location: '/Shared/hero.jpg',
  } as Parameters<typeof factsOf>[0];
  const stored = { label: '1.7 MB', bytes: 1_800_000 };
  const draft = factsOf(row);
  expect(draft.fileSize).toBe('1.7 MB');
  expect(parseFacts(draft, stored)).toMatchObject({
    ok: true,
    facts: { fileSizeBytes: 1_800_000 },
  });
  expect(parseFacts({ ...draft, fileSize: '2 MB' }, stored)).toMatchObject({
    ok: true,
    facts: { fileSizeBytes: 2 * 1024 * 1024 },
  });
  expect(parseFacts({ ...draft, width: 'wide' }, stored)).toEqual({
    ok: false,
    errors: { width: 'Width: must be a whole number of pixels, more than 0' },
  });
});
