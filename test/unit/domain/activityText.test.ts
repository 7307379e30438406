import { describe, expect, it } from 'vitest';
import {
  describeTransaction,
  type ActivityNames,
  type ChangeFact,
} from '../../../shared/domain/activityText';

// One campaign: a Strategy → Creative handoff (h1) with a field, a checklist item, a RACI row,
// an event and a comment inside it, and a Creative → Production handoff (h2).
const PEOPLE: Record<string, string> = { maya: 'Maya Okafor', sam: 'Sam Reyes' };
const STAGES: Record<string, string> = { strategy: 'Strategy', creative: 'Creative' };
const HANDOFFS: Record<string, string> = {
  h1: 'Strategy → Creative',
  h2: 'Creative → Production',
};
const CHILDREN: Record<string, string> = {
  'field-objective': 'h1',
  'field-summary': 'h1',
  'item-brand': 'h1',
  'raci-1': 'h1',
  'event-1': 'h1',
  'comment-1': 'h1',
};
const FIELD_LABELS: Record<string, string> = {
  'field-objective': 'Objective',
  'field-summary': 'Strategy summary',
};
const CHECKLIST_LABELS: Record<string, string> = {
  'item-brand': 'Brand guidelines reviewed for this brief',
};

const NAMES: ActivityNames = {
  person: (id) => (id ? (PEOPLE[id] ?? 'someone') : 'nobody'),
  stage: (id) => STAGES[id] ?? 'another stage',
  handoff: (id) => HANDOFFS[id] ?? null,
  handoffOf: (_entity, id) => CHILDREN[id] ?? null,
  fieldLabel: (_handoffId, fieldId) => FIELD_LABELS[fieldId] ?? fieldId,
  checklistLabel: (itemId) => CHECKLIST_LABELS[itemId] ?? 'a checklist item',
};

const c = (entity: string, entityId: string, field: string, value: unknown): ChangeFact => ({
  entity,
  entityId,
  field,
  value,
});

/** The rows one status-flow step writes: the event and the handoff's new status. */
const event = (kind: string, reason: string | null = null, status = 'submitted'): ChangeFact[] => [
  c('handoffEvent', 'event-1', 'handoffId', 'h1'),
  c('handoffEvent', 'event-1', 'kind', kind),
  c('handoffEvent', 'event-1', 'actorId', 'maya'),
  c('handoffEvent', 'event-1', 'reason', reason),
  c('handoffEvent', 'event-1', 'missing', []),
  c('handoff', 'h1', 'status', status),
];

describe('describeTransaction: handoff events', () => {
  it.each<[string, ChangeFact[], string]>([
    ['submitted', event('submitted'), 'submitted the Strategy → Creative handoff'],
    ['approved', event('approved', null, 'approved'), 'approved the Strategy → Creative handoff'],
    [
      'changes requested, with the reason',
      event('changes_requested', 'Name the audience', 'changes_requested'),
      'requested changes to the Strategy → Creative handoff: “Name the audience”',
    ],
    [
      'acknowledged',
      event('acknowledged', null, 'acknowledged'),
      'confirmed they have what they need from the Strategy → Creative handoff',
    ],
    [
      'sent back, with the reason',
      event('sent_back', 'No logo files', 'changes_requested'),
      'sent the Strategy → Creative handoff back: “No logo files”',
    ],
    [
      'override, with the reason',
      event('override', 'Client signed off by phone', 'draft'),
      'overrode the gate of the Strategy → Creative handoff: “Client signed off by phone”',
    ],
    [
      'reopened by an edit after approval: the event wins over the field edit',
      [
        c('handoffField', 'field-objective', 'value', 'Win back 15% of buyers.'),
        ...event('reopened', 'Changed since approval: needs re-approval'),
      ],
      'reopened the Strategy → Creative handoff: “Changed since approval: needs re-approval”',
    ],
    [
      'a forward move names the handoff it completed',
      [
        c('campaign', 'camp', 'stageId', 'creative'),
        ...event('done', null, 'done'),
        c('handoff', 'h2', 'createdAt', '2026-06-10T09:00:00.000Z'),
      ],
      'completed the Strategy → Creative handoff',
    ],
    [
      'an empty reason adds nothing',
      event('approved', '', 'approved'),
      'approved the Strategy → Creative handoff',
    ],
  ])('%s', (_name, changes, text) => {
    expect(describeTransaction(changes, NAMES)).toBe(text);
  });

  it('an event of a handoff outside the campaign falls through to the other changes', () => {
    const changes = [
      c('handoffEvent', 'event-elsewhere', 'kind', 'approved'),
      c('handoff', 'h-elsewhere', 'status', 'approved'),
    ];
    expect(describeTransaction(changes, NAMES)).toBeNull();
  });
});

describe('describeTransaction: the campaign', () => {
  it.each<[string, ChangeFact[], string]>([
    [
      'created, with its first handoff, checklist and RACI',
      [
        c('campaign', 'camp', 'name', 'Autumn launch'),
        c('campaign', 'camp', 'stageId', 'strategy'),
        c('campaign', 'camp', 'launchDate', '2026-09-15'),
        c('campaign', 'camp', 'createdAt', '2026-06-10T09:00:00.000Z'),
        c('handoff', 'h1', 'createdAt', '2026-06-10T09:00:00.000Z'),
        c('handoff', 'h1', 'qualityOwnerId', 'maya'),
        c('checklistItem', 'item-brand', 'done', false),
        c('raci', 'raci-1', 'role', 'R'),
      ],
      'created the campaign',
    ],
    [
      'card moved without a handoff event',
      [c('campaign', 'camp', 'stageId', 'creative')],
      'moved the card to Creative',
    ],
    [
      'card moved to a stage that no longer exists',
      [c('campaign', 'camp', 'stageId', 'gone')],
      'moved the card to another stage',
    ],
    [
      'launch date moved, with the re-planned due dates',
      [
        c('campaign', 'camp', 'launchDate', '2026-09-22'),
        c('handoff', 'h1', 'dueDate', '2026-08-17'),
        c('handoff', 'h2', 'dueDate', '2026-09-02'),
      ],
      'moved the launch date to 2026-09-22',
    ],
    ['launch date cleared', [c('campaign', 'camp', 'launchDate', null)], 'cleared the launch date'],
    [
      'launch date and name together: the launch date is the news',
      [
        c('campaign', 'camp', 'name', 'Autumn relaunch'),
        c('campaign', 'camp', 'launchDate', '2026-10-01'),
      ],
      'moved the launch date to 2026-10-01',
    ],
    [
      'archived',
      [c('campaign', 'camp', 'deletedAt', '2026-06-10T09:00:00.000Z')],
      'archived the campaign',
    ],
    ['restored', [c('campaign', 'camp', 'deletedAt', null)], 'restored the campaign'],
    ['renamed', [c('campaign', 'camp', 'name', 'Autumn relaunch')], 'renamed the campaign'],
    ['new client', [c('campaign', 'camp', 'clientId', 'client-2')], 'changed the client'],
    ['channels', [c('campaign', 'camp', 'channels', ['email'])], 'changed the channels'],
    [
      'plan durations, with the re-planned due dates',
      [
        c('campaign', 'camp', 'planOverrides', { creative: { durationDays: 15, bufferDays: 2 } }),
        c('handoff', 'h1', 'dueDate', '2026-08-10'),
      ],
      'changed the plan’s durations',
    ],
  ])('%s', (_name, changes, text) => {
    expect(describeTransaction(changes, NAMES)).toBe(text);
  });
});

describe('describeTransaction: inside a handoff', () => {
  it.each<[string, ChangeFact[], string]>([
    [
      'ticked a checklist item',
      [
        c('checklistItem', 'item-brand', 'done', true),
        c('checklistItem', 'item-brand', 'doneById', 'sam'),
        c('checklistItem', 'item-brand', 'doneAt', '2026-06-10T09:00:00.000Z'),
      ],
      'ticked “Brand guidelines reviewed for this brief” in the Strategy → Creative handoff',
    ],
    [
      'unticked a checklist item',
      [
        c('checklistItem', 'item-brand', 'done', false),
        c('checklistItem', 'item-brand', 'doneById', null),
      ],
      'unticked “Brand guidelines reviewed for this brief” in the Strategy → Creative handoff',
    ],
    [
      'edited a field',
      [c('handoffField', 'field-summary', 'value', 'One. Two.')],
      'edited Strategy summary in the Strategy → Creative handoff',
    ],
    [
      'added a field (a new row with its handoff and key)',
      [
        c('handoffField', 'field-objective', 'handoffId', 'h1'),
        c('handoffField', 'field-objective', 'key', 'objective'),
        c('handoffField', 'field-objective', 'value', 'Win back buyers.'),
      ],
      'edited Objective in the Strategy → Creative handoff',
    ],
    [
      'edited a field of a handoff outside the campaign',
      [c('handoffField', 'field-elsewhere', 'value', 'x')],
      'edited a field',
    ],
    [
      'changed the RACI',
      [c('raci', 'raci-1', 'deletedAt', '2026-06-10T09:00:00.000Z')],
      'changed the RACI in the Strategy → Creative handoff',
    ],
    [
      'named the quality owner',
      [c('handoff', 'h1', 'qualityOwnerId', 'maya')],
      'made Maya Okafor quality owner of the Strategy → Creative handoff',
    ],
    [
      'cleared the quality owner',
      [c('handoff', 'h1', 'qualityOwnerId', null)],
      'made nobody quality owner of the Strategy → Creative handoff',
    ],
    [
      'commented',
      [
        c('comment', 'comment-1', 'handoffId', 'h1'),
        c('comment', 'comment-1', 'authorId', 'sam'),
        c('comment', 'comment-1', 'body', 'Can we use the farm photos?'),
      ],
      'commented in the Strategy → Creative handoff: “Can we use the farm photos?”',
    ],
    [
      'a long comment is cut to 140 characters',
      [c('comment', 'comment-1', 'body', 'x'.repeat(500))],
      `commented in the Strategy → Creative handoff: “${'x'.repeat(140)}”`,
    ],
    [
      'opened a handoff (with its default quality owner)',
      [
        c('handoff', 'h2', 'createdAt', '2026-06-10T09:00:00.000Z'),
        c('handoff', 'h2', 'qualityOwnerId', 'maya'),
        c('handoff', 'h2', 'status', 'draft'),
      ],
      'opened the Creative → Production handoff',
    ],
  ])('%s', (_name, changes, text) => {
    expect(describeTransaction(changes, NAMES)).toBe(text);
  });
});

describe('describeTransaction: nothing worth a line', () => {
  it.each<[string, ChangeFact[]]>([
    ['an empty transaction', []],
    [
      'a person added',
      [c('person', 'p1', 'name', 'Ada'), c('person', 'p1', 'roleTitle', 'Analyst')],
    ],
    ['a client edited', [c('client', 'cl1', 'name', 'Acme')]],
    ['only due dates re-planned', [c('handoff', 'h1', 'dueDate', '2026-08-10')]],
    ['only a status, without its event', [c('handoff', 'h1', 'status', 'submitted')]],
    ['a stage renamed', [c('stage', 'creative', 'name', 'Ideas')]],
  ])('%s', (_name, changes) => {
    expect(describeTransaction(changes, NAMES)).toBeNull();
  });
});
