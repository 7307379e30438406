import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Backend } from '../../electron/backend/startBackend';
import type { HandoffDetail, TemplateField } from '../../shared/model';
import { sampleValueFor } from './sampleValues';

// A campaign whose Strategy → Creative package exercises every export rule: distinct values per
// field, one required field left empty (MISSING), a 5,000-word context, accents, € and CJK, an
// override with its reason by a named person.

export const LONG_WORDS = Array.from({ length: 5000 }, (_, i) => `w${String(i).padStart(4, '0')}`);
/** A 1,500-word table cell: no row can hold it on one page. */
export const TALL_CELL = Array.from({ length: 1500 }, (_, i) => `t${String(i).padStart(4, '0')}`);
export const TALL_TABLE_KEY = 'audience';
export const ACCENTS = 'Café Müller señor 12 €';
export const CJK = '漢字テスト';
export const OVERRIDE_REASON = 'Client call moved to Monday; constraints follow then';

/** What a field prints as, distinct per field so a missing one is noticed. */
export function exportValueFor(field: TemplateField) {
  if (field.key === 'context') return LONG_WORDS.join(' ');
  if (field.key === 'objective') return `${ACCENTS} ${CJK}`;
  if (field.type === 'table') {
    const row = Object.fromEntries(field.columns.map((c) => [c.key, `${field.key} ${c.key} cell`]));
    // The first table of the template gets a row taller than a page (a pasted essay in a cell).
    const tall =
      field.key === TALL_TABLE_KEY
        ? [{ ...row, [field.columns[0]!.key]: TALL_CELL.join(' ') }]
        : [];
    return [row, ...tall];
  }
  if (field.type === 'list') return [`${field.key} item one`, `${field.key} item two`];
  if (field.type === 'text' || field.type === 'long_text') return `Value of ${field.key}.`;
  return sampleValueFor(field);
}

export async function exportSample(b: Backend) {
  const api = b.client;
  const ws = await api.workspace.create({
    name: 'Northwind Agency',
    homeTimeZone: 'UTC',
    me: { name: 'Sam Reyes', email: 'sam@northwind.example', roleTitle: 'Strategist' },
  });
  await api.people.create({ name: 'Maya Okafor', roleTitle: 'Account Director' });
  await api.people.create({ name: 'Cody Brandt', roleTitle: 'Creative Director' });
  const client = await api.clients.create({ name: 'Acme Coffee', accentColor: '#8b4513' });
  const campaign = await api.campaigns.create({
    name: 'Spring paid push',
    clientId: client.id,
    type: 'paid_ads',
    channels: ['meta_ads'],
    launchDate: '2026-09-15',
  });
  const detail = await api.campaigns.get({ id: campaign.id });
  const first = detail.handoffs[0]!;
  for (const field of first.template.fields) {
    if (field.key === 'constraints') continue;
    await api.handoffs.setField({
      handoffId: first.handoff.id,
      key: field.key,
      value: exportValueFor(field),
    });
  }
  const accountable = first.raci.find((r) => r.role === 'A')!.personId;
  await api.workspace.setMe({ personId: accountable });
  await api.handoffs.override({ id: first.handoff.id, reason: OVERRIDE_REASON });
  const people = await api.people.list();
  const h: HandoffDetail = await api.handoffs.get({ id: first.handoff.id });
  return {
    campaign,
    handoff: h,
    overriddenBy: people.find((p) => p.id === accountable)!.name,
    stages: ws.stages,
    handoffCount: (await api.campaigns.get({ id: campaign.id })).handoffs.length,
  };
}

/** The PDF's text as poppler reads it, and its page count. */
export function pdfText(file: string): { text: string; pages: number } {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)![1]) };
}

export function writeTemp(dir: string, name: string, bytes: Buffer | string) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}
