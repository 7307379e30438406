import { DndContext, DragOverlay } from '@dnd-kit/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CommitNotice, Person, Stage } from '../../../shared/model';
import { useApi, useLiveRefetch } from '../../api/ApiContext';
import type { ApiClient } from '../../api/client';
import { Button, EmptyState, Spinner } from '../../ui';
import { useWorkspaceStore } from '../workspace/workspaceStore';
import { SCREEN_READER_INSTRUCTIONS } from './announcements';
import { countByStage, countShown, createColumnGrouper, shownStageId } from './boardColumns';
import { boardCollision, useBoardSensors } from './boardDnd';
import { markFirstRender } from './boardPerf';
import { BOARD_TABLES, useBoardStore } from './boardStore';
import { CardFace } from './CardFace';
import { Column } from './Column';
import { FilterBar } from './FilterBar';
import { KeepCardFocus } from './KeepCardFocus';
import { filterCampaigns, isFilterActive } from './filterCampaigns';
import { useFilterStore } from './filterStore';
import { MoveBackDialog } from './MoveBackDialog';
import { useBoardDrag } from './useBoardDrag';
import { useUndoMove } from './useUndoMove';
import './board.css';

/** One column per stage with the campaigns in it, kept live, filterable, movable. */
export function Board({ stages }: { stages: Stage[] }) {
  const api = useApi();
  const { status, error, load } = useBoardStore(
    useShallow((s) => ({ status: s.status, error: s.error, load: s.load })),
  );
  useEffect(() => {
    void load(api);
  }, [api, load]);
  const onNotice = useCallback(
    (notice: CommitNotice) => useBoardStore.getState().onNotice(api, notice),
    [api],
  );
  useLiveRefetch(BOARD_TABLES, onNotice);
  useEffect(() => useBoardStore.getState().setStages(stages), [stages]);
  useUndoMove(api);

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
        <EmptyState
          title="The board could not be loaded"
          body={error?.message}
          action={<Button onClick={() => void load(api)}>Try again</Button>}
        />
      </div>
    );
  }
  return <BoardView api={api} stages={stages} />;
}

function BoardView({ api, stages }: { api: ApiClient; stages: Stage[] }) {
  const { campaigns, people, pending } = useBoardStore(
    useShallow((s) => ({ campaigns: s.campaigns, people: s.people, pending: s.pending })),
  );
  const filter = useFilterStore((s) => s.filter);
  const clearFilter = useFilterStore((s) => s.clear);
  const me = useWorkspaceStore((s) => s.view?.me ?? null);

  const stageIds = useMemo(() => stages.map((s) => s.id), [stages]);
  const peopleById = useMemo(() => new Map<string, Person>(people.map((p) => [p.id, p])), [people]);
  const cardsById = useMemo(() => new Map(campaigns.map((c) => [c.id, c])), [campaigns]);
  const shown = useMemo(
    () => filterCampaigns(campaigns, filter, me?.id ?? null),
    [campaigns, filter, me],
  );
  // Remembers the last grouping: unchanged columns are not re-sorted and keep their array.
  const [groupColumns] = useState(createColumnGrouper);
  const columns = useMemo(
    () => groupColumns(shown, stageIds, pending),
    [groupColumns, shown, stageIds, pending],
  );
  const ownTotals = useMemo(() => countByStage(campaigns), [campaigns]);
  const totals = useMemo(
    () => countShown(ownTotals, pending, cardsById),
    [ownTotals, pending, cardsById],
  );

  const drag = useBoardDrag(api, stages, cardsById);
  const sensors = useBoardSensors(drag.getOrder);
  const collision = useMemo(() => boardCollision(drag.getOrder), [drag.getOrder]);
  const active = drag.activeId ? cardsById.get(drag.activeId) : undefined;
  const accessibility = useMemo(
    () => ({
      announcements: drag.announcements,
      screenReaderInstructions: SCREEN_READER_INSTRUCTIONS,
      // The card may now live in another (virtualized) column: the board focuses it itself.
      restoreFocus: false,
    }),
    [drag.announcements],
  );

  useEffect(markFirstRender, []);

  return (
    <div className="board">
      <FilterBar
        campaigns={campaigns}
        people={people}
        shown={shown.length}
        meName={me?.name ?? null}
      />
      {campaigns.length === 0 && (
        <div className="board__empty">
          <EmptyState
            title="No campaigns yet"
            body="Campaigns you create appear here in their stage, with the state of their next handoff."
          />
        </div>
      )}
      {campaigns.length > 0 && shown.length === 0 && isFilterActive(filter) && (
        <div className="board__empty">
          <EmptyState
            title="No campaigns match these filters"
            body="Try fewer filters, or a shorter search."
            action={<Button onClick={clearFilter}>Clear filters</Button>}
          />
        </div>
      )}
      <DndContext
        sensors={sensors}
        collisionDetection={collision}
        accessibility={accessibility}
        {...drag.handlers}
      >
        <KeepCardFocus>
          {stages.map((stage) => (
            <Column
              key={stage.id}
              stage={stage}
              cards={columns.get(stage.id) ?? []}
              total={totals.get(stage.id) ?? 0}
              people={peopleById}
              activeId={active && shownStageId(active, pending) === stage.id ? active.id : null}
              dropHint={drag.dropHint(stage.id)}
            />
          ))}
        </KeepCardFocus>
        {/* A card dropped from the keyboard is at once in its place, focused and scrolled
            into view, rather than hidden for a quarter of a second under an overlay gliding
            there, whose frames also delayed the move's answer (docs/decisions.md, Board). A
            mouse drop still glides home. */}
        <DragOverlay dropAnimation={drag.keyboard ? null : undefined}>
          {active ? (
            <div className="board-card board-card--overlay" aria-hidden="true">
              <CardFace card={active} people={peopleById} />
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
      <MoveBackDialog
        request={drag.moveBack}
        onCancel={drag.cancelMoveBack}
        onConfirm={drag.confirmMoveBack}
      />
    </div>
  );
}
