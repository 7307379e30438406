import { useCallback, useMemo } from 'react';
import type { SystemInfo, WorkspaceView } from '../../shared/model';
import { useApi, useLiveRefetch } from '../api/ApiContext';
import { Board } from '../features/board/Board';
import { calendarActions } from '../features/calendar/calendarActions';
import { CalendarScreen } from '../features/calendar/CalendarScreen';
import { campaignActions } from '../features/campaigns/campaignActions';
import { CampaignDetailsDialog } from '../features/campaigns/CampaignDetailsDialog';
import { useCampaignDialogStore } from '../features/campaigns/campaignDialogStore';
import { NewCampaignDialog } from '../features/campaigns/NewCampaignDialog';
import { ClientsScreen } from '../features/clients/ClientsScreen';
import { useRegisterActions } from '../features/commands/actionRegistry';
import { CommandPalette } from '../features/commands/CommandPalette';
import { usePaletteStore } from '../features/commands/paletteStore';
import {
  ariaKeyShortcut,
  detectPlatform,
  formatShortcut,
  type Platform,
} from '../features/commands/shortcuts';
import { useMenuActions } from '../features/commands/useMenuActions';
import { useShortcutKeys } from '../features/commands/useShortcutKeys';
import { HandoffPanel } from '../features/handoff/HandoffPanel';
import { handoffMapActions } from '../features/handoffMap/handoffMapActions';
import { HandoffMapScreen } from '../features/handoffMap/HandoffMapScreen';
import { healthActions } from '../features/health/healthActions';
import { HealthScreen } from '../features/health/HealthScreen';
import { optimizationActions } from '../features/optimization/optimizationActions';
import { OptimizationScreen } from '../features/optimization/OptimizationScreen';
import { leadsActions } from '../features/leads/leadsActions';
import { LeadsScreen } from '../features/leads/LeadsScreen';
import { PeopleScreen } from '../features/people/PeopleScreen';
import { retrospectiveActions } from '../features/retrospectives/retrospectiveActions';
import { RetrospectivesScreen } from '../features/retrospectives/RetrospectivesScreen';
import { personActions } from '../features/people/personActions';
import { settingsActions } from '../features/settings/settingsActions';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { TemplatesScreen } from '../features/templates/TemplatesScreen';
import { SyncIndicator } from '../features/sync/SyncIndicator';
import { useWorkspaceStore } from '../features/workspace/workspaceStore';
import { Avatar, Button, Kbd } from '../ui';
import { appActions } from './appActions';
import { MoreMenu } from './MoreMenu';
import {
  MENU_PAGES,
  PAGE_LABELS,
  PAGE_TAB_LABELS,
  SCREEN_LABELS,
  SCREENS,
  TAB_PAGES,
  usePage,
  useRoute,
} from './route';
import { PlusIcon, SearchIcon } from '../ui';
import { usePaletteEntries } from './usePaletteEntries';
import { useActionContext } from './useActionContext';

/** Registered for the life of the shell; features add theirs with registerActions. */
const SHELL_ACTIONS = [
  ...campaignActions,
  ...appActions,
  ...personActions,
  ...settingsActions,
  ...healthActions,
  ...optimizationActions,
  ...handoffMapActions,
  ...retrospectiveActions,
  ...calendarActions,
  ...leadsActions,
];

/** What a change to these tables can alter in the header or the board's columns. */
const VIEW_TABLES = ['stage', 'person', 'workspace'];

/**
 * The window's chrome: workspace, navigation between screens, the palette, sync status,
 * "New campaign" and who I am; the handoff panel and the campaign dialogs live here once for every screen.
 */
export function AppShell({ view, info }: { view: WorkspaceView; info: SystemInfo }) {
  const api = useApi();
  const [screen, navigate] = useRoute();
  const page = usePage();
  const platform = useMemo<Platform>(
    () => detectPlatform(window.batonShell?.platform, navigator.platform),
    [],
  );
  const readOnly = info.readOnlyReason !== null;
  const { ctx, ctxRef } = useActionContext({ screen, navigate, me: view.me, readOnly });
  const paletteOpen = usePaletteStore((s) => s.open);
  const togglePalette = usePaletteStore((s) => s.toggle);
  const openNew = useCampaignDialogStore((s) => s.openNew);

  useRegisterActions(SHELL_ACTIONS);
  useShortcutKeys(ctxRef, platform);
  useMenuActions(ctxRef);
  usePaletteEntries(api, paletteOpen);

  // A teammate renaming a stage or a person shows up in the header and the columns.
  const refreshView = useWorkspaceStore((s) => s.refreshView);
  const refresh = useCallback(
    () => void refreshView(api).catch(() => undefined),
    [api, refreshView],
  );
  useLiveRefetch(VIEW_TABLES, refresh);

  return (
    <div className="app-shell">
      <header className="app-header">
        <div className="app-header__brand" title={view.workspace.name}>
          <span className="app-header__logo" aria-hidden="true">
            B
          </span>
          <span className="app-header__workspace">{view.workspace.name}</span>
        </div>
        <nav className="app-header__nav" aria-label="Main">
          {/* The everyday screens, the calendar and leads as tabs; rarer pages behind "More". */}
          {SCREENS.filter((s) => s !== 'settings').map((s) => (
            <a
              key={s}
              className="app-header__tab"
              href={`#${s}`}
              aria-current={s === screen && !page ? 'page' : undefined}
            >
              {SCREEN_LABELS[s]}
            </a>
          ))}
          {TAB_PAGES.map((p) => (
            <a
              key={p}
              className="app-header__tab"
              href={`#${p}`}
              aria-current={p === page ? 'page' : undefined}
              title={PAGE_LABELS[p]}
            >
              {PAGE_TAB_LABELS[p]}
            </a>
          ))}
          <a
            className="app-header__tab"
            href="#settings"
            aria-current={screen === 'settings' && !page ? 'page' : undefined}
          >
            {SCREEN_LABELS.settings}
          </a>
          <MoreMenu pages={MENU_PAGES} current={page} />
        </nav>
        <button
          type="button"
          className="app-header__search"
          onClick={togglePalette}
          aria-label="Search or run a command"
          aria-keyshortcuts={ariaKeyShortcut('Mod+K', platform)}
        >
          <SearchIcon />
          <span className="app-header__search-text">Search or run a command…</span>
          <span className="app-header__keys" aria-hidden="true">
            {formatShortcut('Mod+K', platform).map((k) => (
              <Kbd key={k}>{k}</Kbd>
            ))}
          </span>
        </button>
        <SyncIndicator onOpen={() => navigate('settings')} />
        <Button
          variant="primary"
          icon={<PlusIcon />}
          onClick={openNew}
          disabled={readOnly}
          aria-keyshortcuts={ariaKeyShortcut('Mod+N', platform)}
        >
          New campaign
        </Button>
        {view.me && (
          <a
            className="app-header__me"
            href="#settings"
            title={`You are ${view.me.name} on this computer. Change it in Settings.`}
          >
            {/* The name follows as text: the avatar is decoration here. */}
            <span className="app-header__avatar" aria-hidden="true">
              <Avatar
                name={view.me.name}
                initials={view.me.initials}
                color={view.me.color}
                size="sm"
              />
            </span>
            <span className="app-header__me-name">{view.me.name}</span>
          </a>
        )}
      </header>
      {info.readOnlyReason && (
        <div className="app-banner" role="alert">
          {info.readOnlyReason}
        </div>
      )}
      <main className="app-main" aria-label={page ? PAGE_LABELS[page] : SCREEN_LABELS[screen]}>
        {screen === 'board' && !page && <Board stages={view.stages} />}
        {page === 'calendar' && <CalendarScreen />}
        {page === 'leads' && <LeadsScreen />}
        {page === 'health' && <HealthScreen />}
        {page === 'optimization' && <OptimizationScreen />}
        {page === 'handoff-map' && <HandoffMapScreen />}
        {page === 'retrospectives' && <RetrospectivesScreen />}
        {screen === 'clients' && <ClientsScreen />}
        {screen === 'people' && <PeopleScreen />}
        {screen === 'templates' && <TemplatesScreen />}
        {screen === 'settings' && <SettingsScreen />}
      </main>
      <HandoffPanel />
      <NewCampaignDialog />
      <CampaignDetailsDialog />
      <CommandPalette ctx={ctx} platform={platform} />
    </div>
  );
}
