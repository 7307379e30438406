import type { CampaignSummary } from '../../../shared/model';
import { toast } from '../../ui';
import type { Action } from '../commands/action';
import { useFolderDialogStore } from '../folders/folderDialogStore';
import { usePanelStore } from '../handoff/panelStore';
import { useCampaignDialogStore } from './campaignDialogStore';

/** Typed into the palette by "Go to campaign…"; every per-campaign entry starts with it. */
export const GO_TO_CAMPAIGN = 'Go to campaign: ';
export const OPEN_CAMPAIGN = 'Open campaign: ';
export const FOLDER_STRUCTURE = 'Folder structure: ';

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
    // The menu and Mod+E already promise export; say when it comes rather than do nothing.
    // Kept out of the palette until it does something.
    id: 'campaign.export',
    label: 'Export…',
    group: GROUP,
    shortcut: 'Mod+E',
    menuAction: 'export',
    hideInPalette: true,
    keywords: ['pdf', 'markdown', 'package'],
    perform: () => {
      toast.show({
        kind: 'info',
        title: 'Export arrives with PDF packages',
        body: 'Handoff and campaign packages as PDF and Markdown are next on the list.',
      });
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
    ];
  });
}
