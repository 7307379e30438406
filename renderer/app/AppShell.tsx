import type { SystemInfo, WorkspaceView } from '../../shared/model';
import { Board } from '../features/board/Board';
import { Avatar } from '../ui';

/** The window's chrome around the board: workspace, who I am, read-only notice. */
export function AppShell({ view, info }: { view: WorkspaceView; info: SystemInfo }) {
  return (
    <div className="app-shell">
      <header className="app-header">
        <div className="app-header__brand">
          <span className="app-header__logo" aria-hidden="true">
            B
          </span>
          <span className="app-header__workspace">{view.workspace.name}</span>
        </div>
        <nav className="app-header__nav" aria-label="Main">
          <a className="app-header__tab" aria-current="page" href="#board">
            Board
          </a>
        </nav>
        {view.me && (
          <div className="app-header__me" title={`You are ${view.me.name} on this computer`}>
            <Avatar
              name={view.me.name}
              initials={view.me.initials}
              color={view.me.color}
              size="sm"
            />
            <span>{view.me.name}</span>
          </div>
        )}
      </header>
      {info.readOnlyReason && (
        <div className="app-banner" role="alert">
          {info.readOnlyReason}
        </div>
      )}
      <main className="app-main" id="board" aria-label="Board">
        <Board stages={view.stages} />
      </main>
    </div>
  );
}
