import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBytes } from '../../electron/export/exportFile';
import { clientReader } from '../../electron/export/loadExport';
import {
  ACCENTS,
  OVERRIDE_REASON,
  LONG_WORDS,
  TALL_CELL,
  exportSample,
  exportValueFor,
  pdfText,
  writeTemp,
} from '../harness/exportSample';
import { openBackend, type TestBackend } from '../harness/apiBindings';

// PDF handoff packages rendered by the backend and read back by poppler (pdftotext, pdfinfo):
// what a client or freelancer would see when they open the file.

let t: TestBackend;
let sample: Awaited<ReturnType<typeof exportSample>>;
let one: { text: string; pages: number };
let whole: { text: string; pages: number };

beforeAll(async () => {
  t = openBackend();
  sample = await exportSample(t.backend);
  const target = { campaignId: sample.campaign.id, handoffId: sample.handoff.handoff.id };
  const h = await exportBytes(clientReader(t.backend.client), target, 'pdf');
  one = pdfText(writeTemp(t.dir, h.fileName, h.bytes));
  const c = await exportBytes(
    clientReader(t.backend.client),
    { campaignId: sample.campaign.id },
    'pdf',
  );
  whole = pdfText(writeTemp(t.dir, c.fileName, c.bytes));
}, 60_000);
afterAll(() => t.close());

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('PDF of one handoff', () => {
  it('prints every field value in the template, MISSING for the empty required one', () => {
    const text = squash(one.text);
    for (const field of sample.handoff.template.fields) {
      expect(text).toContain(field.label);
      if (field.key === 'constraints' || field.key === 'context' || field.key === 'objective')
        continue;
      const value = exportValueFor(field);
      const parts = Array.isArray(value)
        ? value.flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)))
        : [String(value)];
      // The page-tall cell is checked word by word below (running headers interrupt it).
      for (const p of parts.filter((x) => x !== TALL_CELL.join(' '))) {
        expect(text, `${field.key}`).toContain(p);
      }
    }
    expect(text.match(/\bMISSING\b/g)).toHaveLength(1);
  });

  it('has its cover, the trail with the override reason by name, the open items, page numbers', () => {
    const text = squash(one.text);
    expect(text).toContain('Acme Coffee');
    expect(text).toContain('Handoff package: Strategy → Creative');
    expect(text).toMatch(/Generated \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC by Baton \d+\.\d+\.\d+/);
    expect(text).toMatch(/⚠ Overrode the/);
    expect(text).toContain(sample.overriddenBy);
    expect(text).toContain(OVERRIDE_REASON.slice(0, 20)); // the cell wraps after it
    expect(text).toContain('Open items');
    expect(text).toContain(`Page ${one.pages} of ${one.pages}`);
    expect(text).toContain(`Page 1 of ${one.pages}`);
  });

  it('wraps a 5,000-word context across pages without losing or reordering a word', () => {
    expect(one.pages).toBeGreaterThan(4);
    const words = one.text.split(/\s+/).filter((w) => /^w\d{4}$/.test(w));
    expect(words).toEqual(LONG_WORDS);
  });

  it('prints a table row taller than a page as flowing text, every word kept in order', () => {
    const words = one.text.split(/\s+/).filter((w) => /^t\d{4}$/.test(w));
    expect(words).toEqual(TALL_CELL);
  });

  it('keeps é ü ñ €, and shows CJK as □ with one note saying how many', () => {
    expect(squash(one.text)).toContain(ACCENTS);
    expect(one.text).toContain('□□□□□');
    expect(squash(one.text)).toContain('Note: 5 characters could not be shown in this font');
  });
});

describe('PDF of the whole campaign', () => {
  it('starts with the summary of every planned handoff, then each handoff in stage order', () => {
    const text = squash(whole.text);
    expect(text).toContain('Summary: timeline, gates and owners');
    expect(text).toContain(`Campaign handoff packages`);
    const stageOrder = ['Strategy → Creative', 'Creative → Production', 'Production → Launch'];
    const at = stageOrder.map((s) => text.indexOf(s, text.indexOf('Summary')));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(whole.pages).toBeGreaterThan(one.pages - 1);
    expect(text).toContain(`Page ${whole.pages} of ${whole.pages}`);
  });
});
