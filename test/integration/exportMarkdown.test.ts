import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBytes } from '../../electron/export/exportFile';
import { clientReader } from '../../electron/export/loadExport';
import { connect, openBackend, type TestBackend } from '../harness/apiBindings';
import {
  ACCENTS,
  CJK,
  LONG_WORDS,
  OVERRIDE_REASON,
  exportSample,
  exportValueFor,
} from '../harness/exportSample';

// The Markdown export carries the same facts as the PDF, and every character (no font).

let t: TestBackend;
let sample: Awaited<ReturnType<typeof exportSample>>;
let md: string;

beforeAll(async () => {
  t = openBackend();
  sample = await exportSample(t.backend);
  const out = await exportBytes(
    clientReader(t.backend.client),
    { campaignId: sample.campaign.id, handoffId: sample.handoff.handoff.id },
    'md',
  );
  expect(out.fileName).toBe('spring-paid-push-strategy-creative.md');
  md = out.bytes.toString('utf8');
}, 60_000);
afterAll(() => t.close());

describe('Markdown of one handoff', () => {
  it('has every field value, the MISSING mark, the text whole, accents and CJK as typed', () => {
    for (const field of sample.handoff.template.fields) {
      expect(md).toContain(`### ${field.label}`);
      if (field.key === 'constraints') continue;
      const value = exportValueFor(field);
      const parts = Array.isArray(value)
        ? value.flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)))
        : [String(value)];
      for (const p of parts) expect(md.includes(p), `${field.key}: ${p.slice(0, 40)}`).toBe(true);
    }
    expect(md).toContain('### Constraints\n\n**MISSING**');
    expect(md.match(/\*\*MISSING\*\*/g)).toHaveLength(1);
    expect(md).toContain(LONG_WORDS.join(' '));
    expect(md).toContain(`${ACCENTS} ${CJK}`);
    expect(md).not.toContain('□');
  });

  it('has the trail with the override highlighted, its reason and who, and the checklist', () => {
    const row = md.split('\n').find((l) => l.includes('Overrode the gate'))!;
    expect(row).toContain('**⚠ Overrode the gate**');
    expect(row).toContain(sample.overriddenBy);
    expect(row).toContain(`**${OVERRIDE_REASON}**`);
    for (const item of sample.handoff.checklist) expect(md).toContain(`- [ ] ${item.label}`);
    expect(md).toMatch(/^# Spring paid push — Strategy → Creative$/m);
    expect(md).toContain('**Client:** Acme Coffee');
  });
});

describe('Markdown of the whole campaign', () => {
  it('opens with the summary table of every planned handoff', async () => {
    const out = await exportBytes(
      clientReader(t.backend.client),
      { campaignId: sample.campaign.id },
      'md',
    );
    const text = out.bytes.toString('utf8');
    expect(text).toContain('## Summary: timeline, gates and owners');
    expect(text).toContain('| Handoff | Due | Gate | Accountable |');
    expect(text).toContain('## Strategy → Creative — Draft');
  });
});

describe('exports.handoff / exports.campaign through the API', () => {
  it('carries the file as base64 over HTTP and the MessagePort, PDF and Markdown', async () => {
    for (const binding of ['HTTP', 'MessagePort'] as const) {
      const c = await connect(binding, t.backend);
      try {
        const md = await c.client.exports.handoff({
          handoffId: sample.handoff.handoff.id,
          format: 'md',
        });
        expect(md.fileName).toBe('spring-paid-push-strategy-creative.md');
        expect(md.mimeType).toBe('text/markdown');
        expect(Buffer.from(md.base64, 'base64').toString('utf8')).toContain(OVERRIDE_REASON);
        const pdf = await c.client.exports.campaign({
          campaignId: sample.campaign.id,
          format: 'pdf',
        });
        expect(pdf.fileName).toBe('spring-paid-push.pdf');
        expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pdf.handoffCount).toBe(sample.handoffCount);
      } finally {
        await c.close();
      }
    }
  }, 60_000);
});
