import fs from 'node:fs';
import path from 'node:path';
import { eq, isNull } from 'drizzle-orm';
import { addDays, orderStages, packageHash, planCampaign } from '../shared/domain';
import type { FieldValue, HandoffEventKind, TemplateField } from '../shared/model';
import { openHandoff } from '../electron/backend/services/campaignService';
import { startBackend } from '../electron/backend/startBackend';
import { BatonDatabase, PAGE_SIZE } from '../electron/db/batonDatabase';
import { currentSchemaVersion } from '../electron/db/migrations';
import { dbFilePath } from '../electron/db/paths';
import * as s from '../electron/db/schema';
import { CACHE_DIR } from './lib';

// Synthetic agencies for the benchmarks, written through the write path (every row has its
// change rows), in big transactions so generating 50 MB takes seconds, not minutes.

const WORDS =
  'brief audience launch creative channel budget insight message offer client legal asset ' +
  'deadline tracking landing email social paid organic review approve revise handoff package';

function prose(seed: number, bytes: number): string {
  const words = WORDS.split(' ');
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const w = words[(seed * 31 + i * 7) % words.length]!;
    const sentenceEnd = i % 12 === 11;
    out.push(sentenceEnd ? `${w}.` : w);
    length += w.length + 1;
  }
  return out.join(' ');
}

function valueFor(field: TemplateField, seed: number, textBytes: number): FieldValue {
  switch (field.type) {
    case 'list':
      return [prose(seed, 40), prose(seed + 1, 40), prose(seed + 2, 40)];
    case 'table':
      return [0, 1].map((r) =>
        Object.fromEntries(field.columns.map((c, k) => [c.key, prose(seed + r + k, 30)])),
      );
    case 'number':
      return seed;
    case 'date':
      return '2026-06-01';
    case 'link':
      return `https://drive.example.com/${seed}`;
    case 'long_text':
      // Strategy summaries are capped at three sentences.
      return field.maxSentences ? 'One line. Another line. A last line.' : prose(seed, textBytes);
    default:
      return prose(seed, 60);
  }
}

/** A new data folder with the sample agency (people, clients, stages, 12 campaigns). */
export async function demoWorkspace(dataDir: string): Promise<void> {
  const backend = startBackend({ dataDir });
  await backend.client.workspace.loadDemo();
  backend.close();
}

/**
 * Adds `count` campaigns spread over the board, each with a partly filled current handoff and,
 * with `pastHandoffs`, the handoffs of the stages it has passed (complete package, ticked
 * checklist, submitted/approved/acknowledged events). Without them a campaign costs about 60
 * change rows; with them about 260.
 */
export function addCampaigns(
  db: BatonDatabase,
  count: number,
  options: { perTx?: number; textBytes?: number; pastHandoffs?: boolean } = {},
): void {
  const perTx = options.perTx ?? 100;
  const textBytes = options.textBytes ?? 400;
  const pastHandoffs = options.pastHandoffs ?? false;
  const ws = db.read.select().from(s.workspaces).where(isNull(s.workspaces.deletedAt)).get()!;
  const stages = orderStages(db.read.select().from(s.stages).all());
  const people = db.read.select().from(s.people).all();
  const clients = db.read.select().from(s.clients).all();
  const actor = db.deviceInfo().personId;
  for (let start = 0; start < count; start += perTx) {
    db.write(actor, (tx) => {
      for (let i = start; i < Math.min(count, start + perTx); i++) {
        const stageIndex = i % (stages.length - 1);
        const launchDate = addDays('2026-06-01', (i % 150) - 60);
        const campaign = tx.insert('campaign', {
          workspaceId: ws.id,
          clientId: clients[i % clients.length]!.id,
          name: `Campaign ${String(i).padStart(5, '0')}`,
          type: 'multi_channel',
          channels: ['email', 'instagram'],
          launchDate,
          stageId: stages[stageIndex]!.id,
          ownerId: people[i % people.length]!.id,
          team: people.slice(0, 4).map((p) => p.id),
          createdAt: tx.at,
        });
        const plan = planCampaign(stages, launchDate);
        const first = pastHandoffs ? 0 : stageIndex;
        for (let step = first; step <= stageIndex && step < plan.length; step++) {
          const handoff = openHandoff(tx, campaign.id, plan[step]!);
          const done = step < stageIndex;
          const fields = plan[step]!.template.fields;
          // `brand` is prefilled from the client when the handoff opens.
          const fillable = fields.filter((f) => f.key !== 'brand');
          const filled = done ? fillable : fillable.slice(0, i % (fillable.length + 1));
          const written: Record<string, FieldValue> = {};
          for (const f of filled) {
            written[f.key] = valueFor(f, i + step, textBytes);
            tx.insert('handoffField', {
              handoffId: handoff.id,
              key: f.key,
              value: written[f.key]!,
            });
          }
          if (!done) continue;
          const checklist = tx.read
            .select()
            .from(s.checklistItems)
            .where(eq(s.checklistItems.handoffId, handoff.id))
            .all();
          for (const item of checklist) {
            tx.update('checklistItem', item.id, { done: true, doneById: actor, doneAt: tx.at });
          }
          const hash = packageHash({
            fields: written,
            checklist: checklist.map((c) => ({ label: c.label, done: true })),
          });
          for (const kind of ['submitted', 'approved', 'acknowledged'] as HandoffEventKind[]) {
            tx.insert('handoffEvent', {
              handoffId: handoff.id,
              kind,
              actorId: actor,
              deviceId: tx.deviceId,
              at: tx.at,
              packageHash: kind === 'approved' ? hash : null,
              missing: [],
            });
          }
          tx.update('handoff', handoff.id, { status: 'done' });
        }
      }
    });
  }
}

export function databaseBytes(db: BatonDatabase): number {
  const pages = db.sqlite.pragma('page_count', { simple: true }) as number;
  const size = db.sqlite.pragma('page_size', { simple: true }) as number;
  return pages * size;
}

/** Edits brief fields (the change log grows as it does over months of work) up to `bytes`. */
export function addHistory(db: BatonDatabase, bytes: number, textBytes = 400): number {
  const fields = db.read
    .select({ id: s.handoffFields.id, key: s.handoffFields.key })
    .from(s.handoffFields)
    .all()
    .filter((f) => ['objective', 'context', 'constraints', 'success'].includes(f.key));
  let edits = 0;
  while (databaseBytes(db) < bytes) {
    db.write(db.deviceInfo().personId, (tx) => {
      for (let k = 0; k < 1000; k++, edits++) {
        const f = fields[(edits * 7919) % fields.length]!;
        tx.update('handoffField', f.id, { value: prose(edits, textBytes) });
      }
    });
  }
  return edits;
}

export interface CachedDataset {
  dataDir: string;
  campaigns: number;
  bytes: number;
  changes: number;
  generatedMs: number | null;
}

const DATASET_VERSION = 1;

/**
 * The big benchmark database (2,000 campaigns, ≥ 50 MB), generated once into bench/.cache and
 * reused while the schema and this generator stay the same.
 */
export async function cachedDataset(
  campaigns = 2000,
  minBytes = 50 * 1024 * 1024,
): Promise<CachedDataset> {
  const dataDir = path.join(CACHE_DIR, `db-${campaigns}-${Math.round(minBytes / 1048576)}mb`);
  const metaFile = path.join(dataDir, 'dataset.json');
  // A new database's page size too: the benchmark database is what a new workspace becomes.
  const key = {
    version: DATASET_VERSION,
    schema: currentSchemaVersion(),
    pageSize: PAGE_SIZE,
    campaigns,
    minBytes,
  };
  if (fs.existsSync(metaFile) && fs.existsSync(dbFilePath(dataDir))) {
    const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8')) as { key: unknown } & CachedDataset;
    if (JSON.stringify(meta.key) === JSON.stringify(key))
      return { ...meta, dataDir, generatedMs: null };
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const started = performance.now();
  await demoWorkspace(dataDir);
  const db = BatonDatabase.open(dataDir);
  try {
    addCampaigns(db, campaigns);
    addHistory(db, minBytes);
    const count = (table: string) =>
      db.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    const result = {
      campaigns: count('campaigns'),
      bytes: databaseBytes(db),
      changes: count('changes'),
    };
    db.close();
    const generatedMs = performance.now() - started;
    fs.writeFileSync(metaFile, JSON.stringify({ key, ...result }, null, 2));
    return { dataDir, ...result, generatedMs };
  } catch (err) {
    db.close();
    throw err;
  }
}
