import type { CampaignSummary, CardGate } from '../../../shared/model';

// Plain ids: the board's helpers compare them, they do not validate them.
export const STAGES = [
  { id: 'st-strategy', name: 'Strategy' },
  { id: 'st-creative', name: 'Creative' },
  { id: 'st-production', name: 'Production' },
  { id: 'st-launch', name: 'Launch' },
];

export function gate(over: Partial<CardGate> = {}): CardGate {
  return {
    passed: false,
    state: 'missing',
    label: '2 missing',
    overridden: false,
    changedSinceApproval: false,
    missingCount: 2,
    waitingOn: [{ personId: 'p-jonas', because: 'responsible' }],
    ...over,
  };
}

export const PASSED: CardGate = {
  passed: true,
  state: 'ready',
  label: 'ready',
  overridden: false,
  changedSinceApproval: false,
  missingCount: 0,
  waitingOn: [],
};

export function card(over: Partial<CampaignSummary> = {}): CampaignSummary {
  return {
    id: 'c-spring',
    name: 'Spring Origins Launch',
    clientId: 'cl-northwind',
    clientName: 'Northwind Coffee',
    clientColor: '#8a4b2a',
    type: 'multi_channel',
    channels: ['email', 'instagram'],
    launchDate: '2027-02-04',
    stageId: 'st-strategy',
    stageName: 'Strategy',
    ownerId: 'p-maya',
    team: ['p-maya', 'p-sam'],
    currentHandoff: {
      id: 'h-spring',
      name: 'Creative brief',
      status: 'draft',
      dueDate: '2027-01-04',
      overdue: false,
      responsibleIds: [],
      accountableId: null,
      qualityOwnerId: null,
      receiverIds: [],
    },
    gate: gate(),
    negativeSlack: false,
    ...over,
  };
}
