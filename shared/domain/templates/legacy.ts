import type { HandoffTemplate, StageKey } from '../../model';
import { CAMPAIGN_TYPES } from '../../model';
import { STRATEGY_TO_CREATIVE } from './brief';
import { UNIVERSAL_FIELDS } from './universal';

interface TransitionDefaults {
  from: StageKey;
  to: StageKey;
  name: string;
  checklist: string[];
  R: string[];
  A: string;
  durationDays: number;
  bufferDays: number;
}

// The first built-ins: one template per transition for every campaign type, the universal
// answers plus a short checklist. Handoffs created before the per-type templates reference
// these ids and versions, so their content is frozen: never edit it, add a template instead.
const OTHER_TRANSITIONS: TransitionDefaults[] = [
  {
    from: 'creative',
    to: 'production',
    name: 'Creative → Production package',
    checklist: ['Source files named by convention', 'Copy variations labelled'],
    R: ['Designer'],
    A: 'Creative Director',
    durationDays: 10,
    bufferDays: 2,
  },
  {
    from: 'production',
    to: 'launch',
    name: 'Production → Launch package',
    checklist: ['Every asset approved', 'Tracking tested', 'Pre-flight signed'],
    R: ['Producer'],
    A: 'Account Director',
    durationDays: 7,
    bufferDays: 2,
  },
  {
    from: 'launch',
    to: 'live',
    name: 'Go-live',
    checklist: ['Launch sequence completed', 'Monitoring owners on call'],
    R: ['Producer'],
    A: 'Account Director',
    durationDays: 1,
    bufferDays: 0,
  },
  {
    from: 'live',
    to: 'optimization',
    name: 'Analytics → Optimization',
    checklist: ['Dashboard reviewed'],
    R: ['Analyst'],
    A: 'Account Director',
    durationDays: 14,
    bufferDays: 0,
  },
  {
    from: 'optimization',
    to: 'retrospective',
    name: 'Optimization → Retrospective',
    checklist: ['Backlog triaged'],
    R: ['Analyst'],
    A: 'Account Director',
    durationDays: 14,
    bufferDays: 0,
  },
  {
    from: 'retrospective',
    to: 'done',
    name: 'Retrospective',
    checklist: ['Learnings added to the playbook'],
    R: ['Producer'],
    A: 'Account Director',
    durationDays: 7,
    bufferDays: 0,
  },
];

export const LEGACY_TEMPLATES: readonly HandoffTemplate[] = [
  STRATEGY_TO_CREATIVE,
  ...OTHER_TRANSITIONS.map((t): HandoffTemplate => ({
    id: `builtin.${t.from}-${t.to}`,
    version: 1,
    name: t.name,
    from: t.from,
    to: t.to,
    campaignTypes: [...CAMPAIGN_TYPES],
    fields: UNIVERSAL_FIELDS,
    checklist: t.checklist.map((label, i) => ({ key: `item${i + 1}`, label, required: true })),
    defaultRaci: { R: t.R, A: t.A, C: [], I: [] },
    durationDays: t.durationDays,
    bufferDays: t.bufferDays,
  })),
];

/** For transitions between stages the team added: the universal answers and nothing else. */
export const GENERIC_TEMPLATE: HandoffTemplate = {
  id: 'builtin.generic',
  version: 1,
  name: 'Handoff',
  from: null,
  to: null,
  campaignTypes: [...CAMPAIGN_TYPES],
  fields: UNIVERSAL_FIELDS,
  checklist: [],
  defaultRaci: { R: [], A: null, C: [], I: [] },
  durationDays: 5,
  bufferDays: 1,
};
