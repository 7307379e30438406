import { expect, it } from 'vitest';
import { HANDOFF_EVENT_LABELS } from '../../../electron/cli/format';
import { HANDOFF_EVENT_KINDS } from '../../../shared/model';

// The CLI trail reads like the app's activity: no raw event kinds such as `preflight_signed`.
it.each([
  ['preflight_signed', 'signed the pre-flight'],
  ['changes_requested', 'requested changes'],
  ['sent_back', 'sent back'],
  ['override', 'overrode the gate'],
  ['submitted', 'submitted'],
] as const)('%s reads "%s"', (kind, label) => {
  expect(HANDOFF_EVENT_LABELS[kind]).toBe(label);
});

it('every event kind has a label in words, without underscores', () => {
  for (const kind of HANDOFF_EVENT_KINDS) {
    expect(HANDOFF_EVENT_LABELS[kind], kind).toMatch(/^[a-z -]+$/);
  }
});
