import { describe, expect, it } from 'vitest';
import { toBatonError } from '../../renderer/api/errors';
import type { HandoffDetail, Person } from '../../shared/model';
import { failureOf } from '../harness/apiBindings';
import { addAsset, campaignAtProduction } from '../harness/northwindAgency';
import { backendEachTest } from '../harness/backendEachTest';
import { sampleValueFor } from '../harness/sampleValues';

// The pre-flight sign-off of a paid campaign's Production → Launch handoff, through the real
// backend (oRPC procedures, services, a SQLite file in a temp folder).

const backend = backendEachTest('baton-preflight-', '2026-06-10T09:00:00.000Z');
const api = () => backend().client;
const as = (p: Person) => api().workspace.setMe({ personId: p.id });

/** A paid_ads campaign overridden through to Production: its Production → Launch handoff. */
async function atProduction() {
  const { agency, campaign, launch } = await campaignAtProduction(api(), {
    name: 'Spring paid push',
    type: 'paid_ads',
    launchDate: '2026-09-15',
    reason: 'Set up for the pre-flight test',
  });
  // The launch gate verifies the asset register: one asset, approved, so only the pre-flight
  // is under test here (test/integration/launchGate.test.ts covers the register).
  const hero = await addAsset(api(), {
    campaignId: campaign.id,
    name: 'hero-feed',
    folder: 'spring',
    filePrefix: '2026-09-15_acme-coffee-spring-paid-push',
  });
  await api().assets.setApproval({ assetId: hero, state: 'approved' });
  return {
    campaign,
    launch: await api().handoffs.get({ id: launch.handoff.id }),
    maya: agency.person('Maya Okafor'),
    pat: agency.person('Pat Kim'),
    launchStage: agency.stage('launch'),
  };
}

async function fillAll(h: HandoffDetail, tick: 'all' | 'all but last'): Promise<HandoffDetail> {
  for (const field of h.template.fields) {
    await api().handoffs.setField({
      handoffId: h.handoff.id,
      key: field.key,
      value: sampleValueFor(field),
    });
  }
  const items = tick === 'all' ? h.checklist : h.checklist.slice(0, -1);
  for (const item of items) await api().handoffs.setChecklistItem({ id: item.id, done: true });
  return api().handoffs.setQualityOwner({
    handoffId: h.handoff.id,
    personId: h.raci.find((r) => r.role === 'A')!.personId,
  });
}

const missing = (h: HandoffDetail) => h.gate.missing.map((m) => `${m.label} ${m.problem}`);

describe('pre-flight sign-off of Production → Launch', () => {
  it('is listed until signed, refused with open items, cleared by signing, stale after an edit', async () => {
    const { launch, maya, pat } = await atProduction();
    expect(launch.template.preflight).toBe(true);
    await as(pat);

    // Everything filled but one item: the gate lists the item and the sign-off.
    let h = await fillAll(launch, 'all but last');
    const last = h.checklist[h.checklist.length - 1]!;
    expect(missing(h)).toEqual([`${last.label} not ticked`, 'Pre-flight sign-off not signed']);

    // Signing now is refused, naming the checklist and the open item; nothing is recorded.
    const open = toBatonError(
      await failureOf(
        api().handoffs.signPreflight({ id: h.handoff.id, packageHash: h.packageHash }),
      ),
    );
    expect(open.code).toBe('RULE_VIOLATION');
    expect(open.issues.map((i) => i.field)).toEqual(['checklist']);
    expect(open.message).toContain(last.label);
    h = await api().handoffs.get({ id: h.handoff.id });
    expect(h.events.filter((e) => e.kind === 'preflight_signed')).toEqual([]);

    // All ticked: only the sign-off is missing. A stale hash is refused with CONFLICT.
    h = await api().handoffs.setChecklistItem({ id: last.id, done: true });
    expect(missing(h)).toEqual(['Pre-flight sign-off not signed']);
    const stale = toBatonError(
      await failureOf(
        api().handoffs.signPreflight({ id: h.handoff.id, packageHash: launch.packageHash }),
      ),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toBe('The package changed since you looked: review it and sign again');

    // Signed by Pat against the package as it is: the sign-off leaves the gate.
    h = await api().handoffs.signPreflight({ id: h.handoff.id, packageHash: h.packageHash });
    expect(missing(h)).toEqual([]);
    const signed = h.events.filter((e) => e.kind === 'preflight_signed');
    expect(signed).toHaveLength(1);
    expect(signed[0]).toMatchObject({ actorId: pat.id, packageHash: h.packageHash });

    // A later field edit: the signature no longer covers the package, the gate says who signed.
    await as(maya);
    await api().handoffs.setField({
      handoffId: h.handoff.id,
      key: 'trackingNotes',
      value: 'Pixel changed after the sign-off.',
    });
    h = await api().handoffs.get({ id: h.handoff.id });
    expect(missing(h)).toEqual([
      `Pre-flight sign-off signed before the package changed: sign again (signed by Pat Kim at ${signed[0]!.at.slice(0, 10)} ${signed[0]!.at.slice(11, 16)} UTC)`,
    ]);

    // Signing again (by Maya) covers the edited package.
    h = await api().handoffs.signPreflight({ id: h.handoff.id, packageHash: h.packageHash });
    expect(missing(h)).toEqual([]);
    expect(h.events.filter((e) => e.kind === 'preflight_signed').map((e) => e.actorId)).toEqual([
      pat.id,
      maya.id,
    ]);
  });

  it('keeps the card out of Launch until signed, then lets it in once approved and acknowledged', async () => {
    const { campaign, launch, maya, pat, launchStage } = await atProduction();
    await as(pat);
    let h = await fillAll(launch, 'all');
    const card = (await api().campaigns.list()).find((c) => c.id === campaign.id)!;
    expect(card.gate).toMatchObject({ passed: false, missingCount: 1 });
    const refused = toBatonError(
      await failureOf(api().campaigns.move({ id: campaign.id, toStageId: launchStage.id })),
    );
    expect(refused.code).toBe('RULE_VIOLATION');
    expect(JSON.stringify(refused)).toContain('Pre-flight sign-off');

    h = await api().handoffs.signPreflight({ id: h.handoff.id, packageHash: h.packageHash });
    await api().handoffs.submit({ id: h.handoff.id });
    await as(maya);
    h = await api().handoffs.approve({ id: h.handoff.id, packageHash: h.packageHash });
    for (const receiverId of h.receiverIds.slice(0, 1)) {
      await api().workspace.setMe({ personId: receiverId });
      h = await api().handoffs.acknowledge({ id: h.handoff.id });
    }
    expect(h.gate.passed).toBe(true);
    const moved = await api().campaigns.move({ id: campaign.id, toStageId: launchStage.id });
    expect(moved.stageName).toBe('Launch');
  });

  it('refuses to sign a handoff without a pre-flight, naming it', async () => {
    const { campaign } = await atProduction();
    const detail = await api().campaigns.get({ id: campaign.id });
    const brief = detail.handoffs[0]!;
    expect(brief.template.preflight).toBeUndefined();
    const err = toBatonError(
      await failureOf(
        api().handoffs.signPreflight({ id: brief.handoff.id, packageHash: brief.packageHash }),
      ),
    );
    expect(err.code).toBe('RULE_VIOLATION');
    expect(err.issues[0]?.field).toBe('id');
    expect(err.message).toContain('no pre-flight to sign');
  });
});
