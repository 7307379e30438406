import type { AssetRegisterRow } from '../../../../shared/model';
import { parseFileSize, parsePixels } from './assetInput';

/** The asset facts as typed in a form: strings until submitted. */
export interface AssetFactsDraft {
  name: string;
  channelSpecId: string;
  format: string;
  width: string;
  height: string;
  fileSize: string;
  location: string;
}

export const EMPTY_FACTS: AssetFactsDraft = {
  name: '',
  channelSpecId: '',
  format: '',
  width: '',
  height: '',
  fileSize: '',
  location: '',
};

export function factsOf(row: AssetRegisterRow): AssetFactsDraft {
  return {
    name: row.name,
    channelSpecId: row.channelSpecId,
    format: row.format,
    width: row.width === null ? '' : String(row.width),
    height: row.height === null ? '' : String(row.height),
    fileSize: row.sizeLabel ?? '',
    location: row.location,
  };
}

export interface ParsedFacts {
  name: string;
  channelSpecId: string;
  format: string;
  width: number | null;
  height: number | null;
  fileSizeBytes: number | null;
  location: string;
}

/**
 * The typed numbers read, or the problems by field (`width`, `fileSizeBytes`) for the form to
 * show beside them. Everything else is checked by the contract's schemas on the way in.
 */
export function parseFacts(
  draft: AssetFactsDraft,
  /** The stored size and its label: an untouched label keeps the exact bytes (1.7 MB is rounded). */
  stored?: { label: string; bytes: number | null },
): { ok: true; facts: ParsedFacts } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const width = parsePixels('Width', draft.width);
  const height = parsePixels('Height', draft.height);
  const size =
    stored && draft.fileSize.trim() === stored.label
      ? { bytes: stored.bytes }
      : parseFileSize(draft.fileSize);
  if ('error' in width) errors.width = width.error;
  if ('error' in height) errors.height = height.error;
  if ('error' in size) errors.fileSizeBytes = size.error;
  if ('error' in width || 'error' in height || 'error' in size) return { ok: false, errors };
  return {
    ok: true,
    facts: {
      name: draft.name,
      channelSpecId: draft.channelSpecId,
      format: draft.format,
      width: width.pixels,
      height: height.pixels,
      fileSizeBytes: size.bytes,
      location: draft.location,
    },
  };
}

/** A failed call's problems by top-level field, to show beside the fields they concern. */
export function issuesByField(issues: readonly { field: string; problem: string }[]) {
  const out: Record<string, string> = {};
  for (const i of issues) {
    const field = i.field.split('.')[0]!;
    out[field] ??= i.problem;
  }
  return out;
}
