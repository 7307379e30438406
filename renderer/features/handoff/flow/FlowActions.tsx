import { useState } from 'react';
import type { HandoffDetail, Person } from '../../../../shared/model';
import { toBatonError, type BatonError } from '../../../api/errors';
import { Button } from '../../../ui';
import { useHandoff } from '../handoffContext';
import { ShieldIcon } from '../../../ui';
import { useHandoffMutation } from '../useHandoffMutation';
import { nextStep, offeredActions, type NextStep, type Offer, type OfferKind } from './flowOffers';
import { ReasonDialog } from './ReasonDialog';
import { SendBackDialog } from './SendBackDialog';

const LABELS: Record<OfferKind, string> = {
  submit: 'Submit for approval',
  approve: 'Approve',
  request_changes: 'Request changes',
  acknowledge: 'I have what I need',
  send_back: 'Send back',
  override: 'Override gate',
};

const PRIMARY: readonly OfferKind[] = ['submit', 'approve', 'acknowledge'];

const BECAUSE: Record<NextStep['because'], string> = {
  responsible: 'Responsible',
  quality_owner: 'quality owner',
  receiver: 'receiver',
};

/**
 * Where to name the missing person: Responsible is a RACI role, the quality owner has its own
 * picker under People, and with no next-stage Responsible the Accountable person receives.
 */
const NAME_ONE: Record<NextStep['because'], string> = {
  responsible: 'name one in the RACI',
  quality_owner: 'choose one under People',
  receiver: 'name the Accountable person in the RACI',
};

/**
 * The status flow's next step for the person at this laptop: the buttons `applyFlow` allows them
 * (approve for the quality owner, "I have what I need" / send back for the receiver, override
 * for the Accountable person), and for everyone else who must act next.
 */
export function FlowActions() {
  const { detail, me, people, api, applyDetail } = useHandoff();
  const mutation = useHandoffMutation();
  const [dialog, setDialog] = useState<'request_changes' | 'send_back' | 'override' | null>(null);
  const offers = offeredActions(detail, me?.id ?? null);
  const id = detail.handoff.id;

  const direct: Partial<Record<OfferKind, () => Promise<HandoffDetail>>> = {
    submit: () => api.handoffs.submit({ id }),
    // The hash of the package on screen: if it changed meanwhile, the backend refuses.
    approve: () => api.handoffs.approve({ id, packageHash: detail.packageHash }),
    acknowledge: () => api.handoffs.acknowledge({ id }),
  };
  const perform = (kind: OfferKind) => {
    const call = direct[kind];
    if (call) void mutation.run(call);
    else setDialog(kind as 'request_changes' | 'send_back' | 'override');
  };
  /**
   * Dialog steps report the refusal back to the dialog instead of under the buttons. Success
   * shows in the status, badge and trail; no toast, which would sit over these very buttons.
   */
  const inDialog = async (call: () => Promise<HandoffDetail>) => {
    try {
      applyDetail(await call());
      return null as BatonError | null;
    } catch (err) {
      return toBatonError(err);
    }
  };

  const blocked = offers.find((o) => o.blockedBy !== null && PRIMARY.includes(o.kind));
  const packageItems = [
    ...detail.template.fields.map((f) => f.label),
    ...detail.checklist.map((c) => c.label),
  ];

  return (
    <div className="hf-flow">
      <p className="hf-flow__status" role="status">
        <FlowStatus detail={detail} me={me} people={people} />
      </p>
      {mutation.error ? (
        <p className="hf-error" role="alert">
          {mutation.error.message}
        </p>
      ) : null}
      {blocked ? <p className="hf-muted hf-flow__blocked">{blockedText(blocked)}</p> : null}
      {offers.length > 0 ? (
        <div className="hf-flow__buttons">
          {sortOffers(offers).map((offer) => (
            <Button
              key={offer.kind}
              variant={
                offer.kind === 'override'
                  ? 'ghost'
                  : PRIMARY.includes(offer.kind)
                    ? 'primary'
                    : 'secondary'
              }
              icon={offer.kind === 'override' ? <ShieldIcon /> : undefined}
              className={offer.kind === 'override' ? 'hf-flow__override' : undefined}
              disabled={offer.blockedBy !== null}
              busy={mutation.busy && direct[offer.kind] !== undefined}
              onClick={() => perform(offer.kind)}
            >
              {LABELS[offer.kind]}
            </Button>
          ))}
        </div>
      ) : null}
      <ReasonDialog
        open={dialog === 'request_changes'}
        onClose={() => setDialog(null)}
        title="Request changes"
        description="The package goes back to its Responsible people with your reason."
        label="What must change"
        confirmLabel="Request changes"
        onConfirm={(reason) => inDialog(() => api.handoffs.requestChanges({ id, reason }))}
      />
      <ReasonDialog
        open={dialog === 'override'}
        onClose={() => setDialog(null)}
        title="Override the gate"
        description="The card may then move although the gate fails. Your reason is logged in the trail and shown on the card and in the PDF."
        label="Why override"
        confirmLabel="Override gate"
        danger
        onConfirm={(reason) => inDialog(() => api.handoffs.override({ id, reason }))}
      />
      <SendBackDialog
        open={dialog === 'send_back'}
        onClose={() => setDialog(null)}
        items={packageItems}
        onConfirm={(missing, reason) =>
          inDialog(() => api.handoffs.sendBack({ id, missing, reason }))
        }
      />
    </div>
  );
}

/** Override first (leftmost, away from the main action), the primary action last. */
function sortOffers(offers: Offer[]): Offer[] {
  const rank = (k: OfferKind) => (k === 'override' ? 0 : PRIMARY.includes(k) ? 2 : 1);
  return [...offers].sort((a, b) => rank(a.kind) - rank(b.kind));
}

function blockedText(offer: Offer): string {
  return offer.kind === 'submit'
    ? 'Complete the package to submit it: see “What’s missing”.'
    : `${LABELS[offer.kind]} is not possible yet: the package ${offer.blockedBy}.`;
}

function FlowStatus({
  detail,
  me,
  people,
}: {
  detail: HandoffDetail;
  me: Person | null;
  people: readonly Person[];
}) {
  const { gate } = detail;
  if (gate.passed) {
    return gate.overridden ? (
      <>Gate overridden: the card can move to {detail.toStageName}.</>
    ) : (
      <>Ready: the card can move to {detail.toStageName}.</>
    );
  }
  if (me === null) return <>Choose who you are on this computer (Settings) to act on it.</>;
  const step = nextStep(detail);
  if (!step) return null;
  if (step.personIds.includes(me.id)) return <>Your turn: {step.task}.</>;
  const names = step.personIds.map((id) => people.find((p) => p.id === id)?.name ?? 'a teammate');
  if (names.length === 0) {
    return (
      <>
        Nobody is named as {BECAUSE[step.because]} yet: {NAME_ONE[step.because]} to {step.task}.
      </>
    );
  }
  return (
    <>
      Waiting on <strong>{joinNames(names)}</strong> ({BECAUSE[step.because]}) to {step.task}.
    </>
  );
}

export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
