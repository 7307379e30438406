import fs from 'node:fs';
import path from 'node:path';
import { isNull } from 'drizzle-orm';
import { addDays, orderStages, planCampaign } from '../shared/domain';
import { openHandoff } from '../electron/backend/services/campaignService';
import { BatonDatabase, PAGE_SIZE } from '../electron/db/batonDatabase';
import { currentSchemaVersion } from '../electron/db/migrations';
import { dbFilePath } from '../electron/db/paths';
import * as s from '../electron/db/schema';
import { demoWorkspace } from './dataset';
import { CACHE_DIR } from './lib';

// A board-sized workspace: the sample agency plus `count` campaigns spread over the stages,
// each with its current handoff partly filled, written through the write path 200 per
// transaction. No long change history (bench/dataset.ts has that): the board reads cards.

const VERSION = 1;
const PER_TX = 200;

export interface BoardDataset {
  dataDir: string;
  campaigns: number;
  generatedMs: number | null;
}

function addBoardCampaigns(db: BatonDatabase, count: number): void {
  const ws = db.read.select().from(s.workspaces).where(isNull(s.workspaces.deletedAt)).get()!;
  const stages = orderStages(db.read.select().from(s.stages).all());
  const people = db.read.select().from(s.people).all();
  const clients = db.read.select().from(s.clients).all();
  const types = ['email', 'social', 'paid_ads', 'content', 'event', 'multi_channel'] as const;
  for (let start = 0; start < count; start += PER_TX) {
    db.write(db.deviceInfo().personId, (tx) => {
      for (let i = start; i < Math.min(count, start + PER_TX); i++) {
        // Every stage but Done, which has no handoff to show.
        const stageIndex = i % (stages.length - 1);
        const launchDate = addDays('2026-06-01', (i % 150) - 60);
        const campaign = tx.insert('campaign', {
          workspaceId: ws.id,
          clientId: clients[i % clients.length]!.id,
          name: `Campaign ${String(i).padStart(5, '0')}`,
          type: types[i % types.length]!,
          channels: i % 2 ? ['email', 'instagram'] : ['linkedin'],
          launchDate,
          stageId: stages[stageIndex]!.id,
          ownerId: people[i % people.length]!.id,
          team: [people[i % people.length]!.id, people[(i + 1) % people.length]!.id],
          createdAt: tx.at,
        });
        const step = planCampaign(stages, launchDate)[stageIndex];
        if (!step) continue;
        const handoff = openHandoff(tx, campaign.id, step);
        // Some of the text fields filled, so gates show a spread of "n missing".
        const texts = step.template.fields.filter(
          (f) => (f.type === 'text' || f.type === 'long_text') && f.key !== 'brand',
        );
        for (const f of texts.slice(0, i % (texts.length + 1))) {
          tx.insert('handoffField', {
            handoffId: handoff.id,
            key: f.key,
            value: 'Filled in by the benchmark. One sentence only.',
          });
        }
      }
    });
  }
}

/** Generated once into bench/.cache and reused while the schema and this file stay the same. */
export async function boardDataset(count = 2000): Promise<BoardDataset> {
  const dataDir = path.join(CACHE_DIR, `board-${count}`);
  const metaFile = path.join(dataDir, 'dataset.json');
  // A new database's page size too, as for the benchmark database (dataset.ts).
  const key = JSON.stringify({
    version: VERSION,
    schema: currentSchemaVersion(),
    pageSize: PAGE_SIZE,
    count,
  });
  if (fs.existsSync(metaFile) && fs.existsSync(dbFilePath(dataDir))) {
    const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8')) as {
      key: string;
      campaigns: number;
    };
    if (meta.key === key) return { dataDir, campaigns: meta.campaigns, generatedMs: null };
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const started = performance.now();
  await demoWorkspace(dataDir);
  const db = BatonDatabase.open(dataDir);
  try {
    addBoardCampaigns(db, count);
    const campaigns = db.sqlite.prepare('SELECT count(*) FROM campaigns').pluck().get() as number;
    fs.writeFileSync(metaFile, JSON.stringify({ key, campaigns }));
    return { dataDir, campaigns, generatedMs: performance.now() - started };
  } finally {
    db.close();
  }
}
