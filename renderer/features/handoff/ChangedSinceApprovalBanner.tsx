import { AlertCircleIcon } from '../../ui';
import { useHandoff } from './handoffContext';

/**
 * The approval is bound to a hash of the package: an edit after it voids it. The gate says so
 * while the status is still approved; once the backend has reopened the handoff, the last
 * event ('reopened') does.
 */
export function ChangedSinceApprovalBanner() {
  const { detail, people } = useHandoff();
  const last = [...detail.events].sort((a, b) => (a.at < b.at ? -1 : 1)).at(-1);
  if (!detail.gate.changedSinceApproval && last?.kind !== 'reopened') return null;
  const owner = people.find((p) => p.id === detail.handoff.qualityOwnerId)?.name;
  return (
    <div className="hf-banner hf-banner--warning" role="status">
      <AlertCircleIcon className="hf-banner__icon" />
      <div>
        <p className="hf-banner__title">Changed since approval — needs re-approval</p>
        <p className="hf-banner__body">
          The package was edited after it was approved.{' '}
          {owner
            ? `${owner} (quality owner) must approve it again`
            : 'The quality owner must approve it again'}{' '}
          before the receiver can confirm it.
        </p>
      </div>
    </div>
  );
}
