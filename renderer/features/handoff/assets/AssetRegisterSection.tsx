import { useEffect, useId, useRef, useState } from 'react';
import { Badge, Button, PlusIcon, Spinner } from '../../../ui';
import { useHandoff } from '../handoffContext';
import { assetRegisterDomId } from '../missing/fieldDomIds';
import { AddAssetForm } from './AddAssetForm';
import { AssetItem } from './AssetItem';
import { MakingOrder } from './MakingOrder';
import { useAssetRegister } from './useAssetRegister';
import './assetRegister.css';

/** The handoffs whose package carries the campaign's asset register (systems 2 and 3). */
function carriesRegister(from: string | null, to: string | null): boolean {
  return (from === 'creative' && to === 'production') || (from === 'production' && to === 'launch');
}

/** The asset register section of a Creative → Production or Production → Launch handoff. */
export function AssetRegisterSection() {
  const { detail } = useHandoff();
  if (!carriesRegister(detail.template.from, detail.template.to)) return null;
  return (
    <AssetRegister
      campaignId={detail.handoff.campaignId}
      domId={assetRegisterDomId(detail.handoff.id)}
    />
  );
}

// `domId`: where the gate's "Final asset verification" item takes the person.
function AssetRegister({ campaignId, domId }: { campaignId: string; domId: string }) {
  const register = useAssetRegister(campaignId);
  const { view, loadError } = register;
  const [adding, setAdding] = useState(false);
  const [restoring, setRestoring] = useState<string | null>(null);
  const headingId = useId();
  const formId = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  const wasAdding = useRef(false);

  // Back to "Add asset" once the form closes (added or cancelled), not lost on the page.
  useEffect(() => {
    if (wasAdding.current && !adding) addButton.current?.focus();
    wasAdding.current = adding;
  }, [adding]);

  const restore = async (id: string) => {
    setRestoring(id);
    await register.mutate(() => register.api.assets.restore({ id }));
    setRestoring(null);
  };

  return (
    <section id={domId} className="hp-section ar-register" aria-labelledby={headingId}>
      <h3 id={headingId} className="hp-section__title ar-register__title">
        Asset register
        {view && view.summary.total > 0 ? (
          <Badge
            tone={view.summary.approved === view.summary.total ? 'success' : 'neutral'}
          >{`${view.summary.approved} of ${view.summary.total} approved`}</Badge>
        ) : null}
        {view && view.summary.withProblems > 0 ? (
          <Badge tone="warning">{`${view.summary.withProblems} with problems`}</Badge>
        ) : null}
      </h3>
      {loadError ? (
        <p className="hf-error" role="alert">
          The asset register could not be loaded: {loadError.message}{' '}
          <Button size="sm" onClick={() => void register.reload()}>
            Try again
          </Button>
        </p>
      ) : !view ? (
        <p className="hf-muted" role="status">
          <Spinner /> Loading the asset register…
        </p>
      ) : (
        <>
          {view.assets.length === 0 ? (
            <div className="ar-empty">
              <p>
                No assets yet. The asset register lists every file made for this campaign — its
                channel spec, versions (v01, v02…) and approval — so Production gets exactly what
                was approved. Each file name is checked against the naming convention{' '}
                <code className="ar-file">{view.namingPattern}</code> and each asset against its
                channel&apos;s spec.
              </p>
            </div>
          ) : (
            <ul className="ar-list">
              {view.assets.map((row) => (
                <AssetItem key={row.id} row={row} view={view} register={register} />
              ))}
            </ul>
          )}
          <MakingOrder order={view.order} />
          {adding ? (
            <div id={formId}>
              <AddAssetForm view={view} register={register} onDone={() => setAdding(false)} />
            </div>
          ) : (
            <div>
              <Button
                ref={addButton}
                size="sm"
                icon={<PlusIcon />}
                aria-expanded={false}
                aria-controls={formId}
                onClick={() => setAdding(true)}
              >
                Add asset
              </Button>
            </div>
          )}
          {view.removed.length > 0 ? (
            <div className="ar-removed">
              <p className="hf-muted">Removed:</p>
              <ul>
                {view.removed.map((r) => (
                  <li key={r.id}>
                    {r.name}{' '}
                    <Button
                      size="sm"
                      variant="ghost"
                      busy={restoring === r.id}
                      onClick={() => void restore(r.id)}
                    >
                      Restore
                    </Button>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
