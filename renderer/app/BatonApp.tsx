import { useEffect, useMemo } from 'react';
import { ApiProvider } from '../api/ApiContext';
import type { ApiClient } from '../api/client';
import { connect } from '../api/connect';
import { createLiveUpdates } from '../api/liveUpdates';
import { useBoardStore } from '../features/board/boardStore';
import { ExportProgress } from '../features/export/ExportProgress';
import { FirstRun } from '../features/onboarding/FirstRun';
import { restoreTheme } from '../features/settings/theme';
import { useWorkspaceStore } from '../features/workspace/workspaceStore';
import { Button, EmptyState, Spinner, ToastRegion } from '../ui';
import { AppShell } from './AppShell';
import './shell.css';

// Before the first render, so a dark-theme choice never flashes light.
restoreTheme();

/** Connects to the backend once, then shows first run or the workspace. */
export function BatonApp() {
  const api = useMemo(() => {
    const { client } = connect();
    useBoardStore.getState().prefetch(client);
    return { client, live: createLiveUpdates(client) };
  }, []);
  return (
    <ApiProvider api={api}>
      <Screens client={api.client} />
      <ExportProgress />
      <ToastRegion />
    </ApiProvider>
  );
}

function Screens({ client }: { client: ApiClient }) {
  const { status, info, view, error, load, setView } = useWorkspaceStore();
  useEffect(() => {
    void load(client);
  }, [client, load]);

  if (status === 'loading') {
    return (
      <div className="app-state" role="status">
        <Spinner /> Opening Baton…
      </div>
    );
  }
  if (status === 'error' || !info) {
    return (
      <div className="app-state">
        <EmptyState
          title="Baton could not reach its data"
          body={error?.message ?? 'Unknown error'}
          action={
            <Button variant="primary" onClick={() => void load(client)}>
              Try again
            </Button>
          }
        />
      </div>
    );
  }
  if (!view) {
    return (
      <FirstRun
        dataDir={info.dataDir}
        onReady={(v) => {
          useBoardStore.getState().forgetPrefetch();
          setView(v);
          void load(client);
        }}
      />
    );
  }
  return <AppShell view={view} info={info} />;
}
