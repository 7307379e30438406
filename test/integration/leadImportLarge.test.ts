import { afterEach, describe, expect, it } from 'vitest';
import { LEAD_IMPORT_MAX_CHARS } from '../../shared/model';
import {
  commitFile,
  prepareFile,
  previewFile,
  type LeadImportCalls,
} from '../../renderer/features/leads/leadImportRun';
import { openBackend, type TestBackend } from '../harness/apiBindings';

// A CSV bigger than one API call may carry (200,000 characters) imported the way the screen
// does it: in slices with the header repeated, over the real API into a real SQLite file; bad
// rows and duplicates named by their line in the whole file, also across slices.

let opened: TestBackend | undefined;
afterEach(() => {
  opened?.close();
  opened = undefined;
});

async function workspace() {
  opened = openBackend();
  const api = opened.backend.client;
  await api.workspace.create({
    name: 'Northwind Agency',
    homeTimeZone: 'UTC',
    me: { name: 'Mia Marketing', email: 'mia@northwind.example', roleTitle: 'Marketing' },
  });
  const calls: LeadImportCalls = {
    importPreview: (input) => api.leads.importPreview(input),
    importCommit: (input) => api.leads.importCommit(input),
  };
  return { api, calls };
}

const ROWS = 3_000;

/**
 * Line 1 is the header; row i (0-based) starts on line i + 2 + the line breaks inside quotes
 * before it. Every 10th row's notes hold a quoted line break; row 1234 has a bad email; row
 * 2900 repeats row 5's email (in another slice); row 10 repeats the lead already in Baton.
 */
function bigCsv(): { text: string; lineOf: (row: number) => number } {
  const lines: string[] = [];
  const starts: number[] = [];
  let line = 2;
  for (let i = 0; i < ROWS; i++) {
    starts.push(line);
    const email =
      i === 1234
        ? 'not-an-email'
        : i === 2900
          ? 'LEAD5@example.com'
          : i === 10
            ? 'old@example.com'
            : `lead${i}@example.com`;
    const multi = i % 10 === 0;
    const notes = multi
      ? `"Met at the fair, asked about ""bulk"" pricing.\r\nCall back in spring ${'.'.repeat(20)}"`
      : `Downloaded the guide and opened three emails ${'.'.repeat(20)}`;
    lines.push(`Lead ${i},Company ${i},${email},Head of Things,${notes}`);
    line += multi ? 2 : 1;
  }
  const text = `\uFEFFName,Company,Email,Job title,Notes\r\n${lines.join('\r\n')}\r\n`;
  return { text, lineOf: (row) => starts[row]! };
}

describe('a lead CSV bigger than one call', () => {
  it('is previewed and imported in slices, problems named by their line in the whole file', async () => {
    const { api, calls } = await workspace();
    await api.leads.create({ personName: 'Old', email: 'old@example.com' });
    const { text, lineOf } = bigCsv();
    expect(text.length).toBeGreaterThan(LEAD_IMPORT_MAX_CHARS);
    // One call refuses it, naming the field.
    await expect(api.leads.importPreview({ csvText: text })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });

    const file = prepareFile(text);
    expect(file.slicing.slices.length).toBeGreaterThan(1);
    const progress: number[] = [];
    const { preview, stoppedAfterLine } = await previewFile(
      calls,
      file,
      { sourceCampaignId: null },
      { onProgress: (p) => progress.push(p.done) },
    );
    expect(stoppedAfterLine).toBeNull();
    expect(progress).toEqual(file.slicing.slices.map((_, i) => i + 1));
    expect(preview.goodCount).toBe(ROWS - 3);
    expect(preview.bad).toEqual([
      { line: lineOf(1234), reason: "email 'not-an-email' is not an email address" },
    ]);
    expect(preview.duplicates).toEqual([
      { line: lineOf(10), email: 'old@example.com', of: 'a lead already in the workspace' },
      { line: lineOf(2900), email: 'LEAD5@example.com', of: `line ${lineOf(5)} of this file` },
    ]);
    expect(preview.sample[0]).toMatchObject({ line: 2, personName: 'Lead 0' });
    expect((await api.leads.list({})).total).toBe(1);

    const { result } = await commitFile(calls, file, { sourceCampaignId: null }, preview);
    expect(result.imported).toBe(ROWS - 3);
    expect(result.bad).toEqual(preview.bad);
    expect(result.duplicates).toEqual(preview.duplicates);
    expect((await api.leads.list({})).total).toBe(ROWS - 2);
    // A row with a quoted line break arrives whole.
    const [lead20] = (await api.leads.list({ search: 'lead20@example.com' })).leads;
    expect(lead20!.notes).toBe(
      `Met at the fair, asked about "bulk" pricing.\r\nCall back in spring ${'.'.repeat(20)}`,
    );
  }, 120_000);

  it('stops between slices: the slices before are imported whole, nothing after', async () => {
    const { api, calls } = await workspace();
    const { text } = bigCsv();
    const file = prepareFile(text);
    const { preview } = await previewFile(calls, file, { sourceCampaignId: null });
    let done = 0;
    const run = await commitFile(calls, file, { sourceCampaignId: null }, preview, {
      onProgress: (p) => (done = p.done),
      stopped: () => done >= 1,
    });
    const first = file.slicing.slices[0]!;
    expect(run.stoppedAfterLine).toBe(first.lastLine);
    const inFirst = preview.goodEmails.filter((g) => g.line <= first.lastLine).length;
    expect(run.result.imported).toBe(inFirst);
    expect((await api.leads.list({})).total).toBe(inFirst);
  }, 120_000);
});

describe('a slice the backend refuses', () => {
  it('ends the run there: the slices before are in, the result says from which line not', async () => {
    const { api, calls } = await workspace();
    const file = prepareFile(bigCsv().text);
    const { preview } = await previewFile(calls, file, { sourceCampaignId: null });
    let commits = 0;
    const refusingSecond: LeadImportCalls = {
      ...calls,
      importCommit: (input) =>
        ++commits === 2
          ? api.leads.importCommit({ ...input, sourceCampaignId: 'not-a-campaign' })
          : calls.importCommit(input),
    };
    const run = await commitFile(refusingSecond, file, { sourceCampaignId: null }, preview);
    const [first, second] = file.slicing.slices;
    expect(run.failed?.fromLine).toBe(second!.firstLine);
    expect(run.failed?.error).toMatchObject({ code: 'BAD_REQUEST' });
    const inFirst = preview.goodEmails.filter((g) => g.line <= first!.lastLine).length;
    expect(run.result.imported).toBe(inFirst);
    expect((await api.leads.list({})).total).toBe(inFirst);
  }, 120_000);
});
