import { describe, expect, it } from 'vitest';
import type { FolderStructureResult } from '../../../shared/api/folderStructure';
import { folderRows } from '../../../renderer/features/folders/folderTree';

const result = (over: Partial<FolderStructureResult>): FolderStructureResult => ({
  folder: '/clients',
  root: 'acme_spring',
  dryRun: true,
  created: [],
  existing: [],
  conflicts: [],
  files: [],
  truncated: false,
  ...over,
});

describe('folderRows: the planned folders as the dialog lists them', () => {
  it('merges new, existing and conflicting folders back into tree order, indented by depth', () => {
    const rows = folderRows(
      result({
        created: ['acme_spring/01_strategy', 'acme_spring/03_production'],
        existing: ['acme_spring', 'acme_spring/02_creative'],
        conflicts: [
          { path: 'acme_spring/04_launch', problem: 'a file is where this folder should be' },
        ],
      }),
    );
    expect(rows.map((r) => [r.name, r.depth, r.state])).toEqual([
      ['acme_spring/', 0, 'exists'],
      ['01_strategy/', 1, 'new'],
      ['02_creative/', 1, 'exists'],
      ['03_production/', 1, 'new'],
      ['04_launch/', 1, 'conflict'],
    ]);
    expect(rows[4]!.problem).toBe('a file is where this folder should be');
  });

  it('orders by path, so 10_ follows 09_ (stage numbers are zero-padded)', () => {
    const rows = folderRows(result({ created: ['r/10_x', 'r', 'r/09_y'] }));
    expect(rows.map((r) => r.path)).toEqual(['r', 'r/09_y', 'r/10_x']);
  });
});
