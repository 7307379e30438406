import { clientReader, loadExportDocument } from '../electron/export/loadExport';
import { renderPdf } from '../electron/export/pdf/renderPdf';
import { startBackend } from '../electron/backend/startBackend';
import type { ExportDocument, ExportHandoff } from '../shared/domain/export';
import { median, tempDir, type Measurement } from './lib';

const RUNS = 5;
const pagesOf = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
/** The process's peak resident memory so far (getrusage maxrss): a render is one sync burst. */
const peakMb = () => process.resourceUsage().maxRSS / 1024;

/** A demo handoff whose text fields are made long enough for the package to fill ~`pages`. */
function padded(h: ExportHandoff, words: number): ExportHandoff {
  const text = Array.from({ length: words }, (_, i) => `word${i}`).join(' ');
  return {
    ...h,
    fields: h.fields.map((f) => (f.kind === 'text' ? { ...f, text: `${f.text} ${text}` } : f)),
  };
}

async function time(doc: ExportDocument) {
  await renderPdf(doc); // warm: fonts parsed, code compiled
  const runs: number[] = [];
  let pages = 0;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    pages = pagesOf(await renderPdf(doc));
    runs.push(performance.now() - t);
  }
  return { ms: median(runs), pages };
}

/**
 * renderPdf for a ~20-page handoff package (budget < 1 s) and a ~200-page campaign export, from
 * the demo's documents with their text fields lengthened; times the render only (the reads are
 * the campaign detail the app already measures), n=5, median.
 */
export async function benchExport(): Promise<Measurement[]> {
  const t = tempDir();
  const backend = startBackend({ dataDir: t.dir });
  try {
    await backend.client.workspace.loadDemo();
    const card = (await backend.client.campaigns.list())[0]!;
    const base = await loadExportDocument(clientReader(backend.client), { campaignId: card.id });
    const first = base.handoffs[0]!;
    const one: ExportDocument = { ...base, summary: null, handoffs: [padded(first, 1400)] };
    const small = await time(one);
    const memSmall = peakMb();
    const many: ExportDocument = {
      ...base,
      handoffs: Array.from({ length: 16 }, (_, i) =>
        padded(base.handoffs[i % base.handoffs.length]!, 1400),
      ),
    };
    const big = await time(many);
    return [
      {
        name: `Export PDF, one handoff package (${small.pages} pages)`,
        value: small.ms,
        unit: 'ms',
        budget: 1000,
        detail: `median of ${RUNS}; peak RSS ${memSmall.toFixed(0)} MB`,
      },
      {
        name: `Export PDF, campaign (${big.pages} pages)`,
        value: big.ms,
        unit: 'ms',
        detail: `median of ${RUNS}; peak RSS ${peakMb().toFixed(0)} MB`,
      },
    ];
  } finally {
    backend.close();
    t.cleanup();
  }
}

if (require.main === module) {
  void benchExport().then((r) => console.log(JSON.stringify(r, null, 2)));
}
