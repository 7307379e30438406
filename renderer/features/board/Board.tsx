import { useCallback, useEffect } from 'react';
import type { Stage } from '../../../shared/model';
import { useApi, useLiveRefetch } from '../../api/ApiContext';
import { EmptyState, Spinner } from '../../ui';
import { BOARD_TABLES, useBoardStore } from './boardStore';
import { Column } from './Column';
import './board.css';

/** One column per stage with the campaigns in it. Drag and drop comes with the board issue. */
export function Board({ stages }: { stages: Stage[] }) {
  const api = useApi();
  const { status, campaigns, people, error, load } = useBoardStore();
  const refetch = useCallback(() => void load(api), [api, load]);
  useEffect(refetch, [refetch]);
  useLiveRefetch(BOARD_TABLES, refetch);

  if (status === 'idle' || status === 'loading') {
    return (
      <div className="board-state" role="status">
        <Spinner /> Loading the board…
      </div>
    );
  }
  if (status === 'error') {
    return (
      <div className="board-state">
        <EmptyState title="The board could not be loaded" body={error?.message} />
      </div>
    );
  }
  return (
    <div className="board">
      {campaigns.length === 0 && (
        <div className="board__empty">
          <EmptyState
            title="No campaigns yet"
            body="Campaigns you create appear here in their stage, with the state of their next handoff."
          />
        </div>
      )}
      <div className="board__columns">
        {stages.map((stage) => (
          <Column
            key={stage.id}
            stage={stage}
            people={people}
            campaigns={campaigns.filter((c) => c.stageId === stage.id)}
          />
        ))}
      </div>
    </div>
  );
}
