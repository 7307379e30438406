import type {
  AssetRegisterRow,
  CampaignDetail,
  FieldValue,
  HandoffDetail,
  HandoffEventKind,
  Person,
  RaciRole,
  TemplateField,
} from '../../model';
import { HANDOFF_STATUS_LABELS } from '../../model';

/**
 * A handoff package as plain data, decided here once so the PDF and the Markdown print the same
 * facts: a renderer only lays out what this says (MISSING included), never re-decides it.
 */

export type ExportField =
  | { kind: 'text'; label: string; text: string }
  | { kind: 'list'; label: string; items: string[] }
  | { kind: 'table'; label: string; columns: string[]; rows: string[][] }
  /** A required field left empty: printed as MISSING in a style nobody overlooks. */
  | { kind: 'missing'; label: string }
  /** An optional field left empty. */
  | { kind: 'empty'; label: string };

export interface ExportTrailEntry {
  what: string;
  person: string;
  /** The person's RACI role on this handoff ("A"), or their job title when they have none. */
  role: string;
  at: string;
  device: string;
  reason: string | null;
  /** Overrides are highlighted: the gate was passed with something missing. */
  override: boolean;
}

export interface ExportHandoff {
  /** "Creative → Production" */
  title: string;
  statusLabel: string;
  gateLabel: string;
  dueDate: string | null;
  overdue: boolean;
  qualityOwner: string | null;
  fields: ExportField[];
  checklist: {
    label: string;
    done: boolean;
    required: boolean;
    by: string | null;
    at: string | null;
  }[];
  raci: { role: RaciRole; person: string }[];
  preflight: { by: string; at: string; packageHash: string } | null;
  trail: ExportTrailEntry[];
  /** The gate's missing list, in its words. */
  openItems: string[];
}

export interface ExportAsset {
  name: string;
  format: string;
  approval: string;
  approvedBy: string | null;
  versions: { label: string; fileName: string; by: string | null; at: string }[];
}

export interface ExportPlanStep {
  name: string;
  dueDate: string | null;
  gate: string;
  owner: string;
}

export interface ExportDocument {
  /** The file's title: the campaign, or the campaign and the one handoff. */
  title: string;
  campaignName: string;
  clientName: string;
  /** The client's accent colour, `#rrggbb`. */
  accentColor: string;
  launchDate: string | null;
  generatedAt: string;
  appVersion: string;
  /** Only for a campaign export: the timeline and who owns what. */
  summary: ExportPlanStep[] | null;
  handoffs: ExportHandoff[];
  assets: ExportAsset[];
}

export interface ExportInput {
  detail: CampaignDetail;
  people: readonly Person[];
  assets: readonly AssetRegisterRow[];
  generatedAt: string;
  appVersion: string;
  deviceName?: (deviceId: string) => string | undefined;
}

const EVENT_WORDS: Record<HandoffEventKind, string> = {
  submitted: 'Submitted',
  approved: 'Approved',
  changes_requested: 'Requested changes',
  acknowledged: 'Acknowledged',
  sent_back: 'Sent back',
  override: 'Overrode the gate',
  reopened: 'Reopened',
  done: 'Marked done',
  preflight_signed: 'Signed the pre-flight',
};

const APPROVAL_WORDS: Record<string, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
};

export const handoffTitle = (h: Pick<HandoffDetail, 'fromStageName' | 'toStageName'>) =>
  `${h.fromStageName} → ${h.toStageName}`;

/** One package field as printed: its value in the shape of its type, or MISSING / empty. */
export function exportField(field: TemplateField, value: FieldValue | undefined): ExportField {
  const label = field.label;
  const blank = (): ExportField =>
    field.required ? { kind: 'missing', label } : { kind: 'empty', label };
  if (value === undefined || value === null) return blank();
  if (typeof value === 'number') return { kind: 'text', label, text: String(value) };
  if (typeof value === 'string') {
    return value.trim() === '' ? blank() : { kind: 'text', label, text: value };
  }
  if (value.length === 0) return blank();
  if (typeof value[0] === 'string') {
    return { kind: 'list', label, items: (value as string[]).filter((v) => v.trim() !== '') };
  }
  const rows = value as Record<string, string>[];
  const columns =
    field.columns.length > 0
      ? field.columns
      : [...new Set(rows.flatMap((r) => Object.keys(r)))].map((k) => ({ key: k, label: k }));
  return {
    kind: 'table',
    label,
    columns: columns.map((c) => c.label),
    rows: rows.map((r) => columns.map((c) => r[c.key] ?? '')),
  };
}

function namer(people: readonly Person[]) {
  const byId = new Map(people.map((p) => [p.id, p]));
  return {
    name: (id: string | null | undefined) =>
      id ? (byId.get(id)?.name ?? 'Someone removed') : 'Unknown',
    title: (id: string | null | undefined) => (id ? (byId.get(id)?.roleTitle ?? '') : ''),
  };
}

export function exportHandoff(
  h: HandoffDetail,
  people: readonly Person[],
  deviceName: ExportInput['deviceName'] = () => undefined,
): ExportHandoff {
  const who = namer(people);
  const roleOf = (personId: string | null) => {
    const roles = h.raci.filter((r) => r.personId === personId).map((r) => r.role);
    return roles.length > 0 ? roles.join('/') : who.title(personId);
  };
  const signed = h.events.findLast((e) => e.kind === 'preflight_signed');
  return {
    title: handoffTitle(h),
    statusLabel: HANDOFF_STATUS_LABELS[h.handoff.status],
    gateLabel: h.gate.label,
    dueDate: h.handoff.dueDate,
    overdue: h.overdue,
    qualityOwner: h.handoff.qualityOwnerId ? who.name(h.handoff.qualityOwnerId) : null,
    fields: h.template.fields.map((f) => exportField(f, h.fields[f.key])),
    checklist: h.checklist.map((c) => ({
      label: c.label,
      done: c.done,
      required: c.required,
      by: c.done && c.doneById ? who.name(c.doneById) : null,
      at: c.done ? c.doneAt : null,
    })),
    raci: h.raci.map((r) => ({ role: r.role, person: who.name(r.personId) })),
    preflight:
      signed && signed.packageHash
        ? { by: who.name(signed.actorId), at: signed.at, packageHash: signed.packageHash }
        : null,
    trail: h.events.map((e) => ({
      what: EVENT_WORDS[e.kind],
      person: who.name(e.actorId),
      role: roleOf(e.actorId),
      at: e.at,
      device: deviceName(e.deviceId) ?? e.deviceId,
      reason: e.reason,
      override: e.kind === 'override',
    })),
    openItems: h.gate.missing.map((m) => `${m.label}: ${m.problem}`),
  };
}

export function exportAssets(rows: readonly AssetRegisterRow[]): ExportAsset[] {
  return rows.map((a) => ({
    name: a.name,
    format: a.format,
    approval: APPROVAL_WORDS[a.approvalState] ?? a.approvalState,
    approvedBy: a.approvedByName,
    versions: a.versions.map((v) => ({
      label: v.label,
      fileName: v.fileName,
      by: v.byName,
      at: v.at,
    })),
  }));
}

function base(input: ExportInput, title: string): Omit<ExportDocument, 'summary' | 'handoffs'> {
  const { detail } = input;
  return {
    title,
    campaignName: detail.campaign.name,
    clientName: detail.client.name,
    accentColor: detail.client.accentColor,
    launchDate: detail.campaign.launchDate,
    generatedAt: input.generatedAt,
    appVersion: input.appVersion,
    assets: exportAssets(input.assets),
  };
}

/** One handoff's package; `handoffId` must be one of the campaign's handoffs. */
export function handoffDocument(input: ExportInput, handoffId: string): ExportDocument {
  const h = input.detail.handoffs.find((x) => x.handoff.id === handoffId);
  if (!h)
    throw new Error(
      `handoffId: no handoff ${handoffId} in campaign "${input.detail.campaign.name}"`,
    );
  return {
    ...base(input, `${input.detail.campaign.name} — ${handoffTitle(h)}`),
    summary: null,
    handoffs: [exportHandoff(h, input.people, input.deviceName)],
  };
}

/** Every started handoff in stage order, after a summary of the whole backward plan. */
export function campaignDocument(input: ExportInput): ExportDocument {
  const { detail, people } = input;
  const who = namer(people);
  const byStages = new Map(
    detail.handoffs.map((h) => [`${h.handoff.fromStageId}>${h.handoff.toStageId}`, h]),
  );
  const summary = detail.plan.map((step): ExportPlanStep => {
    const h = byStages.get(`${step.fromStageId}>${step.toStageId}`);
    const accountable = h?.raci.find((r) => r.role === 'A');
    return {
      name: step.name,
      dueDate: step.dueDate,
      gate: h ? h.gate.label : step.done ? 'done' : 'not started',
      owner: accountable ? who.name(accountable.personId) : '—',
    };
  });
  const order = new Map(detail.plan.map((s, i) => [s.fromStageId, i]));
  const handoffs = [...detail.handoffs].sort(
    (a, b) => (order.get(a.handoff.fromStageId) ?? 99) - (order.get(b.handoff.fromStageId) ?? 99),
  );
  return {
    ...base(input, detail.campaign.name),
    summary,
    handoffs: handoffs.map((h) => exportHandoff(h, people, input.deviceName)),
  };
}
