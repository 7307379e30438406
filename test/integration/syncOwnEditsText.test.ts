import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import {
  buildLaptopTemplate,
  expectConverged,
  openLaptops,
  syncUntilQuiet,
  type LaptopTemplate,
} from '../harness/laptopTemplate';
import { contentDump, type SyncDevice } from '../harness/syncDevices';

// C edits a line of a long text, syncs, edits the same line again; A meanwhile edits another
// line. C's second edit was made on top of its first (its recorded base), so the two are never
// set side by side between markers, and all three laptops agree.

let template: LaptopTemplate;
beforeAll(async () => {
  template = await buildLaptopTemplate();
}, 120_000);
afterAll(() => template.cleanup());
let opened: ReturnType<typeof openLaptops> | undefined;
afterEach(() => opened?.close());

it('a laptop’s two successive edits of one line are never merged as concurrent', async () => {
  opened = openLaptops(template);
  const [a, b, c] = opened.devices as [SyncDevice, SyncDevice, SyncDevice];
  let field = { handoffId: '', key: '' };
  for (const card of await a.client.campaigns.list({})) {
    if (!card.currentHandoff) continue;
    const h = await a.client.handoffs.get({ id: card.currentHandoff.id });
    const f = h.template.fields.find((x) => x.type === 'long_text');
    if (f) {
      field = { handoffId: h.handoff.id, key: f.key };
      break;
    }
  }
  const base = ['l0', 'l1', 'l2', 'l3', 'l4', 'l5', 'l6'];
  const withLine = (i: number, text: string) => base.map((l, j) => (j === i ? text : l)).join('\n');
  await a.client.handoffs.setField({ ...field, value: base.join('\n') });
  syncUntilQuiet([a, b, c]);

  c.advance(1);
  await c.client.handoffs.setField({ ...field, value: withLine(4, 'alpha (c)') });
  c.advance(1);
  c.sync();
  c.advance(1);
  await c.client.handoffs.setField({ ...field, value: withLine(4, 'gamma (c)') });
  a.advance(1);
  await a.client.handoffs.setField({ ...field, value: withLine(0, 'alpha (a)') });

  for (let round = 0; round < 2; round++) for (const d of [a, b, c]) d.sync();
  for (const d of [a, b, c]) {
    expect((await d.client.handoffs.get({ id: field.handoffId })).fields[field.key]).toBe(
      ['alpha (a)', 'l1', 'l2', 'l3', 'gamma (c)', 'l5', 'l6'].join('\n'),
    );
  }
  expect(contentDump(b)).toEqual(contentDump(a));
  syncUntilQuiet([a, b, c]);
  expectConverged([a, b, c]);
});
