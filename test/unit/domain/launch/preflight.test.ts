import { describe, expect, it } from 'vitest';
import { packageHash } from '../../../../shared/domain/packageHash';
import {
  canSignPreflight,
  preflightState,
  signPreflight,
  type PreflightItem,
  type PreflightSignature,
} from '../../../../shared/domain/launch/preflight';

const item = (label: string, done: boolean, required = true): PreflightItem => ({
  label,
  required,
  done,
});

const ALL_TICKED = [
  item('Links checked', true),
  item('Pixel firing', true),
  item('Budget caps set', true),
  item('Team told', false, false),
];

const NAMES: Record<string, string> = { ana: 'Ana Duarte', ben: 'Ben Okafor' };
const nameOf = (id: string) => NAMES[id] ?? id;

const signed = (hash: string): PreflightSignature => ({
  personId: 'ana',
  at: '2026-03-14T09:30:00Z',
  packageHash: hash,
});

describe('preflightState', () => {
  it.each<{
    name: string;
    items: PreflightItem[];
    signature: PreflightSignature | null;
    current: string;
    state: string;
    message: string;
  }>([
    {
      name: 'complete, signed, nothing changed since',
      items: ALL_TICKED,
      signature: signed('h1'),
      current: 'h1',
      state: 'signed',
      message: 'Pre-flight signed by Ana Duarte on 2026-03-14T09:30:00Z',
    },
    {
      name: 'complete and not signed',
      items: ALL_TICKED,
      signature: null,
      current: 'h1',
      state: 'unsigned',
      message: 'The pre-flight checklist is complete but not signed',
    },
    {
      name: 'signed, then the package changed',
      items: ALL_TICKED,
      signature: signed('h1'),
      current: 'h2',
      state: 'signature-stale',
      message:
        'Signed by Ana Duarte on 2026-03-14T09:30:00Z, but the package has changed since: the pre-flight needs signing again',
    },
    {
      name: 'one required item open',
      items: [item('Links checked', true), item('Pixel firing', false)],
      signature: null,
      current: 'h1',
      state: 'incomplete',
      message: '1 required pre-flight item is not ticked: Pixel firing',
    },
    {
      name: 'several open, named in checklist order; optional ones never block',
      items: [
        item('Links checked', false),
        item('Team told', false, false),
        item('Budget caps set', false),
      ],
      signature: null,
      current: 'h1',
      state: 'incomplete',
      message: '2 required pre-flight items are not ticked: Links checked, Budget caps set',
    },
    {
      name: 'an item unticked after signing: incomplete first, naming who signed',
      items: [item('Links checked', true), item('Pixel firing', false)],
      signature: signed('h1'),
      current: 'h2',
      state: 'incomplete',
      message:
        '1 required pre-flight item is not ticked: Pixel firing; the earlier signature by Ana Duarte (2026-03-14T09:30:00Z) no longer counts',
    },
    {
      name: 'an empty checklist has nothing open',
      items: [],
      signature: null,
      current: 'h1',
      state: 'unsigned',
      message: 'The pre-flight checklist is complete but not signed',
    },
  ])('$name', ({ items, signature, current, state, message }) => {
    const result = preflightState(items, signature, current, nameOf);
    expect(result.state).toBe(state);
    expect(result.message).toBe(message);
  });

  it('names the open items as data, for the panel to highlight', () => {
    const result = preflightState([item('A', false), item('B', true), item('C', false)], null, 'h');
    expect(result.state === 'incomplete' && result.open).toEqual(['A', 'C']);
  });

  it('says who signed by id when no names are given', () => {
    expect(preflightState(ALL_TICKED, signed('h'), 'h').message).toBe(
      'Pre-flight signed by ana on 2026-03-14T09:30:00Z',
    );
  });

  it('keeps the stale signature and the current hash in the result', () => {
    const result = preflightState(ALL_TICKED, signed('old'), 'new');
    expect(result).toMatchObject({
      state: 'signature-stale',
      signature: { personId: 'ana', at: '2026-03-14T09:30:00Z', packageHash: 'old' },
      currentPackageHash: 'new',
    });
  });
});

describe('preflightState bound to packageHash', () => {
  const pkg = {
    fields: { launchSequence: 'email 09:00, social 10:00', utm: 'utm_source=newsletter' },
    checklist: ALL_TICKED,
  };

  it.each<{ name: string; after: typeof pkg; state: string }>([
    { name: 'the same package', after: pkg, state: 'signed' },
    {
      name: 'the same fields in another key order',
      after: { ...pkg, fields: { utm: pkg.fields.utm, launchSequence: pkg.fields.launchSequence } },
      state: 'signed',
    },
    {
      name: 'a field edited after signing',
      after: { ...pkg, fields: { ...pkg.fields, launchSequence: 'email 09:00, social 11:00' } },
      state: 'signature-stale',
    },
    {
      name: 'an optional checklist item ticked after signing',
      after: { ...pkg, checklist: ALL_TICKED.map((i) => ({ ...i, done: true })) },
      state: 'signature-stale',
    },
    {
      name: 'a checklist item added after signing',
      after: { ...pkg, checklist: [...ALL_TICKED, item('Seed list sent', true)] },
      state: 'signature-stale',
    },
  ])('$name', ({ after, state }) => {
    const signing = signPreflight(pkg.checklist, 'ana', '2026-03-14T09:30:00Z', packageHash(pkg));
    if (!signing.ok) throw new Error(signing.message);
    expect(preflightState(after.checklist, signing.signature, packageHash(after)).state).toBe(
      state,
    );
  });
});

describe('canSignPreflight', () => {
  it.each<{ name: string; items: PreflightItem[]; open: string[] | null }>([
    { name: 'every required item ticked', items: ALL_TICKED, open: null },
    { name: 'only optional items open', items: [item('Team told', false, false)], open: null },
    {
      name: 'required items open',
      items: [
        item('Links checked', false),
        item('Pixel firing', true),
        item('Budget caps set', false),
      ],
      open: ['Links checked', 'Budget caps set'],
    },
  ])('$name', ({ items, open }) => {
    const result = canSignPreflight(items);
    expect(result.ok ? null : result.open).toEqual(open);
  });

  it('says why not', () => {
    const result = canSignPreflight([item('Pixel firing', false)]);
    expect(!result.ok && result.message).toBe(
      'Cannot sign yet: 1 required pre-flight item is not ticked: Pixel firing',
    );
  });
});

describe('signPreflight', () => {
  it.each<{
    name: string;
    items: PreflightItem[];
    personId: string;
    at: string;
    result: unknown;
  }>([
    {
      name: 'binds the signature to the current package hash',
      items: ALL_TICKED,
      personId: 'ben',
      at: '2026-03-14T10:00:00Z',
      result: {
        ok: true,
        signature: { personId: 'ben', at: '2026-03-14T10:00:00Z', packageHash: 'h9' },
      },
    },
    {
      name: 'items open',
      items: [item('Pixel firing', false)],
      personId: 'ben',
      at: '2026-03-14T10:00:00Z',
      result: {
        ok: false,
        field: 'checklist',
        message: 'Cannot sign yet: 1 required pre-flight item is not ticked: Pixel firing',
      },
    },
    {
      name: 'nobody signing',
      items: ALL_TICKED,
      personId: ' ',
      at: '2026-03-14T10:00:00Z',
      result: { ok: false, field: 'personId', message: 'personId is required to sign' },
    },
    {
      name: 'a time that is not an instant',
      items: ALL_TICKED,
      personId: 'ben',
      at: '2026-03-14',
      result: { ok: false, field: 'at', message: 'at must be an ISO date-time, not "2026-03-14"' },
    },
  ])('$name', ({ items, personId, at, result }) => {
    expect(signPreflight(items, personId, at, 'h9')).toEqual(result);
  });
});
