import { useEffect, useId, useRef, useState } from 'react';
import type {
  AssetApprovalState,
  AssetRegisterRow,
  AssetRegisterView,
} from '../../../../shared/model';
import type { BatonError } from '../../../api/errors';
import { Badge, Button, TrashIcon } from '../../../ui';
import { exactTime, relativeTime } from '../formatTime';
import { APPROVAL_ACTIONS, APPROVAL_LABELS, APPROVAL_TONES } from './approvalLabels';
import { isLink } from './assetInput';
import { EditAssetForm } from './EditAssetForm';
import { NameCheck } from './NameCheck';
import { NewVersionForm } from './NewVersionForm';
import type { AssetRegisterHandle } from './useAssetRegister';
import { VersionHistory } from './VersionHistory';

type Open = 'version' | 'edit' | 'history' | null;

interface Props {
  row: AssetRegisterRow;
  view: AssetRegisterView;
  register: AssetRegisterHandle;
}

/** One asset of the register: its facts, checks, approval and what can be done with it. */
export function AssetItem({ row, view, register }: Props) {
  const [open, setOpen] = useState<Open>(null);
  const [busy, setBusy] = useState<AssetApprovalState | 'remove' | null>(null);
  const [failure, setFailure] = useState<BatonError | null>(null);
  const headingId = useId();
  const toggle = (which: Exclude<Open, null>) => setOpen(open === which ? null : which);
  const panelId = `${headingId}-panel`;
  const toggles = useRef<Record<string, HTMLButtonElement | null>>({});
  const lastOpen = useRef<Open>(null);

  // A form closed (saved or cancelled) hands focus back to the button that opened it.
  useEffect(() => {
    if (lastOpen.current && open === null) toggles.current[lastOpen.current]?.focus();
    lastOpen.current = open;
  }, [open]);

  const approve = async (state: AssetApprovalState) => {
    if (busy) return;
    setBusy(state);
    setFailure(
      await register.mutate(() => register.api.assets.setApproval({ assetId: row.id, state })),
    );
    setBusy(null);
  };
  const remove = async () => {
    if (busy) return;
    setBusy('remove');
    setFailure(await register.mutate(() => register.api.assets.remove({ id: row.id })));
    setBusy(null);
  };
  const dims =
    row.width === null && row.height === null
      ? 'not known'
      : `${row.width ?? '?'}×${row.height ?? '?'}`;

  return (
    <li className="ar-asset" aria-labelledby={headingId}>
      <div className="ar-asset__head">
        <h4 id={headingId} className="ar-asset__name">
          {row.name}
        </h4>
        {row.current ? <span className="ar-asset__version">{row.current.label}</span> : null}
        <Badge tone={APPROVAL_TONES[row.approvalState]} dot>
          {APPROVAL_LABELS[row.approvalState]}
        </Badge>
      </div>
      <dl className="ar-facts">
        <div>
          <dt>Spec</dt>
          <dd>{row.specCheck.specName ?? (row.channelSpecId || 'not chosen')}</dd>
        </div>
        <div>
          <dt>Format</dt>
          <dd>{row.format}</dd>
        </div>
        <div>
          <dt>Size</dt>
          <dd>{dims}</dd>
        </div>
        <div>
          <dt>File size</dt>
          <dd>{row.sizeLabel ?? 'not known'}</dd>
        </div>
        <div className="ar-facts__wide">
          <dt>File</dt>
          <dd>
            <code className="ar-file">{row.current?.fileName ?? '—'}</code>
          </dd>
        </div>
        <div className="ar-facts__wide">
          <dt>Where</dt>
          <dd>
            {isLink(row.location) ? (
              <a href={row.location} target="_blank" rel="noreferrer noopener">
                {row.location}
              </a>
            ) : (
              <code className="ar-file">{row.location}</code>
            )}
          </dd>
        </div>
        {row.needsNames.length > 0 ? (
          <div className="ar-facts__wide">
            <dt>Needs first</dt>
            <dd>{row.needsNames.join(', ')}</dd>
          </div>
        ) : null}
      </dl>
      {row.approvalState === 'approved' && row.approvedAt ? (
        <p className="ar-asset__approved">
          Approved by {row.approvedByName ?? 'someone no longer in the workspace'}{' '}
          <time dateTime={row.approvedAt} title={exactTime(row.approvedAt)}>
            {relativeTime(row.approvedAt)}
          </time>
        </p>
      ) : null}
      <NameCheck row={row} register={register} />
      {!row.specCheck.ok ? (
        <div className="ar-problem ar-problem--spec">
          <p className="ar-problem__title">Does not meet its channel spec</p>
          <ul className="ar-problem__list">
            {row.specCheck.problems.map((p) => (
              <li key={p.message}>{p.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="ar-asset__actions" role="group" aria-label={`Approval of ${row.name}`}>
        {row.nextStates.map((state) => (
          <Button
            key={state}
            size="sm"
            variant={state === 'approved' ? 'primary' : 'secondary'}
            busy={busy === state}
            onClick={() => void approve(state)}
          >
            {APPROVAL_ACTIONS[state]}
          </Button>
        ))}
      </div>
      <div className="ar-asset__actions">
        <Button
          size="sm"
          variant="ghost"
          ref={(el) => {
            toggles.current.version = el;
          }}
          aria-expanded={open === 'version'}
          aria-controls={panelId}
          onClick={() => toggle('version')}
        >
          New version
        </Button>
        <Button
          size="sm"
          variant="ghost"
          ref={(el) => {
            toggles.current.edit = el;
          }}
          aria-expanded={open === 'edit'}
          aria-controls={panelId}
          onClick={() => toggle('edit')}
        >
          Edit
        </Button>
        <Button
          size="sm"
          variant="ghost"
          ref={(el) => {
            toggles.current.history = el;
          }}
          aria-expanded={open === 'history'}
          aria-controls={panelId}
          onClick={() => toggle('history')}
        >
          History ({row.versions.length})
        </Button>
        <Button
          size="sm"
          variant="ghost"
          icon={<TrashIcon />}
          busy={busy === 'remove'}
          onClick={() => void remove()}
          className="ar-asset__remove"
        >
          Remove
        </Button>
      </div>
      {failure ? (
        <p className="hf-error" role="alert">
          {failure.message}
        </p>
      ) : null}
      <div id={panelId}>
        {open === 'version' ? (
          <NewVersionForm row={row} register={register} onDone={() => setOpen(null)} />
        ) : open === 'edit' ? (
          <EditAssetForm row={row} view={view} register={register} onDone={() => setOpen(null)} />
        ) : open === 'history' ? (
          <VersionHistory row={row} />
        ) : null}
      </div>
    </li>
  );
}
