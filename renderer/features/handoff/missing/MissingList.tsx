import type { Ref } from 'react';
import type { GateView } from '../../../../shared/model';
import { Badge } from '../../../ui';
import { nextStep } from '../flow/flowOffers';
import { useHandoff } from '../handoffContext';
import { focusTarget, missingTargetId } from './fieldDomIds';

const KIND: Record<GateView['missing'][number]['kind'], string> = {
  field: 'Field',
  checklist: 'Checklist',
  raci: 'RACI',
  quality_owner: 'Approval',
  preflight: 'Pre-flight',
  asset: 'Assets',
};

const BECAUSE = {
  responsible: 'Responsible',
  quality_owner: 'quality owner',
  receiver: 'receiver',
};

/**
 * The gate's answer in full: each missing field, checklist item and RACI role by name (a click
 * puts the person in the control that fixes it), and who must act. Leads the panel after a
 * refused move.
 */
export function MissingList({
  blocked,
  headingId,
  headingRef,
}: {
  blocked: boolean;
  headingId: string;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { detail, people, me } = useHandoff();
  const { gate } = detail;
  const step = nextStep(detail);
  const nameOf = (id: string) =>
    id === me?.id ? 'you' : (people.find((p) => p.id === id)?.name ?? 'a teammate');
  // The flow's next step names who acts now (a complete draft waits on its Responsible people
  // to submit, though the gate already names the quality owner); otherwise the gate's list.
  const who =
    step && step.personIds.length > 0
      ? step.personIds.map((personId) => ({ personId, because: step.because }))
      : gate.waitingOn;

  return (
    <section
      className={blocked ? 'hf-missing hf-missing--blocked' : 'hf-missing'}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="hf-missing__title">
        {blocked
          ? `Can’t move to ${detail.toStageName} yet`
          : gate.missing.length > 0
            ? 'What’s missing'
            : 'Next step'}
        {gate.missing.length > 0 ? (
          <Badge tone="danger">{gate.missing.length} missing</Badge>
        ) : null}
      </h3>
      {gate.missing.length > 0 ? (
        <>
          {blocked ? <p className="hf-missing__lead">What’s missing:</p> : null}
          <ul className="hf-missing__items" aria-label="Missing items">
            {gate.missing.map((item) => {
              const target = missingTargetId(detail.handoff.id, item, detail.checklist);
              return (
                // A launch package lists several problems of one field: the problem tells them apart.
                <li key={`${item.kind}:${item.key}:${item.problem}`}>
                  <button
                    type="button"
                    className="hf-missing__item"
                    disabled={target === null}
                    onClick={() => target && focusTarget(target)}
                  >
                    <span className="hf-missing__kind">{KIND[item.kind]}</span>
                    <span className="hf-missing__label">{item.label}</span>
                    <span className="hf-missing__problem">{item.problem}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {who.length > 0 ? (
        <p className="hf-missing__who">
          Who must act:{' '}
          {who.map((w, i) => (
            <span key={`${w.personId}:${w.because}`}>
              {i > 0 ? ', ' : ''}
              <strong>{nameOf(w.personId)}</strong> ({BECAUSE[w.because]})
            </span>
          ))}
          {step ? ` — ${step.task}.` : '.'}
        </p>
      ) : (
        <p className="hf-missing__who">
          Nobody is named to act yet: add a Responsible person under People.
        </p>
      )}
    </section>
  );
}
