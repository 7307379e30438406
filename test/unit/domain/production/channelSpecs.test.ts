import { describe, expect, it } from 'vitest';
import {
  BUILTIN_CHANNEL_SPECS,
  findChannelSpec,
  specName,
  validateChannelSpecLibrary,
} from '../../../../shared/domain/production/channelSpecs';
import { KB, MB } from '../../../../shared/domain/production/fileSize';
import { type ChannelSpec } from '../../../../shared/model/channelSpec';

function spec(id: string): ChannelSpec {
  const found = findChannelSpec(BUILTIN_CHANNEL_SPECS, id);
  if (!found) throw new Error(`no built-in spec ${id}`);
  return found;
}

describe('BUILTIN_CHANNEL_SPECS: the placements the brief names', () => {
  it.each<[string, number, number | null, string, number]>([
    ['instagram-feed-portrait', 1080, 1350, 'jpg', 30 * MB],
    ['instagram-feed-square', 1080, 1080, 'png', 30 * MB],
    ['instagram-story', 1080, 1920, 'mp4', 4096 * MB],
    ['facebook-story', 1080, 1920, 'jpg', 30 * MB],
    ['facebook-feed', 1080, 1080, 'jpg', 30 * MB],
    ['meta-ads-feed', 1080, 1080, 'png', 30 * MB],
    ['linkedin-single-image', 1200, 627, 'jpg', 5 * MB],
    ['x-image', 1600, 900, 'gif', 15 * MB],
    ['google-display-300x250', 300, 250, 'gif', 150 * KB],
    ['google-display-728x90', 728, 90, 'jpg', 150 * KB],
    ['google-display-160x600', 160, 600, 'png', 150 * KB],
    ['google-display-300x600', 300, 600, 'jpg', 150 * KB],
    ['google-display-320x50', 320, 50, 'png', 150 * KB],
    ['email-image', 600, null, 'jpg', 1 * MB],
    ['youtube-thumbnail', 1280, 720, 'jpg', 2 * MB],
  ])('%s is %i×%s, %s up to %i bytes', (id, width, height, format, maxBytes) => {
    const s = spec(id);
    expect([s.width, s.height]).toEqual([width, height]);
    expect(s.formats.find((f) => f.format === format)?.maxBytes).toBe(maxBytes);
  });

  it.each<[string, string, 'headline' | 'body' | null, number, boolean]>([
    ['meta-ads-feed', 'Primary text', 'body', 125, true],
    ['meta-ads-feed', 'Headline', 'headline', 40, true],
    ['google-responsive-display', 'Headline', 'headline', 30, false],
    ['google-responsive-display', 'Description', 'body', 90, false],
    ['email-image', 'Subject line', 'headline', 60, true],
    ['email-image', 'Preheader', null, 100, true],
    ['x-image', 'Post', 'body', 280, false],
    ['linkedin-single-image', 'Introductory text', 'body', 150, true],
  ])('%s limits %s to %i characters', (id, label, copyField, maxChars, recommended) => {
    expect(spec(id).textLimits).toContainEqual({ label, copyField, maxChars, recommended });
  });

  it('display ad slots are exact; feeds take the same ratio larger', () => {
    expect(spec('google-display-728x90').dimensionRule).toBe('exact');
    expect(spec('instagram-story').dimensionRule).toBe('ratio');
  });

  it('names a spec by channel and placement', () => {
    expect(specName(spec('instagram-story'))).toBe('Instagram story');
    expect(specName(spec('google-display-300x250'))).toBe(
      'Google Display medium rectangle 300×250',
    );
  });

  it('is a library its own validator accepts, so a workspace can start from it', () => {
    const copy: unknown = JSON.parse(JSON.stringify(BUILTIN_CHANNEL_SPECS));
    expect(validateChannelSpecLibrary(copy)).toEqual({ ok: true, library: BUILTIN_CHANNEL_SPECS });
  });
});

describe('validateChannelSpecLibrary: an edited library with mistakes', () => {
  const base = JSON.parse(JSON.stringify(BUILTIN_CHANNEL_SPECS)) as Record<string, unknown>[];
  const story = base.findIndex((s) => s.id === 'instagram-story');
  const edit = (patch: Record<string, unknown>, at = story): unknown[] =>
    base.map((s, i) => (i === at ? { ...s, ...patch } : s));

  it.each<[string, unknown, string, string]>([
    [
      'a second spec with the same id',
      [...base, { ...base[story], placement: 'story copy' }],
      `specs[${base.length}].id`,
      `Instagram story copy, id: 'instagram-story' is already used by spec ${story + 1}`,
    ],
    [
      'a width of 0',
      edit({ width: 0 }),
      `specs[${story}].width`,
      'Instagram story, width: must be more than 0 pixels',
    ],
    [
      'a fractional height',
      edit({ height: 1920.5 }),
      `specs[${story}].height`,
      'Instagram story, height: must be a whole number of pixels',
    ],
    [
      'an upper-case format',
      edit({ formats: [{ format: 'JPG', maxBytes: 1000 }] }),
      `specs[${story}].formats[0].format`,
      'Instagram story, formats[0].format: must be a lower-case file extension like jpg',
    ],
    [
      'a format listed twice',
      edit({
        formats: [
          { format: 'jpg', maxBytes: 1000 },
          { format: 'jpg', maxBytes: null },
        ],
      }),
      `specs[${story}].formats[1].format`,
      "Instagram story, formats[1].format: 'jpg' is listed twice",
    ],
    [
      'no formats',
      edit({ formats: [] }),
      `specs[${story}].formats`,
      'Instagram story, formats: needs at least one format',
    ],
    [
      'a negative file size',
      edit({ formats: [{ format: 'jpg', maxBytes: -5 }] }),
      `specs[${story}].formats[0].maxBytes`,
      'Instagram story, formats[0].maxBytes: must be more than 0 bytes',
    ],
    [
      'a text limit of 0 characters',
      edit({
        textLimits: [{ label: 'Caption', copyField: 'body', maxChars: 0, recommended: true }],
      }),
      `specs[${story}].textLimits[0].maxChars`,
      'Instagram story, textLimits[0].maxChars: must be at least 1 character',
    ],
    [
      'an id with spaces, in a row without a name',
      [{ ...base[story], id: 'Insta Story', channel: '' }],
      'specs[0].id',
      'spec 1, id: must be lower-case letters, digits and hyphens, e.g. instagram-story',
    ],
  ])('%s', (_what, input, field, message) => {
    const result = validateChannelSpecLibrary(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(expect.objectContaining({ field, message }));
  });

  it('refuses something that is not a list', () => {
    const result = validateChannelSpecLibrary({ specs: [] });
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual(['specs']);
  });

  it('keeps a valid edit, e.g. email images exported at 2×', () => {
    const email = base.findIndex((s) => s.id === 'email-image');
    const result = validateChannelSpecLibrary(edit({ width: 1200 }, email));
    expect(result.ok && findChannelSpec(result.library, 'email-image')?.width).toBe(1200);
  });
});
