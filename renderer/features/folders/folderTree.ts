import type { FolderStructureResult } from '../../../shared/api/folderStructure';

export type FolderState = 'new' | 'exists' | 'conflict';

export interface FolderRow {
  path: string;
  /** The last part of the path, shown indented under the campaign's root. */
  name: string;
  depth: number;
  state: FolderState;
  problem: string | null;
}

/** The planned folders in tree order (the root, then the numbered stage folders). */
export function folderRows(result: FolderStructureResult): FolderRow[] {
  const rows: FolderRow[] = [
    ...result.created.map((path) => row(path, 'new', null)),
    ...result.existing.map((path) => row(path, 'exists', null)),
    ...result.conflicts.map((c) => row(c.path, 'conflict', c.problem)),
  ];
  return rows.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function row(path: string, state: FolderState, problem: string | null): FolderRow {
  const parts = path.split('/');
  return { path, name: `${parts[parts.length - 1]!}/`, depth: parts.length - 1, state, problem };
}
