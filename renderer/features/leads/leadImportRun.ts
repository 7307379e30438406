import { sliceCsv, type CsvSlicing } from '../../../shared/domain/csvSlices';
import { parseCsv } from '../../../shared/domain/csvText';
import {
  combineImportPreviews,
  combineImportResults,
  firstLinesOf,
} from '../../../shared/domain/leads/leadImportParts';
import {
  LEAD_IMPORT_MAX_CHARS,
  type LeadImportPreview,
  type LeadImportResult,
} from '../../../shared/model';

// Running a CSV import of any size over the API, whose calls carry at most 200,000 characters:
// the file goes in slices (header on each), previewed and then committed one slice after the
// other with progress, and can be stopped between slices. Each slice commits in one
// transaction, so a stop never leaves a row half-imported. No React here: the screen and the
// integration test drive the same code.

/** The two calls the run needs (the `leads` part of the API client). */
export interface LeadImportCalls {
  importPreview: (input: SliceInput) => Promise<LeadImportPreview>;
  importCommit: (input: SliceInput) => Promise<LeadImportResult>;
}

export interface SliceInput {
  csvText: string;
  lineOffset: number;
  mapping?: Record<string, string>;
  sourceCampaignId: string | null;
}

export interface ImportChoice {
  mapping?: Record<string, string>;
  sourceCampaignId: string | null;
}

export interface RunHooks {
  /** After each slice: slices done of all, and the last line of the file done. */
  onProgress?: (p: { done: number; total: number; line: number }) => void;
  /** Asked before each slice after the first; true stops the run there. */
  stopped?: () => boolean;
}

export interface PreparedFile {
  slicing: CsvSlicing;
  /** The header's cells (for the mapping choices), even before the backend has seen the file. */
  headers: string[];
  /** Lines of the whole file that hold rows. */
  lastLine: number;
}

export function prepareFile(csvText: string, maxChars = LEAD_IMPORT_MAX_CHARS): PreparedFile {
  const slicing = sliceCsv(csvText, maxChars);
  const firstSlice = slicing.slices[0]?.text ?? csvText.slice(0, maxChars);
  const headers = parseCsv(firstSlice).rows[0]?.cells ?? [];
  return { slicing, headers, lastLine: slicing.slices.at(-1)?.lastLine ?? 1 };
}

const tooLongRows = (file: PreparedFile) => file.slicing.tooLong;

export interface FilePreview {
  preview: LeadImportPreview;
  /** Set when the run was stopped before the last slice. */
  stoppedAfterLine: number | null;
}

export async function previewFile(
  calls: LeadImportCalls,
  file: PreparedFile,
  choice: ImportChoice,
  hooks: RunHooks = {},
): Promise<FilePreview> {
  const parts: LeadImportPreview[] = [];
  const slices = file.slicing.slices;
  for (const [i, slice] of slices.entries()) {
    if (i > 0 && hooks.stopped?.()) {
      return {
        preview: combineImportPreviews(parts, tooLongRows(file)),
        stoppedAfterLine: slices[i - 1]!.lastLine,
      };
    }
    parts.push(
      await calls.importPreview({ csvText: slice.text, lineOffset: slice.lineOffset, ...choice }),
    );
    hooks.onProgress?.({ done: i + 1, total: slices.length, line: slice.lastLine });
  }
  return { preview: combineImportPreviews(parts, tooLongRows(file)), stoppedAfterLine: null };
}

export interface FileResult {
  result: LeadImportResult;
  /** Set when stopped: rows after this line were not imported. */
  stoppedAfterLine: number | null;
  /** A slice the backend refused: it and the rest were not imported; the slices before were. */
  failed: { fromLine: number; error: unknown } | null;
}

/** Commits slice by slice; `preview` (of the same file and choice) names cross-slice duplicates. */
export async function commitFile(
  calls: LeadImportCalls,
  file: PreparedFile,
  choice: ImportChoice,
  preview: LeadImportPreview,
  hooks: RunHooks = {},
): Promise<FileResult> {
  const parts: LeadImportResult[] = [];
  const firstLines = firstLinesOf(preview);
  const slices = file.slicing.slices;
  for (const [i, slice] of slices.entries()) {
    const before = (line: number) => tooLongRows(file).filter((r) => r.line < line);
    if (i > 0 && hooks.stopped?.()) {
      return {
        result: combineImportResults(parts, firstLines, before(slice.firstLine)),
        stoppedAfterLine: slices[i - 1]!.lastLine,
        failed: null,
      };
    }
    try {
      parts.push(
        await calls.importCommit({ csvText: slice.text, lineOffset: slice.lineOffset, ...choice }),
      );
    } catch (error) {
      return {
        result: combineImportResults(parts, firstLines, before(slice.firstLine)),
        stoppedAfterLine: null,
        failed: { fromLine: slice.firstLine, error },
      };
    }
    hooks.onProgress?.({ done: i + 1, total: slices.length, line: slice.lastLine });
  }
  return {
    result: combineImportResults(parts, firstLines, tooLongRows(file)),
    stoppedAfterLine: null,
    failed: null,
  };
}
