import { evaluateGate } from '../../../shared/domain/gate';
import { toGateView } from '../../../shared/domain/gateView';
import { packageHash } from '../../../shared/domain/packageHash';
import { STRATEGY_TO_CREATIVE } from '../../../shared/domain/templates/brief';
import type {
  FieldValue,
  HandoffDetail,
  HandoffEvent,
  HandoffStatus,
  RaciRole,
} from '../../../shared/model';

// A Strategy → Creative handoff as `handoffs.get` returns it, with its gate evaluated by the
// domain (as the backend does), for the panel's pure helpers.

export const JONAS = '00000000-0000-7000-8000-00000000000a'; // Responsible
export const MAYA = '00000000-0000-7000-8000-00000000000b'; // Accountable and quality owner
export const TOM = '00000000-0000-7000-8000-00000000000c'; // Consulted
export const SAM = '00000000-0000-7000-8000-00000000000d'; // receiver (next stage's Responsible)
export const STRANGER = '00000000-0000-7000-8000-00000000000e';
const HANDOFF = '00000000-0000-7000-8000-000000000100';

export const COMPLETE_FIELDS: Record<string, FieldValue> = {
  objective: 'Sell 8,000 bags.',
  context: 'Last year hit 80%.',
  constraints: 'Budget fixed.',
  success: 'Creative starts without a call.',
  strategySummary: 'Taste where it comes from. Reach brewers. One action each.',
  audience: [{ aspect: 'Demographics', insight: 'Home brewers' }],
  primaryMessage: 'Taste where your coffee comes from.',
  supportingPoints: ['Farm stories'],
  successMetrics: [{ metric: 'Bags', target: '8,000', byWhen: 'Six weeks' }],
};

export interface FixtureOptions {
  status?: HandoffStatus;
  fields?: Record<string, FieldValue>;
  ticked?: boolean;
  raci?: { personId: string; role: RaciRole }[];
  qualityOwnerId?: string | null;
  receiverIds?: string[];
  events?: Partial<HandoffEvent>[];
  /** Hash of the approved package; defaults to the package now when the status implies one. */
  approvedHash?: string | null;
}

export function makeDetail(o: FixtureOptions = {}): HandoffDetail {
  const status = o.status ?? 'draft';
  const fields = o.fields ?? COMPLETE_FIELDS;
  const ticked = o.ticked ?? true;
  const checklist = STRATEGY_TO_CREATIVE.checklist.map((c, position) => ({
    id: `00000000-0000-7000-8000-00000000020${position}`,
    handoffId: HANDOFF,
    key: c.key,
    label: c.label,
    required: c.required,
    position,
    done: ticked,
    doneById: ticked ? JONAS : null,
    doneAt: ticked ? '2026-11-20T10:00:00.000Z' : null,
  }));
  const raci = (
    o.raci ?? [
      { personId: JONAS, role: 'R' as const },
      { personId: MAYA, role: 'A' as const },
      { personId: TOM, role: 'C' as const },
    ]
  ).map((r, i) => ({ id: `raci-${i}`, handoffId: HANDOFF, ...r }));
  const events: HandoffEvent[] = (o.events ?? []).map((e, i) => ({
    id: `event-${i}`,
    handoffId: HANDOFF,
    kind: 'submitted',
    actorId: JONAS,
    deviceId: 'device-here',
    at: `2026-11-2${i}T10:00:00.000Z`,
    reason: null,
    packageHash: null,
    missing: [],
    ...e,
  }));
  const currentHash = packageHash({ fields, checklist });
  const approvedLike = status === 'approved' || status === 'acknowledged' || status === 'done';
  const approvedHash =
    o.approvedHash !== undefined ? o.approvedHash : approvedLike ? currentHash : null;
  const qualityOwnerId = o.qualityOwnerId !== undefined ? o.qualityOwnerId : MAYA;
  const receiverIds = o.receiverIds ?? [SAM];
  const result = evaluateGate(
    {
      status,
      qualityOwnerId,
      fields,
      checklist,
      raci,
      events,
      receiverIds,
      currentHash,
      approvedHash,
    },
    STRATEGY_TO_CREATIVE,
  );
  const gate = toGateView(result);
  return {
    handoff: {
      id: HANDOFF,
      campaignId: '00000000-0000-7000-8000-000000000300',
      fromStageId: '00000000-0000-7000-8000-000000000401',
      toStageId: '00000000-0000-7000-8000-000000000402',
      templateId: STRATEGY_TO_CREATIVE.id,
      templateVersion: STRATEGY_TO_CREATIVE.version,
      status,
      dueDate: '2026-12-09',
      qualityOwnerId,
      createdAt: '2026-11-01T09:00:00.000Z',
      deletedAt: null,
    },
    fromStageName: 'Strategy',
    toStageName: 'Creative',
    template: STRATEGY_TO_CREATIVE,
    fields,
    checklist,
    raci,
    events,
    comments: [],
    gate,
    overdue: false,
    packageHash: currentHash,
    approvedHash,
    receiverIds,
  };
}
