import type { ConflictAuthor, SyncConflictView } from '../../../shared/model';
import { formatRelativeTime } from '../campaigns/timeFormat';

/**
 * "Sam Lee on Sam’s desktop, 5 minutes ago": who made one side of a conflict. `inSentence`
 * for "Deleted by you (…) on this computer".
 */
export function authorText(
  a: ConflictAuthor,
  { inSentence = false, now = new Date() } = {},
): string {
  const you = inSentence ? 'you' : 'You';
  const who = a.isThisDevice ? (a.personName ? `${you} (${a.personName})` : you) : a.personName;
  const where = a.isThisDevice
    ? 'on this computer'
    : a.deviceName
      ? `on ${a.deviceName}`
      : 'on another computer';
  return `${who ?? (inSentence ? 'someone' : 'Someone')} ${where}, ${formatRelativeTime(a.at, now)}`;
}

const ENTITY_WORDS: Record<string, string> = {
  campaign: 'Campaign',
  client: 'Client',
  person: 'Person',
  handoff: 'Handoff',
  handoffField: 'Package field',
  raci: 'RACI entry',
  comment: 'Comment',
  stage: 'Stage',
};

export function entityWord(entity: string): string {
  return ENTITY_WORDS[entity] ?? 'Item';
}

/** One line of the list: what happened, in a few words. */
export function conflictSummary(c: SyncConflictView): string {
  switch (c.kind) {
    case 'text':
      return 'Edited on two computers at once; both changed the same lines';
    case 'changed-after-deletion':
      return `${entityWord(c.entity)} deleted on one computer and edited on another`;
    case 'stage-move':
      return `Card moved on two computers: to ${c.won.stageName} and to ${c.lost.stageName}`;
  }
}

/** The two sides of a text conflict as a person reads them: theirs on the left, yours on the right. */
export function textSides(c: Extract<SyncConflictView, { kind: 'text' }>) {
  const [first, second] = c.versions as [(typeof c.versions)[number], (typeof c.versions)[number]];
  const mine = first.isThisDevice ? first : second.isThisDevice ? second : null;
  if (!mine) {
    // Both edits came from teammates (a third computer merged them): earlier, then later.
    return {
      left: { label: 'Earlier edit', version: first },
      right: { label: 'Later edit', version: second },
      hasMine: false,
    };
  }
  const theirs = mine === first ? second : first;
  return {
    left: { label: 'Their version', version: theirs },
    right: { label: 'Your version', version: mine },
    hasMine: true,
  };
}

/** Lines of `text` that the other version does not have: what this side changed. */
export function changedLines(text: string, other: string): Set<number> {
  const theirs = new Set(other.split('\n'));
  const changed = new Set<number>();
  text.split('\n').forEach((line, i) => {
    if (!theirs.has(line)) changed.add(i);
  });
  return changed;
}
