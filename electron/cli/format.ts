import type {
  CampaignDetail,
  CampaignSummary,
  FieldValue,
  HandoffEventKind,
  Person,
  SyncRunResult,
  SyncStatus,
} from '../../shared/model';
import { CAMPAIGN_TYPE_LABELS, HANDOFF_STATUS_LABELS } from '../../shared/model';

/** A handoff event in the trail, in words (kept to one or two words where the kind already is). */
export const HANDOFF_EVENT_LABELS: Record<HandoffEventKind, string> = {
  submitted: 'submitted',
  approved: 'approved',
  changes_requested: 'requested changes',
  acknowledged: 'acknowledged',
  sent_back: 'sent back',
  override: 'overrode the gate',
  reopened: 'reopened',
  done: 'completed',
  preflight_signed: 'signed the pre-flight',
};

/** Plain-text table with columns padded to their widest cell. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function campaignListJson(list: CampaignSummary[]) {
  return list.map((c) => ({
    id: c.id,
    name: c.name,
    client: c.clientName,
    type: c.type,
    stage: c.stageName,
    launchDate: c.launchDate,
    gate: c.gate
      ? { state: c.gate.state, label: c.gate.label, missing: c.gate.missingCount }
      : null,
    currentHandoff: c.currentHandoff,
  }));
}

export function campaignListText(list: CampaignSummary[]): string {
  if (list.length === 0) return 'No campaigns yet. Try `baton demo` for a sample agency.';
  return table(
    ['ID', 'Campaign', 'Client', 'Type', 'Stage', 'Launch', 'Gate', 'Due'],
    list.map((c) => [
      c.id,
      c.name,
      c.clientName,
      CAMPAIGN_TYPE_LABELS[c.type],
      c.stageName,
      c.launchDate ?? '—',
      c.gate?.label ?? '—',
      c.currentHandoff?.dueDate
        ? `${c.currentHandoff.dueDate}${c.currentHandoff.overdue ? ' OVERDUE' : ''}`
        : '—',
    ]),
  );
}

function valueText(v: FieldValue | undefined, required: boolean): string {
  if (v === undefined || v === null || v === '') return required ? 'MISSING' : '—';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return v
    .map((item) =>
      typeof item === 'string' ? `- ${item}` : `- ${Object.values(item).join(' | ')}`,
    )
    .join('\n      ');
}

export function campaignDetailText(d: CampaignDetail, people: Person[]): string {
  const name = (id: string | null) => people.find((p) => p.id === id)?.name ?? (id ? id : '—');
  const out: string[] = [];
  out.push(`${d.campaign.name}  (${d.client.name}, ${CAMPAIGN_TYPE_LABELS[d.campaign.type]})`);
  out.push(`  id: ${d.campaign.id}`);
  out.push(
    `  stage: ${d.stage.name}   launch: ${d.campaign.launchDate ?? '—'}   channels: ${d.campaign.channels.join(', ') || '—'}`,
  );
  for (const h of d.handoffs) {
    out.push('');
    out.push(`${h.fromStageName} → ${h.toStageName}: ${h.template.name}`);
    out.push(
      `  status: ${HANDOFF_STATUS_LABELS[h.handoff.status]}   due: ${h.handoff.dueDate ?? '—'}${h.overdue ? ' (OVERDUE)' : ''}   gate: ${h.gate.label}`,
    );
    out.push(`  quality owner: ${name(h.handoff.qualityOwnerId)}`);
    if (h.gate.missing.length > 0) {
      out.push('  missing:');
      for (const m of h.gate.missing) out.push(`    - ${m.label} ${m.problem}`);
    }
    out.push('  package:');
    for (const f of h.template.fields) {
      out.push(
        `    ${f.label}${f.required ? ' *' : ''}: ${valueText(h.fields[f.key], f.required)}`,
      );
    }
    if (h.checklist.length > 0) {
      out.push('  checklist:');
      for (const c of h.checklist) {
        out.push(
          `    [${c.done ? 'x' : ' '}] ${c.label}${c.done && c.doneById ? ` (${name(c.doneById)})` : ''}`,
        );
      }
    }
    out.push('  RACI:');
    for (const role of ['R', 'A', 'C', 'I'] as const) {
      const names = h.raci.filter((r) => r.role === role).map((r) => name(r.personId));
      out.push(`    ${role}: ${names.join(', ') || '—'}`);
    }
    if (h.events.length > 0) {
      out.push('  trail:');
      for (const e of h.events) {
        out.push(
          `    ${e.at}  ${HANDOFF_EVENT_LABELS[e.kind]}  by ${name(e.actorId)} on ${e.deviceId}${e.reason ? ` — ${e.reason}` : ''}`,
        );
      }
    }
  }
  return out.join('\n');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function syncRunText(run: SyncRunResult, folder: string): string {
  const problems = run.problems.filter((p) => p.kind !== 'reidentified');
  const notes = [
    run.problems.length > problems.length ? 'this laptop took a new device id' : '',
    run.parked.length > 0 ? `${run.parked.length} parked` : '',
    problems.length > 0 ? plural(problems.length, 'problem') : '',
  ].filter((n) => n.length > 0);
  return (
    `Synced with ${folder}: wrote ${plural(run.exported, 'batch file')}, applied ` +
    `${plural(run.applied, 'batch file')}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`
  );
}

export function syncStatusText(s: SyncStatus): string {
  if (s.folder === null) {
    return `Sync is not set up on this laptop ("${s.deviceName}", device ${s.deviceId}).`;
  }
  const out = [
    `Shared folder: ${s.folder}`,
    `This device: ${s.deviceName} (${s.deviceId})`,
    `Last sync: ${
      s.lastRun
        ? `${s.lastRun.at}, wrote ${s.lastRun.exported}, applied ${s.lastRun.applied}` +
          (s.lastRun.error ? `, failed: ${s.lastRun.error}` : '')
        : 'never'
    }`,
    `Changes not written to the folder yet: ${s.pendingChanges}`,
  ];
  if (s.devices.length > 0) {
    out.push('');
    out.push(
      table(
        ['Device', 'ID', 'Version', 'Last seen'],
        s.devices.map((d) => [
          `${d.deviceName}${d.isThisDevice ? ' (this one)' : ''}`,
          d.deviceId,
          d.appVersion ?? '—',
          d.lastSeen ?? '—',
        ]),
      ),
    );
  }
  if (s.parked.length > 0) {
    out.push('', 'Parked (update Baton to apply):');
    for (const p of s.parked) out.push(`  ${p.file}`);
  }
  if (s.problems.length > 0) {
    out.push('', 'Problems:');
    for (const p of s.problems) out.push(`  ${p.kind}: ${p.message}`);
  }
  return out.join('\n');
}
