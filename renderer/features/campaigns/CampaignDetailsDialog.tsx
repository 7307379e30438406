import { useState } from 'react';
import { CAMPAIGN_TYPE_LABELS, type CampaignDetail } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { ExportButtons } from '../export/ExportButtons';
import { toBatonError } from '../../api/errors';
import { Button, Dialog, Spinner, toast } from '../../ui';
import { DecisionLogSection } from '../decisions/DecisionLogSection';
import { FolderStructureDialog } from '../folders/FolderStructureDialog';
import { useFolderDialogStore } from '../folders/folderDialogStore';
import { usePanelStore } from '../handoff/panelStore';
import { usePeople } from '../people/peopleStore';
import { useWorkspaceStore } from '../workspace/workspaceStore';
import { ActivityTrail } from './ActivityTrail';
import { useCampaignDialogStore } from './campaignDialogStore';
import { PlanEditor } from './PlanEditor';
import { formatDay } from './timeFormat';
import { useCampaignDetail } from './useCampaignDetail';
import './campaignDetails.css';

/**
 * The campaign whose details are open, if any: its plan and its activity trail. The dialog
 * stays mounted and only its `open` changes: a <dialog> mounted already open and remounted by
 * React's StrictMode check receives the `close` event of its first showing and closes itself.
 */
export function CampaignDetailsDialog() {
  const { detailsId, justCreated, closeDetails } = useCampaignDialogStore();
  const { detail, error, replace } = useCampaignDetail(detailsId);
  const { people } = usePeople();
  const deviceId = useWorkspaceStore((s) => s.info?.deviceId ?? null);

  return (
    <>
      <Dialog
        open={detailsId !== null}
        onClose={closeDetails}
        title={detail?.campaign.name ?? 'Campaign'}
        description={detail ? <CampaignFacts detail={detail} /> : undefined}
        size="lg"
        className="campaign-details"
        footer={
          detail ? (
            <DetailsActions
              campaignId={detail.campaign.id}
              name={detail.campaign.name}
              handoffId={detail.summary.currentHandoff?.id ?? null}
              onClose={closeDetails}
            />
          ) : undefined
        }
      >
        {error && !detail ? (
          <p className="campaign-details__state" role="alert">
            This campaign could not be loaded: {error.message}
          </p>
        ) : !detail ? (
          <p className="campaign-details__state" role="status">
            <Spinner size="sm" /> Loading the campaign…
          </p>
        ) : (
          <div className="campaign-details__body">
            {justCreated ? (
              <p className="campaign-details__created" role="status">
                Created in {detail.stage.name}. Check the plan: due dates are counted back from the
                launch date, and each step’s days can be changed for this campaign.
              </p>
            ) : null}
            <PlanEditor key={planKey(detail)} detail={detail} onSaved={replace} />
            <DecisionLogSection campaignId={detail.campaign.id} />
            <ActivityTrail
              campaignId={detail.campaign.id}
              thisDeviceId={deviceId}
              people={people}
            />
          </div>
        )}
      </Dialog>
      {/*
      A sibling, not a child: React passes a nested dialog's close event up to its parent
      dialog, which would close the details too.
    */}
      <FolderStructureDialog />
    </>
  );
}

function planKey(detail: CampaignDetail): string {
  // A saved change to the plan (here or by a teammate) restarts the editor from it.
  return JSON.stringify([
    detail.campaign.id,
    detail.campaign.launchDate,
    detail.plan.map((p) => [p.durationDays, p.bufferDays, p.dueDate]),
  ]);
}

function CampaignFacts({ detail }: { detail: CampaignDetail }) {
  const { campaign, client, stage } = detail;
  return (
    <span className="campaign-details__facts">
      <span
        className="campaign-details__swatch"
        style={{ background: client.accentColor }}
        aria-hidden="true"
      />
      <span>{client.name}</span>
      <span>{CAMPAIGN_TYPE_LABELS[campaign.type]}</span>
      <span>In {stage.name}</span>
      {campaign.launchDate ? <span>Launch {formatDay(campaign.launchDate)}</span> : null}
    </span>
  );
}

function DetailsActions(props: {
  campaignId: string;
  name: string;
  handoffId: string | null;
  onClose: () => void;
}) {
  const { campaignId, name, handoffId, onClose: closeDetails } = props;
  const api = useApi();
  const [busy, setBusy] = useState(false);

  async function archive() {
    setBusy(true);
    try {
      await api.campaigns.remove({ id: campaignId });
      closeDetails();
      toast.show({
        kind: 'success',
        title: `Archived “${name}”`,
        action: {
          label: 'Undo',
          onAction: () => {
            api.campaigns
              .restore({ id: campaignId })
              .then(() => toast.show({ kind: 'success', title: `Restored “${name}”` }))
              .catch((err: unknown) =>
                toast.show({ kind: 'error', title: toBatonError(err).message }),
              );
          },
        },
      });
    } catch (err) {
      toast.show({ kind: 'error', title: toBatonError(err).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button variant="ghost" onClick={archive} busy={busy} className="campaign-details__archive">
        Archive campaign
      </Button>
      <ExportButtons target={{ campaignId }} />
      <Button onClick={() => useFolderDialogStore.getState().open({ id: campaignId, name })}>
        Folder structure…
      </Button>
      {handoffId ? (
        <Button
          onClick={() => {
            closeDetails();
            usePanelStore.getState().open(handoffId);
          }}
        >
          Open current handoff
        </Button>
      ) : null}
      <Button variant="primary" onClick={closeDetails}>
        Done
      </Button>
    </>
  );
}
