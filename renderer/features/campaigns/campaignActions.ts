import type { CampaignSummary } from '../../../shared/model';
import type { Action } from '../commands/action';
import { runExport } from '../export/exportJob';
import { useFolderDialogStore } from '../folders/folderDialogStore';
import { usePanelStore } from '../handoff/panelStore';
import { useCampaignDialogStore } from './campaignDialogStore';

/** Typed into the palette by "Go to campaign…"; every per-campaign entry starts with it. */
export const GO_TO_CAMPAIGN = 'Go to campaign: ';
export const OPEN_CAMPAIGN = 'Open campaign: ';
export const FOLDER_STRUCTURE = 'Folder structure: ';
export const EXPORT_CAMPAIGN = 'Export campaign as PDF: ';

const GROUP = 'Campaigns';

export const campaignActions: readonly Action[] = [
  {
    id: 'campaign.new',
    label: 'New campaign',
    group: GROUP,
    shortcut: 'Mod+N',
    menuAction: 'new-campaign',
    keywords: ['create', 'add', 'start'],
    when: (ctx) => !ctx.readOnly,
    perform: () => useCampaignDialogStore.getState().openNew(),
  },
  {
    id: 'campaign.goto',
    label: 'Go to campaign…',
    group: GROUP,
    keywords: ['find', 'handoff', 'search', 'jump'],
    perform: (ctx) => ctx.openPalette(GO_TO_CAMPAIGN),
  },
  {
    id: 'campaign.open',
    label: 'Open campaign…',
    group: GROUP,
    keywords: ['plan', 'timeline', 'activity', 'details', 'due dates'],
    perform: (ctx) => ctx.openPalette(OPEN_CAMPAIGN),
  },
  {
    // With a handoff open in the side panel, its package; otherwise pick a campaign to export.
    id: 'campaign.export',
    label: 'Export…',
    group: GROUP,
    shortcut: 'Mod+E',
    menuAction: 'export',
    keywords: ['pdf', 'markdown', 'package', 'print'],
    perform: (ctx) => {
      const handoffId = usePanelStore.getState().handoffId;
      if (handoffId) return runExport(ctx.api, { handoffId }, 'pdf');
      ctx.openPalette(EXPORT_CAMPAIGN);
    },
  },
];

/**
 * Two palette entries per campaign, found by typing its name or its client: "Go to campaign"
 * opens its current handoff in the side panel, "Open campaign" its plan and activity.
 */
export function campaignEntries(campaigns: readonly CampaignSummary[]): Action[] {
  return campaigns.flatMap((c): Action[] => {
    const keywords = [c.clientName, c.stageName];
    const openDetails = () => useCampaignDialogStore.getState().openDetails(c.id);
    return [
      {
        id: `campaign.goto.${c.id}`,
        label: `${GO_TO_CAMPAIGN}${c.name}`,
        group: GROUP,
        keywords,
        searchOnly: true,
        perform: (ctx) => {
          const handoff = c.currentHandoff;
          // A campaign in the last stage has no handoff left: show its details instead.
          if (!handoff) return openDetails();
          ctx.navigate('board');
          usePanelStore.getState().open(handoff.id);
        },
      },
      {
        id: `campaign.open.${c.id}`,
        label: `${OPEN_CAMPAIGN}${c.name}`,
        group: GROUP,
        keywords,
        searchOnly: true,
        perform: openDetails,
      },
      {
        id: `campaign.folders.${c.id}`,
        label: `${FOLDER_STRUCTURE}${c.name}`,
        group: GROUP,
        keywords: [...keywords, 'folders', 'files', 'naming convention'],
        searchOnly: true,
        perform: () => useFolderDialogStore.getState().open({ id: c.id, name: c.name }),
      },
      {
        id: `campaign.export.${c.id}`,
        label: `${EXPORT_CAMPAIGN}${c.name}`,
        group: GROUP,
        keywords: [...keywords, 'pdf', 'package'],
        searchOnly: true,
        perform: (ctx) => runExport(ctx.api, { campaignId: c.id }, 'pdf'),
      },
    ];
  });
}
