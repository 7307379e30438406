import type { ConflictChoice, ConflictChoiceName, SyncConflictKind } from '../model';
import { DomainError, ruleViolation } from './domainError';

/**
 * What a person may do about a conflict sync left (Settings → Sync → Conflicts), and whether a
 * conflict still needs them. Pure: the backend reads the rows, these rules decide.
 */

/** Rows a person can bring back from the trash (they have a restore action of their own). */
export const RESTORABLE_ENTITIES: ReadonlySet<string> = new Set(['campaign', 'client', 'person']);

/** The choices offered for a conflict of this kind about a row of this entity. */
export function conflictChoices(kind: SyncConflictKind, entity: string): ConflictChoiceName[] {
  switch (kind) {
    case 'text':
      return ['text'];
    case 'changed-after-deletion':
      return RESTORABLE_ENTITIES.has(entity) ? ['restore', 'keep-deleted'] : ['keep-deleted'];
    case 'stage-move':
      return ['keep', 'move-to-other'];
  }
}

export function choiceName(choice: ConflictChoice): ConflictChoiceName {
  return typeof choice === 'string' ? choice : 'text';
}

const KIND_WORDS: Record<SyncConflictKind, string> = {
  text: 'a text edited on two computers',
  'changed-after-deletion': 'something changed after it was deleted',
  'stage-move': 'a card moved on two computers',
};

/** One line that starts a merge's conflict block, splits it, or ends it (see mergeText.ts). */
const MARKER_LINES = [/^<{7}(?: |$)/m, /^={7}$/m, /^>{7}(?: |$)/m];

/** True when the text still holds a merge's conflict block (both versions between markers). */
export function hasConflictMarkers(text: string): boolean {
  return MARKER_LINES.every((line) => line.test(text));
}

export interface ConflictToResolve {
  kind: SyncConflictKind;
  entity: string;
  resolvedAt: string | null;
}

/**
 * Refuses a choice that does not fit the conflict, naming the input field: `id` when it was
 * resolved already, `choice` when the choice is for another kind of conflict, `choice.text`
 * when the kept text still holds conflict markers (the person has not picked yet).
 */
export function checkConflictChoice(conflict: ConflictToResolve, choice: ConflictChoice): void {
  if (conflict.resolvedAt !== null) {
    throw new DomainError(
      'CONFLICT',
      `This conflict was resolved already (${conflict.resolvedAt})`,
      [{ field: 'id', problem: `names a conflict resolved already, at ${conflict.resolvedAt}` }],
    );
  }
  const allowed = conflictChoices(conflict.kind, conflict.entity);
  const name = choiceName(choice);
  if (!allowed.includes(name)) {
    const expected = allowed.map((c) => (c === 'text' ? '{ text }' : c)).join(' or ');
    throw ruleViolation(
      'choice',
      `must be ${expected} for ${KIND_WORDS[conflict.kind]}${conflict.kind === 'changed-after-deletion' ? ` (a ${conflict.entity})` : ''}`,
    );
  }
  if (typeof choice === 'object' && hasConflictMarkers(choice.text)) {
    throw ruleViolation(
      'choice.text',
      'still holds conflict markers (<<<<<<<, =======, >>>>>>>): keep one version or merge them, and remove the marker lines',
    );
  }
}
