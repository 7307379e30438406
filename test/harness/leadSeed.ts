import { expect } from 'vitest';
import type { Backend } from '../../electron/backend/startBackend';
import type { Lead, LeadTouch, NewLeadInput } from '../../shared/model';

type Api = Backend['client'];

/**
 * A workspace of marketing (Mia, who is "me") and one salesperson (Sam), on the agency's home
 * clock: the two sides of a lead handoff that the agenda and SLA tests start from.
 */
export async function salesAndMarketing(
  api: Api,
  workspace: { name: string; homeTimeZone: string },
): Promise<{ sam: { id: string } }> {
  await api.workspace.create({
    ...workspace,
    me: { name: 'Mia Marketing', roleTitle: 'Marketing' },
  });
  const sam = await api.people.create({ name: 'Sam Sales', roleTitle: 'Sales' });
  return { sam };
}

/**
 * A lead with a buyer's usual particulars, its touches logged, then handed off to sales (the
 * hand off must be accepted by the gate: the scoring in place has to make the touches enough).
 */
export async function handedOffLead(
  api: Api,
  lead: Partial<NewLeadInput> & { personName: string; email: string; assigneeId: string },
  touches: readonly LeadTouch['kind'][],
): Promise<Lead> {
  const created = await api.leads.create({
    company: 'Beta GmbH',
    jobTitle: 'Head of Growth',
    sourceChannel: 'Webinar',
    notes: 'Wants a demo.',
    ...lead,
  });
  for (const kind of touches) await api.leads.addTouch({ leadId: created.id, kind });
  const handed = await api.leads.handOff({ id: created.id });
  expect(handed.handedOff, `${lead.personName} handed off`).toBe(true);
  return created;
}
