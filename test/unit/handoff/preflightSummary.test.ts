import { describe, expect, it } from 'vitest';
import type { HandoffDetail } from '../../../shared/model';
import {
  preflightSummary,
  type PreflightSummary,
} from '../../../renderer/features/handoff/preflight/preflightSummary';
import { JONAS, MAYA, makeDetail, type FixtureOptions } from './detailFixture';

const NAMES: Record<string, string> = { [JONAS]: 'Jonas Weber', [MAYA]: 'Maya Okafor' };
const nameOf = (id: string) => NAMES[id] ?? 'a former teammate';

/** The fixture's handoff as if its template had a pre-flight. */
function withPreflight(o: FixtureOptions, signedHash?: 'now' | 'old'): HandoffDetail {
  const base = makeDetail(o);
  const events = signedHash
    ? [
        ...base.events,
        {
          ...base.events[0],
          id: 'event-signed',
          handoffId: base.handoff.id,
          kind: 'preflight_signed' as const,
          actorId: MAYA,
          deviceId: 'device-here',
          at: '2026-11-25T10:00:00.000Z',
          reason: null,
          packageHash: signedHash === 'now' ? base.packageHash : '0123456789abcdef',
          missing: [],
        },
      ]
    : base.events;
  return { ...base, events, template: { ...base.template, preflight: true } };
}

describe('preflightSummary', () => {
  it('is null for a template without a pre-flight', () => {
    expect(preflightSummary(makeDetail(), nameOf, JONAS)).toBeNull();
  });

  it.each<{
    name: string;
    detail: HandoffDetail;
    me: string | null;
    expected: Partial<PreflightSummary>;
  }>([
    {
      name: 'items open: which, and why the button cannot sign',
      detail: withPreflight({ ticked: false }),
      me: JONAS,
      expected: {
        state: 'incomplete',
        offerSign: true,
        blockedBecause: 'Tick the 2 open items first.',
      },
    },
    {
      name: 'complete, unsigned',
      detail: withPreflight({}),
      me: JONAS,
      expected: { state: 'unsigned', offerSign: true, blockedBecause: null },
    },
    {
      name: 'complete, unsigned, nobody chosen on this computer',
      detail: withPreflight({}),
      me: null,
      expected: {
        state: 'unsigned',
        blockedBecause: 'Choose who you are on this computer before signing.',
      },
    },
    {
      name: 'signed for the package as it is',
      detail: withPreflight({}, 'now'),
      me: JONAS,
      expected: { state: 'signed', text: 'Signed by Maya Okafor', offerSign: false },
    },
    {
      name: 'signed before the package changed',
      detail: withPreflight({}, 'old'),
      me: JONAS,
      expected: {
        state: 'signature-stale',
        text: 'Changed since Maya Okafor signed — sign again.',
        offerSign: true,
        blockedBecause: null,
      },
    },
  ])('$name', ({ detail, me, expected }) => {
    expect(preflightSummary(detail, nameOf, me)).toMatchObject(expected);
  });

  it('names the open items in checklist order', () => {
    const detail = withPreflight({ ticked: false });
    const text = preflightSummary(detail, nameOf, JONAS)!.text;
    expect(text).toBe(
      `Not ready to sign: 2 required items are not ticked — ${detail.checklist
        .filter((c) => c.required)
        .map((c) => c.label)
        .join(', ')}.`,
    );
  });
});
