import { eq } from 'drizzle-orm';
import { dayInZone } from '../../../shared/domain';
import type { WorkspaceView } from '../../../shared/model';
import * as schema from '../../db/schema';
import type { BackendContext } from '../context';
import {
  DEMO_AGENCY,
  DEMO_CAMPAIGNS,
  DEMO_CLIENTS,
  DEMO_PEOPLE,
  demoFieldValues,
} from './demoData';
import { calendarSteps } from './demoCalendar';
import { campaignHistory, type CampaignHistory } from './demoHistory';
import { leadSteps } from './demoLeads';
import { optimizationSteps } from './demoOptimization';
import { retrospectiveSteps } from './demoRetrospectives';
import { DAY_MS, runTimeline, type TimedStep } from './demoTimeline';
import {
  assertNoWorkspace,
  createWorkspaceRows,
  insertPerson,
  requireWorkspace,
} from './workspaceService';

/**
 * Creates the sample agency: people, clients with brand guidelines, and campaigns over the
 * board with months of history behind them (handoffs submitted, sent back, approved,
 * overridden, late), each written at the time it happened through the write path, so the
 * activity trails and Health read as a real agency's. Dates are relative to today so the demo
 * always looks current.
 */
export function loadDemo(ctx: BackendContext): WorkspaceView {
  assertNoWorkspace(ctx);
  // One transaction around the whole past (each write inside is a savepoint): the demo appears
  // whole or not at all, its hundreds of writes commit once and wake the windows once.
  const me = ctx.db.writeBatch(() => writeDemo(ctx));
  ctx.db.setLocalPerson(me.personId, me.workspaceId);
  return requireWorkspace(ctx);
}

/** Writes the sample agency; returns who "me" is on this laptop. */
function writeDemo(ctx: BackendContext): { personId: string; workspaceId: string } {
  const now = ctx.now();
  const today = dayInZone(now, DEMO_AGENCY.homeTimeZone);
  // Far enough back for the oldest campaign's brief, which starts months before its launch.
  const founded = now - 200 * DAY_MS;
  const setup = ctx.db.writeAsOf(founded, () =>
    ctx.db.write(null, (tx) => {
      const { workspaceId } = createWorkspaceRows(tx, DEMO_AGENCY);
      const people = DEMO_PEOPLE.map((p) => insertPerson(tx, workspaceId, p));
      const clients = DEMO_CLIENTS.map((c) =>
        tx.insert('client', { workspaceId, ...c, createdAt: tx.at }),
      );
      const stages = tx.read
        .select()
        .from(schema.stages)
        .where(eq(schema.stages.workspaceId, workspaceId))
        .all()
        .sort((a, b) => a.position - b.position);
      return { workspaceId, people, clients, stages };
    }),
  );
  const { workspaceId, people, clients, stages } = setup;
  const byRole = (title: string) => people.find((p) => p.roleTitle === title)!.id;
  const me = byRole('Account Director');
  const histories: CampaignHistory[] = DEMO_CAMPAIGNS.map((demo, index) =>
    campaignHistory({
      index,
      demo,
      workspaceId,
      clientId: clients[demo.client]!.id,
      values: demoFieldValues(demo, clients[demo.client]!.name),
      ownerId: me,
      // The Account Director plus two specialists, varied across campaigns.
      team: [me, people[(index % 5) + 1]!.id, people[((index + 2) % 5) + 1]!.id],
      stages,
      people,
      today,
      now,
    }),
  );
  const campaignIds = new Map(DEMO_CAMPAIGNS.map((d, i) => [d.name, histories[i]!.campaignId]));
  // A campaign's history starts with its creation.
  const campaignCreatedAt = new Map(
    DEMO_CAMPAIGNS.map((d, i) => [d.name, histories[i]!.steps[0]!.at]),
  );
  const facts = DEMO_CAMPAIGNS.map((d, i) => ({ demo: d, history: histories[i]! }));
  const live = facts
    .filter((f) => f.demo.stage >= 4 && f.demo.stage < 7)
    .map((f) => ({
      id: f.history.campaignId,
      name: f.demo.name,
      launchDate: f.history.launchDate,
    }));
  const finished = facts
    .filter((f) => f.demo.stage === 7)
    .map((f) => ({
      id: f.history.campaignId,
      name: f.demo.name,
      doneAt: f.history.doneAt.at(-1)!,
    }));
  const steps: TimedStep[] = [
    ...histories.flatMap((h) => h.steps),
    ...optimizationSteps(live, byRole('Analyst'), now),
    ...retrospectiveSteps(finished, people, me, DEMO_AGENCY.homeTimeZone, now),
    ...calendarSteps(campaignIds, people, byRole('Producer'), today, now),
    ...leadSteps(campaignIds, campaignCreatedAt, now),
  ];
  runTimeline(ctx, workspaceId, steps);
  return { personId: me, workspaceId };
}
