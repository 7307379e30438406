import { evaluateGate, planCampaign, DEFAULT_STAGES, type HandoffPackage } from '../shared/domain';
import type { FieldValue, HandoffEventKind, HandoffStatus, HandoffTemplate } from '../shared/model';
import { median, percentile, timeEach, type Measurement } from './lib';

const CAMPAIGNS = 2000;

function fieldsFor(template: HandoffTemplate, fill: number): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = {};
  template.fields.slice(0, Math.ceil(template.fields.length * fill)).forEach((f) => {
    if (f.type === 'list') fields[f.key] = ['First point', 'Second point'];
    else if (f.type === 'table') {
      fields[f.key] = [Object.fromEntries(f.columns.map((c) => [c.key, `${c.label} value`]))];
    } else if (f.maxSentences) fields[f.key] = 'One sentence. Another one, e.g. this. A third.';
    else fields[f.key] = `${f.label}: ${'Plenty of words for a realistic answer. '.repeat(8)}`;
  });
  return fields;
}

function pkg(template: HandoffTemplate, seed: number): HandoffPackage {
  const statuses: HandoffStatus[] = ['draft', 'submitted', 'approved', 'acknowledged', 'done'];
  const complete = seed % 3 !== 0;
  const events: { kind: HandoffEventKind }[] = [{ kind: 'submitted' }, { kind: 'approved' }];
  if (seed % 17 === 0) events.push({ kind: 'override' }, { kind: 'reopened' });
  return {
    status: statuses[seed % statuses.length]!,
    qualityOwnerId: seed % 11 === 0 ? null : 'owner',
    fields: fieldsFor(template, complete ? 1 : 0.5),
    checklist: template.checklist.map((c, i) => ({ ...c, done: complete || i % 2 === 0 })),
    raci: [
      { personId: 'r1', role: 'R' },
      { personId: 'owner', role: 'A' },
      { personId: 'c1', role: 'C' },
    ],
    events,
    receiverIds: ['r2'],
  };
}

/** The quality gate alone (pure domain code), for one handoff and for a whole agency. */
export function benchGate(): Measurement[] {
  const stages = DEFAULT_STAGES.map((s, i) => ({ id: `s${i}`, key: s.key }));
  const plan = planCampaign(stages, '2026-06-01');
  const brief = plan[0]!.template;
  const one = pkg(brief, 1);
  for (let i = 0; i < 2000; i++) evaluateGate(one, brief);
  const single = timeEach(5000, () => evaluateGate(one, brief));

  // Every handoff of every campaign: 2,000 campaigns × 7 transitions.
  const all = Array.from({ length: CAMPAIGNS }, (_, c) =>
    plan.map((step, k) => ({ template: step.template, pkg: pkg(step.template, c * 7 + k) })),
  ).flat();
  let passed = 0;
  const whole = timeEach(20, () => {
    passed = 0;
    for (const h of all) if (evaluateGate(h.pkg, h.template).passed) passed++;
  });
  return [
    {
      name: 'Gate evaluation: one handoff (creative brief, complete)',
      value: median(single) * 1000,
      unit: 'µs',
      detail: `p99 ${(percentile(single, 99) * 1000).toFixed(1)} µs, n=5000`,
      budget: 1000,
      budgetNote: '< 1 ms',
    },
    {
      name: `Gate evaluation: all ${all.length.toLocaleString('en-US')} handoffs of ${CAMPAIGNS.toLocaleString('en-US')} campaigns`,
      value: median(whole),
      unit: 'ms',
      detail: `max ${Math.max(...whole).toFixed(1)} ms of 20 runs; ${passed} pass`,
      budget: 100,
      budgetNote: '< 100 ms',
    },
  ];
}
