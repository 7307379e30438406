import { create } from 'zustand';
import { LEAD_IMPORT_FIELDS } from '../../../shared/domain/leads/leadImport';
import type { ApiClient } from '../../api/client';
import { toBatonError } from '../../api/errors';
import {
  commitFile,
  prepareFile,
  previewFile,
  type FilePreview,
  type FileResult,
  type ImportChoice,
  type LeadImportCalls,
  type PreparedFile,
} from './leadImportRun';

// The CSV import screen's state: the file or pasted text, the mapping the person settles on,
// the preview of the whole file, the run with its progress, and the result.

export interface RunProgress {
  done: number;
  total: number;
  line: number;
}

export type ImportPhase = 'choose' | 'previewing' | 'preview' | 'importing' | 'done';

interface LeadImportState {
  phase: ImportPhase;
  fileName: string | null;
  file: PreparedFile | null;
  /** Lead field → header ('' = not imported); null until the backend's guess is known. */
  mapping: Record<string, string> | null;
  sourceCampaignId: string | null;
  preview: FilePreview | null;
  progress: RunProgress | null;
  result: FileResult | null;
  error: string | null;
  stopAsked: boolean;
  open: (client: ApiClient, csvText: string, fileName: string | null) => Promise<void>;
  setMapping: (client: ApiClient, field: string, header: string) => Promise<void>;
  setSource: (client: ApiClient, campaignId: string | null) => Promise<void>;
  importAll: (client: ApiClient) => Promise<void>;
  stop: () => void;
  reset: () => void;
}

const callsOf = (client: ApiClient): LeadImportCalls => ({
  importPreview: (input) => client.leads.importPreview(input),
  importCommit: (input) => client.leads.importCommit(input),
});

/** Every field named, so a field the person set to "not imported" is not guessed back. */
function fullMapping(guess: Record<string, string>): Record<string, string> {
  return Object.fromEntries(LEAD_IMPORT_FIELDS.map((f) => [f, guess[f] ?? '']));
}

const START = {
  phase: 'choose' as const,
  fileName: null,
  file: null,
  mapping: null,
  sourceCampaignId: null,
  preview: null,
  progress: null,
  result: null,
  error: null,
  stopAsked: false,
};

function errorText(err: unknown): string {
  const e = toBatonError(err);
  return e.issues.length > 0
    ? e.issues.map((i) => `${i.field}: ${i.problem}`).join('; ')
    : e.message;
}

export const useLeadImportStore = create<LeadImportState>((set, get) => {
  const choice = (): ImportChoice => {
    const { mapping, sourceCampaignId } = get();
    return { mapping: mapping ?? undefined, sourceCampaignId };
  };

  const runPreview = async (client: ApiClient) => {
    const { file } = get();
    if (!file) return;
    if (file.slicing.headerProblem) {
      set({ phase: 'preview', preview: null, error: file.slicing.headerProblem });
      return;
    }
    set({ phase: 'previewing', progress: null, error: null, stopAsked: false });
    try {
      const preview = await previewFile(callsOf(client), file, choice(), {
        onProgress: (progress) => set({ progress }),
        stopped: () => get().stopAsked,
      });
      set({
        phase: 'preview',
        preview,
        progress: null,
        mapping: get().mapping ?? fullMapping(preview.preview.mapping),
      });
    } catch (err) {
      set({ phase: 'preview', preview: null, progress: null, error: errorText(err) });
    }
  };

  return {
    ...START,
    open: async (client, csvText, fileName) => {
      set({ ...START, fileName, file: prepareFile(csvText) });
      await runPreview(client);
    },
    setMapping: async (client, field, header) => {
      const base = get().mapping ?? fullMapping({});
      set({ mapping: { ...base, [field]: header } });
      await runPreview(client);
    },
    setSource: async (client, campaignId) => {
      set({ sourceCampaignId: campaignId });
      await runPreview(client);
    },
    importAll: async (client) => {
      const { file, preview } = get();
      if (!file || !preview) return;
      set({ phase: 'importing', progress: null, error: null, stopAsked: false });
      try {
        const result = await commitFile(callsOf(client), file, choice(), preview.preview, {
          onProgress: (progress) => set({ progress }),
          stopped: () => get().stopAsked,
        });
        set({
          phase: 'done',
          result,
          progress: null,
          error: result.failed ? errorText(result.failed.error) : null,
        });
      } catch (err) {
        set({ phase: 'preview', progress: null, error: errorText(err) });
      }
    },
    stop: () => set({ stopAsked: true }),
    reset: () => set({ ...START }),
  };
});
