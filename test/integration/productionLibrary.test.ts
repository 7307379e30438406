import { afterEach, beforeEach, expect, it } from 'vitest';
import { BUILTIN_CHANNEL_SPECS, DEFAULT_NAMING_PATTERN } from '../../shared/domain/production';
import { connect, openBackend, type Binding, type TestBackend } from '../harness/apiBindings';

// The workspace's naming convention and channel spec library through the API on a real SQLite
// file: saved, read back, refused with the field named (and nothing written), reset.

let env: TestBackend;
let binding: Binding;

beforeEach(async () => {
  env = openBackend();
  binding = await connect('MessagePort', env.backend);
  await binding.client.workspace.create({
    name: 'Northwind Agency',
    me: { name: 'Ada Lovelace', email: 'ada@agency.example', roleTitle: 'Account Director' },
  });
});

afterEach(async () => {
  await binding.close();
  env.close();
});

function changeCount(): number {
  const row = env.backend.context.db.sqlite.prepare('select count(*) as n from changes').get() as {
    n: number;
  };
  return row.n;
}

it('starts on the default pattern and the built-in library', async () => {
  const lib = await binding.client.production.library();
  expect(lib).toMatchObject({
    pattern: DEFAULT_NAMING_PATTERN,
    shape: 'date_client-campaign_asset name_version',
    customPattern: false,
    customSpecs: false,
  });
  expect(lib.channelSpecs.map((s) => s.id)).toEqual(BUILTIN_CHANNEL_SPECS.map((s) => s.id));
});

it('saves a pattern, reads it back, and resets it to the default with null', async () => {
  const api = binding.client;
  const saved = await api.production.setNamingPattern({
    pattern: 'YYYYMMDD_client_asset-name_vNN.ext',
  });
  expect(saved).toMatchObject({
    pattern: 'YYYYMMDD_client_asset-name_vNN.ext',
    shape: 'date_client_asset name_version',
    customPattern: true,
  });
  expect((await api.production.library()).pattern).toBe('YYYYMMDD_client_asset-name_vNN.ext');

  const reset = await api.production.setNamingPattern({ pattern: null });
  expect(reset).toMatchObject({ pattern: DEFAULT_NAMING_PATTERN, customPattern: false });
});

it('refuses a bad pattern naming `pattern` and the problem, and changes nothing', async () => {
  const api = binding.client;
  await api.production.setNamingPattern({ pattern: 'client_asset-name.ext' });
  const before = changeCount();
  await expect(
    api.production.setNamingPattern({ pattern: 'client_asset-name_vNN.png' }),
  ).rejects.toMatchObject({
    code: 'RULE_VIOLATION',
    data: { issues: [{ field: 'pattern', problem: expect.stringMatching(/unknown token 'png'/) }] },
  });
  await expect(
    api.production.setNamingPattern({ pattern: 'client_vNN.ext' }),
  ).rejects.toMatchObject({
    code: 'RULE_VIOLATION',
    data: { issues: [{ field: 'pattern', problem: "needs the 'asset-name' token" }] },
  });
  expect(changeCount()).toBe(before);
  expect((await api.production.library()).pattern).toBe('client_asset-name.ext');
});

it('saves an edited spec library and resets it to the built-in', async () => {
  const api = binding.client;
  const story = BUILTIN_CHANNEL_SPECS.find((s) => s.id === 'instagram-story')!;
  const edited = [
    { ...story, width: 1440, height: 2560 },
    {
      id: 'tiktok-feed',
      channel: 'TikTok',
      placement: 'feed',
      width: 1080,
      height: 1920,
      dimensionRule: 'ratio' as const,
      formats: [{ format: 'mp4', maxBytes: 500_000_000 }],
      textLimits: [
        { label: 'Caption', copyField: 'body' as const, maxChars: 2200, recommended: false },
      ],
      notes: '',
    },
  ];
  const saved = await api.production.setChannelSpecs({ specs: edited });
  expect(saved.customSpecs).toBe(true);
  const read = await api.production.library();
  expect(read.channelSpecs.map((s) => [s.id, s.width, s.height])).toEqual([
    ['instagram-story', 1440, 2560],
    ['tiktok-feed', 1080, 1920],
  ]);

  const reset = await api.production.setChannelSpecs({ specs: null });
  expect(reset.customSpecs).toBe(false);
  expect(reset.channelSpecs).toEqual(BUILTIN_CHANNEL_SPECS);
});

it('refuses a bad spec library naming the spec and its field, and changes nothing', async () => {
  const api = binding.client;
  const story = BUILTIN_CHANNEL_SPECS.find((s) => s.id === 'instagram-story')!;
  const before = changeCount();
  const failure = api.production.setChannelSpecs({
    specs: [story, { ...story, id: 'instagram-story-wide', width: 0 }],
  });
  await expect(failure).rejects.toMatchObject({
    code: 'RULE_VIOLATION',
    data: {
      issues: [
        {
          field: 'specs[1].width',
          problem: 'Instagram story, width: must be more than 0 pixels',
        },
      ],
    },
  });
  expect(changeCount()).toBe(before);
  expect((await api.production.library()).customSpecs).toBe(false);
});
