import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  buildLaptopTemplate,
  expectConverged,
  openLaptops,
  syncUntilQuiet,
  type LaptopTemplate,
} from '../harness/laptopTemplate';
import { contentDump, type SyncDevice } from '../harness/syncDevices';

// Long text on three laptops (merge rule 2, electron/sync/textFold.ts). Both cases once failed:
// a conflict between two laptops while a third edited never settled (merges got merged with
// merges), and a laptop's own two successive edits of a line ended up between markers. The
// value is now a fold of the edits, the same on every laptop that holds them.
let template: LaptopTemplate;
beforeAll(async () => {
  template = await buildLaptopTemplate();
}, 120_000);
afterAll(() => template.cleanup());
let opened: ReturnType<typeof openLaptops> | undefined;
afterEach(() => opened?.close());

async function longText(d: SyncDevice) {
  for (const card of await d.client.campaigns.list({})) {
    if (!card.currentHandoff) continue;
    const h = await d.client.handoffs.get({ id: card.currentHandoff.id });
    const field = h.template.fields.find((f) => f.type === 'long_text');
    if (field) return { handoffId: h.handoff.id, key: field.key };
  }
  throw new Error('no long text in the demo');
}

describe('a long text edited on three laptops at once', () => {
  it.each([
    ['A and B change line 0, C changes line 4', [0, 0, 4]],
    ['all three change line 0', [0, 0, 0]],
  ])('%s: settles, and all three show the same text', async (_, lines) => {
    opened = openLaptops(template);
    const [a, b, c] = opened.devices as [SyncDevice, SyncDevice, SyncDevice];
    const field = await longText(a);
    const base = ['l0', 'l1', 'l2', 'l3', 'l4', 'l5', 'l6'];
    await a.client.handoffs.setField({ ...field, value: base.join('\n') });
    syncUntilQuiet([a, b, c]);
    for (const [i, d] of [a, b, c].entries()) {
      d.advance(1_000);
      const edited = base.slice();
      edited[lines[i]!] = `edited on ${d.name}`;
      await d.client.handoffs.setField({ ...field, value: edited.join('\n') });
    }
    expect(syncUntilQuiet([a, b, c], 6)).toBeLessThanOrEqual(6);
    expectConverged([a, b, c]);
  });
});

it('a laptop’s two successive edits of one line are never merged as concurrent', async () => {
  opened = openLaptops(template);
  const [a, b, c] = opened.devices as [SyncDevice, SyncDevice, SyncDevice];
  const field = await longText(a);
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
