import { mergeLines, type MergeLabels } from './mergeText';

/**
 * The value of a long-text package field as a function of the edits people made to it, so
 * every laptop that holds the same edits shows the same text, whatever merges it happened to
 * compute on the way (merge rule 2 with three or more laptops). Pure: no I/O.
 *
 * Each edit records the change whose value its author replaced (`base`). Folding the edits in
 * HLC order, each one's own change (its base → its text) is merged line by line onto the text
 * folded so far. An edit made on top of the folded text is simply taken; concurrent edits of
 * different lines both survive; of the same lines, both stay between markers for a person.
 * Values sync's merge wrote (`base` 'merge') are never edits: they only serve as the base
 * text of an edit made on top of them.
 */

/** `changes.base` of a value computed by a merge rather than typed by a person. */
export const MERGE_BASE = 'merge';
/** `changes.base` of an edit of an empty field (the row was new). */
export const EMPTY_BASE = '';

export interface TextChange {
  hlc: string;
  /** JSON text, as `changes.value` stores it. */
  value: string;
  /** See `changes.base`: null (unknown) makes the edit replace the text, as before merges. */
  base: string | null;
}

export interface FoldConflict {
  /** The edit folded before, and the edit whose lines clashed with it. */
  hlcs: [string, string];
  /** The change the clashing edit was made on (null: unknown). */
  baseHlc: string | null;
  conflicts: number;
}

export type TextFold =
  | { ok: true; text: string; conflicts: FoldConflict[] }
  /** Some edit holds something other than text: the field is not merged line by line. */
  | { ok: false };

const LABELS: MergeLabels = {
  first: 'one version (edited first)',
  second: 'the other version (edited later)',
};

/** `history`: every change of one field this laptop holds, in any order. */
export function foldTextEdits(history: readonly TextChange[]): TextFold {
  const texts = new Map<string, string>();
  for (const c of history) {
    const text = textOf(c.value);
    if (text === undefined) return { ok: false };
    texts.set(c.hlc, text);
  }
  const edits = history.filter((c) => c.base !== MERGE_BASE).sort(byHlc);
  let folded = '';
  let previous: TextChange | null = null;
  const conflicts: FoldConflict[] = [];
  for (const edit of edits) {
    const text = texts.get(edit.hlc)!;
    const baseText =
      edit.base === null ? undefined : edit.base === EMPTY_BASE ? '' : texts.get(edit.base);
    // Unknown base (a change written before bases were recorded, or one whose batch has not
    // arrived yet): the edit replaces the text, last writer wins; a later fold corrects it.
    if (baseText === undefined) folded = text;
    else {
      const merged = mergeLines(baseText, folded, text, LABELS);
      folded = merged.text;
      if (!merged.clean && previous) {
        conflicts.push({
          hlcs: [previous.hlc, edit.hlc],
          baseHlc: edit.base,
          conflicts: merged.conflicts,
        });
      }
    }
    previous = edit;
  }
  return { ok: true, text: folded, conflicts };
}

function textOf(json: string): string | undefined {
  const value: unknown = JSON.parse(json);
  if (value === null) return '';
  return typeof value === 'string' ? value : undefined;
}

function byHlc(a: TextChange, b: TextChange): number {
  return a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0;
}
