import type { Backend } from '../../electron/backend/startBackend';
import type { Campaign, Person } from '../../shared/model';

// The smallest workspace Analytics → Optimization needs, seeded through the API: Northwind
// Agency in UTC with Ana Analyst as the person on this laptop, the client Acme Coffee and one
// paid campaign that launched on 2026-03-02, so day 2/7/30 reviews fall on known days.

type Api = Backend['client'];

export interface AnalystCampaign {
  /** Ana Analyst, the workspace's only person. */
  me: Person;
  campaign: Campaign;
}

export async function seedAnalystCampaign(api: Api): Promise<AnalystCampaign> {
  const ws = await api.workspace.create({
    name: 'Northwind Agency',
    homeTimeZone: 'UTC',
    me: { name: 'Ana Analyst', email: 'ana@northwind.example', roleTitle: 'Analyst' },
  });
  const client = await api.clients.create({
    name: 'Acme Coffee',
    brand: { voice: '', dos: [], donts: [], logoRules: '', colourRules: '', legalLines: '' },
  });
  const campaign = await api.campaigns.create({
    name: 'Spring ads',
    clientId: client.id,
    type: 'paid_ads',
    channels: ['meta_ads'],
    launchDate: '2026-03-02',
  });
  return { me: ws.me!, campaign };
}
