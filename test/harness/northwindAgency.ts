import type { Backend } from '../../electron/backend/startBackend';
import type {
  Campaign,
  FieldValue,
  HandoffDetail,
  Person,
  TemplateField,
} from '../../shared/model';

// Northwind Agency, the small team the gate tests seed through the API (never the demo), and
// its campaigns moved along the board by overriding each handoff, as its Accountable person.

type Api = Backend['client'];
type WorkspaceView = Awaited<ReturnType<Api['workspace']['create']>>;

/** Everyone but Sam Reyes (the Strategist who creates the workspace), by role title. */
export const NORTHWIND_TEAM: readonly (readonly [name: string, roleTitle: string])[] = [
  ['Maya Okafor', 'Account Director'],
  ['Cody Brandt', 'Creative Director'],
  ['Pat Kim', 'Producer'],
  ['Paula Diaz', 'Paid Media Specialist'],
  ['Ari Patel', 'Analyst'],
];

export interface NorthwindAgency {
  ws: WorkspaceView;
  /** Sam Reyes first, then `team` in order. */
  people: Person[];
  person(name: string): Person;
  clientId: string;
  /** A stage by its name in any case (`'production'`). */
  stage(name: string): WorkspaceView['stages'][number];
}

/** The workspace (UTC, Sam Reyes as me), `team` and the client Acme Coffee. */
export async function seedNorthwindAgency(
  api: Api,
  team: readonly (readonly [string, string])[] = NORTHWIND_TEAM,
): Promise<NorthwindAgency> {
  const ws = await api.workspace.create({
    name: 'Northwind Agency',
    homeTimeZone: 'UTC',
    me: { name: 'Sam Reyes', email: 'sam@northwind.example', roleTitle: 'Strategist' },
  });
  const people: Person[] = [ws.me!];
  for (const [name, roleTitle] of team) people.push(await api.people.create({ name, roleTitle }));
  const client = await api.clients.create({ name: 'Acme Coffee' });
  return {
    ws,
    people,
    person: (name) => {
      const found = people.find((p) => p.name === name);
      if (!found) throw new Error(`no person named ${name} in Northwind Agency`);
      return found;
    },
    clientId: client.id,
    stage: (name) => {
      const found = ws.stages.find((s) => s.name.toLowerCase() === name.toLowerCase());
      if (!found) throw new Error(`no stage named ${name} in Northwind Agency`);
      return found;
    },
  };
}

/** The campaign's handoff that leaves stage `from`. */
export async function handoffLeaving(
  api: Api,
  agency: NorthwindAgency,
  campaignId: string,
  from: string,
): Promise<HandoffDetail> {
  const detail = await api.campaigns.get({ id: campaignId });
  const fromId = agency.stage(from).id;
  const found = detail.handoffs.find((h) => h.handoff.fromStageId === fromId);
  if (!found) throw new Error(`campaign ${campaignId} has no handoff leaving ${from}`);
  return found;
}

/**
 * Moves a campaign along `path` (stage names, its current stage first): each handoff is
 * overridden with `reason` by its Accountable person, who is "me" afterwards.
 */
export async function overrideAlong(
  api: Api,
  agency: NorthwindAgency,
  campaignId: string,
  path: string[],
  reason: string,
): Promise<void> {
  for (let i = 1; i < path.length; i++) {
    const h = await handoffLeaving(api, agency, campaignId, path[i - 1]!);
    await api.workspace.setMe({ personId: h.raci.find((r) => r.role === 'A')!.personId });
    await api.handoffs.override({ id: h.handoff.id, reason });
    await api.campaigns.move({ id: campaignId, toStageId: agency.stage(path[i]!).id });
  }
}

export interface CampaignAtProduction {
  agency: NorthwindAgency;
  campaign: Campaign;
  /** The Production → Launch handoff as it stood when the campaign reached Production. */
  launch: HandoffDetail;
}

/**
 * Northwind Agency with one campaign overridden through Strategy and Creative into Production;
 * Pat Kim (Producer) is "me" afterwards. A paid_ads campaign runs on Meta.
 */
export async function campaignAtProduction(
  api: Api,
  o: { name: string; type: 'paid_ads' | 'content'; launchDate: string; reason: string },
): Promise<CampaignAtProduction> {
  const agency = await seedNorthwindAgency(api);
  const campaign = await api.campaigns.create({
    name: o.name,
    clientId: agency.clientId,
    type: o.type,
    channels: o.type === 'paid_ads' ? ['meta_ads'] : [],
    launchDate: o.launchDate,
  });
  await overrideAlong(api, agency, campaign.id, ['strategy', 'creative', 'production'], o.reason);
  await api.workspace.setMe({ personId: agency.person('Pat Kim').id });
  return { agency, campaign, launch: await handoffLeaving(api, agency, campaign.id, 'production') };
}

/** A jpg asset whose file name starts with `filePrefix` (date and campaign, as the naming convention has them). */
export async function addAsset(
  api: Api,
  o: { campaignId: string; name: string; folder: string; filePrefix: string },
): Promise<string> {
  const view = await api.assets.create({
    campaignId: o.campaignId,
    name: o.name,
    format: 'jpg',
    location: `https://drive.example.com/${o.folder}/${o.name}`,
    fileName: `${o.filePrefix}_${o.name}_v01.jpg`,
  });
  return view.assets.find((a) => a.name === o.name)!.id;
}

/**
 * Fills a handoff's package: every field (`valueFor` gives each its value; a field it answers
 * `undefined` for is left empty), every checklist item ticked, `qualityOwnerId` as quality owner.
 */
export async function fillPackage(
  api: Api,
  h: HandoffDetail,
  o: {
    valueFor: (field: TemplateField) => FieldValue | undefined;
    qualityOwnerId: string;
  },
): Promise<HandoffDetail> {
  for (const field of h.template.fields) {
    const value = o.valueFor(field);
    if (value === undefined) continue;
    await api.handoffs.setField({ handoffId: h.handoff.id, key: field.key, value });
  }
  for (const item of h.checklist) {
    await api.handoffs.setChecklistItem({ id: item.id, done: true });
  }
  return api.handoffs.setQualityOwner({ handoffId: h.handoff.id, personId: o.qualityOwnerId });
}
