import type { StageKey } from '../model';

export interface DefaultStage {
  key: StageKey;
  name: string;
}

/** The board every new workspace starts with; workspaces may rename, add or remove stages. */
export const DEFAULT_STAGES: readonly DefaultStage[] = [
  { key: 'strategy', name: 'Strategy' },
  { key: 'creative', name: 'Creative' },
  { key: 'production', name: 'Production' },
  { key: 'launch', name: 'Launch' },
  { key: 'live', name: 'Live' },
  { key: 'optimization', name: 'Optimization' },
  { key: 'retrospective', name: 'Retrospective' },
  { key: 'done', name: 'Done' },
];

export interface OrderedStage {
  id: string;
  position: number;
  deletedAt?: string | null;
}

/** Stages in board order, without removed ones. */
export function orderStages<S extends OrderedStage>(stages: readonly S[]): S[] {
  return stages
    .filter((s) => !s.deletedAt)
    .slice()
    .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
}

/** The stage after `stageId` on the board, or null at the last stage. */
export function nextStage<S extends OrderedStage>(stages: readonly S[], stageId: string): S | null {
  const ordered = orderStages(stages);
  const i = ordered.findIndex((s) => s.id === stageId);
  return i >= 0 && i + 1 < ordered.length ? ordered[i + 1]! : null;
}
