import { expect, test } from 'vitest';
import { leadFixFor } from '../../../renderer/features/leads/leadFixTargets';
import {
  buildLeadPackage,
  DEFAULT_LEAD_SCORING,
  missingLeadParts,
  scoreLead,
} from '../../../shared/domain/leads';

// The panel matches a refused hand-off's parts by name: every part the domain can name has a
// row here, so a renamed part fails this test instead of silently losing its button.

const NOW = '2026-03-16T09:00:00.000Z';
const lead = {
  id: 'lead-1',
  personName: 'Ola Tomt',
  company: '',
  email: '',
  jobTitle: '',
  sourceChannel: '',
  interests: [],
  notes: '',
};
const bare = buildLeadPackage({
  lead,
  touches: [],
  score: scoreLead(lead, [], DEFAULT_LEAD_SCORING, NOW),
  campaign: null,
  receiver: null,
  now: NOW,
});

const FIX_OF: [part: string, field: string | null][] = [
  ['Receiver', 'assigneeId'],
  ['Company', 'company'],
  // The panel shows the email but never edits it; a score is not a field.
  ['Email', null],
  ['Source', 'sourceCampaignId'],
  ['Journey', 'touchKind'],
  ['Score', null],
  ['Talking points', 'notes'],
];

test('the table holds every part a bare package misses, in the domain’s order', () => {
  expect(missingLeadParts(bare).map((m) => m.part)).toEqual(FIX_OF.map(([part]) => part));
});

test.each(FIX_OF)('%s → %s', (part, field) => {
  expect(leadFixFor(part)?.field ?? null).toBe(field);
});

test('a part the panel does not know stays words', () => {
  expect(leadFixFor('Budget')).toBeNull();
});
