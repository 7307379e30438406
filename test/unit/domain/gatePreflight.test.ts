import { describe, expect, it } from 'vitest';
import { evaluateGate, missingItems, type HandoffPackage } from '../../../shared/domain/gate';
import { packageHash } from '../../../shared/domain/packageHash';
import { productionLaunch } from '../../../shared/domain/templates/productionLaunch';
import { CAMPAIGN_TYPES, type HandoffTemplate } from '../../../shared/model';

// A small template with a pre-flight, so each case shows only what the sign-off adds.
const TEMPLATE: HandoffTemplate = {
  id: 't-preflight',
  version: 1,
  name: 'Production → Launch package',
  from: 'production',
  to: 'launch',
  campaignTypes: ['paid_ads'],
  fields: [
    {
      key: 'trackingNotes',
      label: 'Tracking setup',
      type: 'text',
      required: true,
      help: '',
      columns: [],
    },
  ],
  checklist: [
    { key: 'assets', label: 'Every asset approved', required: true },
    { key: 'pixels', label: 'Pixels tested', required: true },
  ],
  defaultRaci: { R: [], A: null, C: [], I: [] },
  durationDays: 7,
  bufferDays: 2,
  preflight: true,
};

const FIELDS = { trackingNotes: 'UTMs on every link; Meta pixel tested by Ana.' };
const TICKED = TEMPLATE.checklist.map((c) => ({ label: c.label, required: true, done: true }));
const HASH = packageHash({ fields: FIELDS, checklist: TICKED });
const EDITED_HASH = packageHash({ fields: { trackingNotes: 'Changed' }, checklist: TICKED });

function pkg(overrides: Partial<HandoffPackage> = {}): HandoffPackage {
  return {
    status: 'draft',
    qualityOwnerId: 'p-owner',
    fields: FIELDS,
    checklist: TICKED,
    raci: [
      { personId: 'p-producer', role: 'R' },
      { personId: 'p-owner', role: 'A' },
    ],
    events: [],
    receiverIds: ['p-launch'],
    currentHash: HASH,
    ...overrides,
  };
}

const signature = (packageHash: string, signerName?: string) => ({
  personId: 'p-ana',
  at: '2026-11-26T18:40:12.000Z',
  packageHash,
  ...(signerName ? { signerName } : {}),
});

describe('the pre-flight sign-off in the gate', () => {
  it.each<{ name: string; pkg: Partial<HandoffPackage>; problem: string | null }>([
    { name: 'no signature', pkg: {}, problem: 'not signed' },
    { name: 'signature null', pkg: { preflight: null }, problem: 'not signed' },
    { name: 'signed for the package as it is', pkg: { preflight: signature(HASH) }, problem: null },
    {
      name: 'signed, then a field edited',
      pkg: { preflight: signature(HASH, 'Ana Ruiz'), currentHash: EDITED_HASH },
      problem:
        'signed before the package changed: sign again (signed by Ana Ruiz at 2026-11-26 18:40 UTC)',
    },
    {
      name: 'stale, signer unknown to the caller',
      pkg: { preflight: signature(HASH), currentHash: EDITED_HASH },
      problem:
        'signed before the package changed: sign again (signed by someone at 2026-11-26 18:40 UTC)',
    },
    {
      // The board does not hash packages never approved: the gate hashes them itself.
      name: 'no current hash given, package unchanged',
      pkg: { preflight: signature(HASH), currentHash: undefined },
      problem: null,
    },
    {
      name: 'no current hash given, package changed',
      pkg: { preflight: signature(EDITED_HASH, 'Ana Ruiz'), currentHash: undefined },
      problem:
        'signed before the package changed: sign again (signed by Ana Ruiz at 2026-11-26 18:40 UTC)',
    },
  ])('$name', ({ pkg: overrides, problem }) => {
    const preflight = missingItems(pkg(overrides), TEMPLATE).filter((m) => m.kind === 'preflight');
    expect(preflight).toEqual(
      problem === null
        ? []
        : [{ kind: 'preflight', key: 'preflight', label: 'Pre-flight sign-off', problem }],
    );
  });

  it('lists the sign-off after the open items, which it does not repeat', () => {
    const open = TICKED.map((c, i) => (i === 1 ? { ...c, done: false } : c));
    const missing = missingItems(pkg({ checklist: open, preflight: null }), TEMPLATE);
    expect(missing.map((m) => `${m.kind}: ${m.label} ${m.problem}`)).toEqual([
      'checklist: Pixels tested not ticked',
      'preflight: Pre-flight sign-off not signed',
    ]);
  });

  it('asks nothing of templates without a pre-flight, signed or not', () => {
    const plain = { ...TEMPLATE, preflight: undefined };
    expect(missingItems(pkg(), plain)).toEqual([]);
    expect(missingItems(pkg({ preflight: signature(EDITED_HASH) }), plain)).toEqual([]);
  });

  it.each<{ name: string; pkg: Partial<HandoffPackage>; passed: boolean; state: string }>([
    {
      name: 'acknowledged but unsigned',
      pkg: { status: 'acknowledged' },
      passed: false,
      state: 'missing',
    },
    {
      name: 'acknowledged and signed',
      pkg: { status: 'acknowledged', preflight: signature(HASH) },
      passed: true,
      state: 'ready',
    },
    {
      name: 'acknowledged, signed, then edited',
      pkg: { status: 'acknowledged', preflight: signature(HASH), currentHash: EDITED_HASH },
      passed: false,
      state: 'missing',
    },
    {
      name: 'unsigned but overridden by the Accountable',
      pkg: { status: 'submitted', events: [{ kind: 'override' }] },
      passed: true,
      state: 'ready',
    },
  ])('the gate: $name', ({ pkg: overrides, passed, state }) => {
    const result = evaluateGate(pkg(overrides), TEMPLATE);
    expect({ passed: result.passed, state: result.state }).toEqual({ passed, state });
  });

  it('every campaign type’s Production → Launch template has a pre-flight', () => {
    for (const type of CAMPAIGN_TYPES) expect(productionLaunch(type).preflight, type).toBe(true);
  });
});
