// How the sample agency's handoffs went, per handoff type (index of the stage the handoff
// leaves: 0 = Strategy → Creative … 6 = Retrospective → Done). Production → Launch is the one
// that hurts: packages wait days for the pre-flight sign-off and the client's tracking access,
// and most reach Launch after their due day. Creative → Production is sent back for file
// hygiene now and then; the rest flow. Health reads all of it from the change log.

export type StoryStep =
  | { kind: 'submit' | 'approve' | 'acknowledge' | 'done'; hours: number }
  | { kind: 'request_changes' | 'override'; hours: number; reason: string }
  | { kind: 'send_back'; hours: number; reason: string; missing: string[] };

/** After submission, each step `hours` after the one before; the last is the move on. */
export type Story = StoryStep[];

const flow = (approve: number, acknowledge: number, done: number): Story => [
  { kind: 'submit', hours: 0 },
  { kind: 'approve', hours: approve },
  { kind: 'acknowledge', hours: acknowledge },
  { kind: 'done', hours: done },
];

const changesRequested = (hours: number, reason: string, fixHours: number): Story => [
  { kind: 'submit', hours: 0 },
  { kind: 'request_changes', hours, reason },
  { kind: 'submit', hours: fixHours },
];

const sentBack = (approve: number, hours: number, reason: string, missing: string[]): Story => [
  { kind: 'submit', hours: 0 },
  { kind: 'approve', hours: approve },
  { kind: 'send_back', hours, reason, missing },
  { kind: 'submit', hours: 20 },
];

/** Then the second round of a story that came back. */
const secondRound = (approve: number, acknowledge: number): Story =>
  flow(approve, acknowledge, 2).slice(1);

export const STORIES: readonly (readonly Story[])[] = [
  [
    flow(20, 5, 2),
    [
      ...changesRequested(22, 'The strategy summary runs to five sentences: keep it to three.', 20),
      ...secondRound(6, 4),
    ],
    flow(9, 3, 2),
    flow(14, 6, 1),
    flow(18, 4, 2),
    flow(11, 8, 1),
    [
      ...sentBack(16, 8, 'No competitor examples to react to.', ['Competitive context']),
      ...secondRound(4, 3),
    ],
  ],
  [
    [
      ...changesRequested(26, 'The hero banner source file is not in the asset register.', 30),
      ...secondRound(14, 6),
    ],
    flow(22, 8, 2),
    flow(18, 4, 3),
    [
      ...sentBack(18, 10, 'Only flattened PNGs in the shared folder.', ['Layered source files']),
      ...secondRound(8, 4),
    ],
    flow(30, 6, 3),
  ],
  [
    flow(150, 30, 3),
    flow(176, 22, 2),
    [
      { kind: 'submit', hours: 0 },
      {
        kind: 'override',
        hours: 196,
        reason: 'The launch date is fixed by the client; tracking was checked with them on a call.',
      },
      { kind: 'done', hours: 2 },
    ],
    flow(104, 26, 4),
    flow(160, 40, 2),
  ],
  [flow(3, 2, 1), flow(5, 1, 1)],
  [
    flow(20, 6, 2),
    [
      ...changesRequested(18, 'The day 7 figures are missing from the report.', 12),
      ...secondRound(6, 4),
    ],
    flow(16, 5, 2),
    flow(24, 8, 1),
  ],
  [flow(26, 8, 2), flow(14, 10, 2)],
  [
    flow(10, 4, 1),
    flow(6, 3, 1),
    flow(20, 5, 2),
    [
      { kind: 'submit', hours: 0 },
      {
        kind: 'override',
        hours: 30,
        reason: 'Client signed off the wrap-up report by email; the quality owner is on leave.',
      },
      { kind: 'done', hours: 1 },
    ],
  ],
];

/**
 * When each past handoff was done, in hours after the start of its due day (0–24 is on time,
 * more is late), per handoff type before launch. Production → Launch is mostly late.
 */
export const DONE_HOURS_AFTER_DUE: readonly (readonly number[])[] = [
  [-30, 10, -52, 14, 30],
  [12, -20, 40, 6, -8],
  [56, 80, 20, 66, 92],
];

/** The wait of a package still in review: hours since submission, since approval (by type). */
export const OPEN_WAIT_HOURS: readonly { submitted: number; approved: number }[] = [
  { submitted: 26, approved: 6 },
  { submitted: 30, approved: 8 },
  { submitted: 160, approved: 26 },
  { submitted: 14, approved: 5 },
  { submitted: 20, approved: 6 },
  { submitted: 20, approved: 6 },
  { submitted: 10, approved: 3 },
];

/** Days a campaign spends in each stage when its history is laid back from today. */
export const STAGE_DAYS = [9, 13, 10, 1.5, 14, 15, 6];

/** The story of one past handoff of a campaign: varied across campaigns, fixed per demo. */
export function storyFor(campaignIndex: number, handoffIndex: number): Story {
  const options = STORIES[handoffIndex] ?? STORIES[0]!;
  return options[(campaignIndex * 3 + handoffIndex) % options.length]!;
}

export function doneHoursAfterDue(campaignIndex: number, handoffIndex: number): number | null {
  const options = DONE_HOURS_AFTER_DUE[handoffIndex];
  return options ? options[(campaignIndex * 2 + handoffIndex) % options.length]! : null;
}

export const storyHours = (story: Story) => story.reduce((sum, s) => sum + s.hours, 0);
