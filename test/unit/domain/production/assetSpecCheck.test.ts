import { describe, expect, it } from 'vitest';
import {
  aspectRatioLabel,
  checkAssetAgainstSpec,
  checkAssetsAgainstSpecs,
  normaliseFormat,
  type SpecCheckedAsset,
} from '../../../../shared/domain/production/assetSpecCheck';
import { BUILTIN_CHANNEL_SPECS } from '../../../../shared/domain/production/channelSpecs';
import { formatBytes, KB, MB } from '../../../../shared/domain/production/fileSize';

function asset(patch: Partial<SpecCheckedAsset>): SpecCheckedAsset {
  return {
    name: 'hero-banner',
    channelSpecId: 'instagram-story',
    format: 'jpg',
    width: 1080,
    height: 1920,
    fileSizeBytes: 2 * MB,
    ...patch,
  };
}

describe('checkAssetAgainstSpec: assets that fit their placement', () => {
  it.each<[string, Partial<SpecCheckedAsset>]>([
    ['the exact story size', {}],
    ['a story exported at 2×', { width: 2160, height: 3840 }],
    ['jpeg spelled out, with a dot and in capitals', { format: '.JPEG' }],
    ['a story video', { format: 'mp4', fileSizeBytes: 900 * MB }],
    ['exactly at the size limit', { fileSizeBytes: 30 * MB }],
    [
      'LinkedIn 1200×628 for 1200×627 (1.91:1)',
      { channelSpecId: 'linkedin-single-image', width: 1200, height: 628 },
    ],
    [
      'a display ad of the slot size',
      {
        channelSpecId: 'google-display-300x250',
        width: 300,
        height: 250,
        fileSizeBytes: 150 * KB,
        format: 'gif',
      },
    ],
    [
      'an email image of any height',
      { channelSpecId: 'email-image', width: 600, height: 2400, fileSizeBytes: 400 * KB },
    ],
    [
      'a file with no size limit on its format',
      { channelSpecId: 'custom', fileSizeBytes: 9 * 1024 * MB },
    ],
  ])('%s', (_what, patch) => {
    const library = [
      ...BUILTIN_CHANNEL_SPECS,
      {
        ...BUILTIN_CHANNEL_SPECS.find((s) => s.id === 'instagram-story')!,
        id: 'custom',
        formats: [{ format: 'jpg', maxBytes: null }],
      },
    ];
    const result = checkAssetAgainstSpec(asset(patch), library);
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([]);
  });
});

describe('checkAssetAgainstSpec: each problem names the field, the expected and the actual', () => {
  it.each<[string, Partial<SpecCheckedAsset>, [string, string, string, string][]]>([
    [
      'a square image for a story',
      { width: 1080, height: 1080 },
      [
        [
          'dimensions',
          '1080×1920 (or larger at 9:16)',
          '1080×1080',
          'dimensions: 1080×1080 but Instagram story needs 1080×1920 (or larger at 9:16)',
        ],
      ],
    ],
    [
      'the right ratio but too small',
      { width: 540, height: 960 },
      [
        [
          'dimensions',
          '1080×1920 (or larger at 9:16)',
          '540×960',
          'dimensions: 540×960 but Instagram story needs 1080×1920 (or larger at 9:16)',
        ],
      ],
    ],
    [
      'a display ad at 2×',
      { channelSpecId: 'google-display-300x250', width: 600, height: 500, fileSizeBytes: 100 * KB },
      [
        [
          'dimensions',
          '300×250',
          '600×500',
          'dimensions: 600×500 but Google Display medium rectangle 300×250 needs 300×250',
        ],
      ],
    ],
    [
      'an email image at the wrong width',
      { channelSpecId: 'email-image', width: 640, height: 300, fileSizeBytes: 100 * KB },
      [
        [
          'dimensions',
          '600 px wide',
          '640 px wide',
          'dimensions: 640 px wide but Email full-width image needs 600 px wide',
        ],
      ],
    ],
    [
      '42 MB over the 30 MB limit',
      { fileSizeBytes: 42 * MB },
      [
        [
          'fileSize',
          'at most 30 MB',
          '42 MB',
          'file size: 42 MB is over the 30 MB limit for jpg on Instagram story',
        ],
      ],
    ],
    [
      'a few bytes over',
      { fileSizeBytes: 30 * MB + 12 },
      [
        [
          'fileSize',
          'at most 31,457,280 bytes',
          '31,457,292 bytes',
          'file size: 31,457,292 bytes is over the 31,457,280 bytes limit for jpg on Instagram story',
        ],
      ],
    ],
    [
      'a banner over 150 KB',
      { channelSpecId: 'google-display-728x90', width: 728, height: 90, fileSizeBytes: 151.5 * KB },
      [
        [
          'fileSize',
          'at most 150 KB',
          '151.5 KB',
          'file size: 151.5 KB is over the 150 KB limit for jpg on Google Display leaderboard 728×90',
        ],
      ],
    ],
    [
      'a format the placement refuses',
      { format: 'tiff' },
      [
        [
          'format',
          'jpg, png, mp4, mov',
          'tiff',
          'format: tiff but Instagram story allows jpg, png, mp4, mov',
        ],
      ],
    ],
    [
      'no format',
      { format: '' },
      [
        [
          'format',
          'jpg, png, mp4, mov',
          '',
          'format: none but Instagram story allows jpg, png, mp4, mov',
        ],
      ],
    ],
    [
      'unknown dimensions and size',
      { width: null, height: null, fileSizeBytes: null },
      [
        [
          'dimensions',
          '1080×1920 (or larger at 9:16)',
          'unknown',
          'dimensions: unknown; Instagram story needs 1080×1920 (or larger at 9:16)',
        ],
        [
          'fileSize',
          'at most 30 MB',
          'unknown',
          'file size: unknown; Instagram story allows at most 30 MB for jpg',
        ],
      ],
    ],
    [
      'everything wrong at once',
      { format: 'bmp', width: 100, height: 100 },
      [
        [
          'format',
          'jpg, png, mp4, mov',
          'bmp',
          'format: bmp but Instagram story allows jpg, png, mp4, mov',
        ],
        [
          'dimensions',
          '1080×1920 (or larger at 9:16)',
          '100×100',
          'dimensions: 100×100 but Instagram story needs 1080×1920 (or larger at 9:16)',
        ],
      ],
    ],
    [
      'a spec id not in the library',
      { channelSpecId: 'tiktok-feed' },
      [
        [
          'channelSpecId',
          'a spec of the library',
          'tiktok-feed',
          "channel spec: 'tiktok-feed' is not in the workspace's spec library",
        ],
      ],
    ],
    [
      'no spec chosen',
      { channelSpecId: '' },
      [
        [
          'channelSpecId',
          'a spec of the library',
          '',
          'channel spec: none chosen: choose where hero-banner runs',
        ],
      ],
    ],
  ])('%s', (_what, patch, expected) => {
    const result = checkAssetAgainstSpec(asset(patch), BUILTIN_CHANNEL_SPECS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.field, p.expected, p.actual, p.message])).toEqual(
      expected,
    );
  });
});

describe('checkAssetsAgainstSpecs', () => {
  it('checks every asset of a register, in its order', () => {
    const results = checkAssetsAgainstSpecs(
      [asset({ name: 'story' }), asset({ name: 'square', width: 1080, height: 1080 })],
      BUILTIN_CHANNEL_SPECS,
    );
    expect(results.map((r) => [r.asset.name, r.check.ok])).toEqual([
      ['story', true],
      ['square', false],
    ]);
  });
});

describe('helpers', () => {
  it.each([
    [1080, 1350, '4:5'],
    [1080, 1920, '9:16'],
    [1600, 900, '16:9'],
    [1080, 1080, '1:1'],
    [1200, 627, '1.91:1'],
    [160, 600, '4:15'],
    [728, 90, '8.09:1'],
    [320, 50, '32:5'],
    [100, 333, '1:3.33'],
  ])('aspect ratio of %i×%i is %s', (w, h, label) => {
    expect(aspectRatioLabel(w, h)).toBe(label);
  });

  it.each([
    [0, '0 bytes'],
    [512, '512 bytes'],
    [150 * KB, '150 KB'],
    [1.25 * MB, '1.3 MB'],
    [42 * MB, '42 MB'],
    [4096 * MB, '4 GB'],
  ])('%i bytes read as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it.each([
    ['JPG', 'jpg'],
    ['.jpeg', 'jpg'],
    [' png ', 'png'],
    ['TIF', 'tiff'],
  ])('format %j is %j', (input, format) => {
    expect(normaliseFormat(input)).toBe(format);
  });
});
