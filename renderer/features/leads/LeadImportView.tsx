import { type DragEvent, useEffect, useId, useRef, useState } from 'react';
import { LEAD_IMPORT_FIELDS } from '../../../shared/domain/leads/leadImport';
import type { CampaignSummary } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { Button, cx, Select, TextArea } from '../../ui';
import { LeadImportProblems } from './LeadImportProblems';
import { useLeadImportStore, type RunProgress } from './leadImportStore';
import { useLeadsStore } from './leadsStore';
import './leadImport.css';

const FIELD_LABELS: Record<(typeof LEAD_IMPORT_FIELDS)[number], string> = {
  personName: 'Name',
  company: 'Company',
  email: 'Email',
  jobTitle: 'Job title',
  sourceChannel: 'Source channel',
  interests: 'Interests',
  notes: 'Notes',
  createdAt: 'Created on',
};

const plural = (n: number, word: string) =>
  `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** Import a CSV of leads: choose or paste, check the mapping and preview, import, see the result. */
export function LeadImportView() {
  const phase = useLeadImportStore((s) => s.phase);
  return (
    <div className="lead-import">
      <h2 className="lead-import__title">Import leads</h2>
      {phase === 'choose' && <ChooseSource />}
      {(phase === 'previewing' || phase === 'preview') && <PreviewStep />}
      {phase === 'importing' && <Running verb="Importing" />}
      {phase === 'done' && <ResultStep />}
    </div>
  );
}

function ChooseSource() {
  const api = useApi();
  const open = useLeadImportStore((s) => s.open);
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);
  const fileInputId = useId();

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setReadError(null);
    try {
      await open(api, await file.text(), file.name);
    } catch {
      setReadError(`${file.name} could not be read as text`);
    }
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    void readFile(e.dataTransfer.files[0]);
  };

  return (
    <div className="lead-import__choose">
      <div
        className={cx('lead-import__drop', dragging && 'lead-import__drop--over')}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p className="lead-import__drop-text">Drop a .csv file here, or</p>
        <label htmlFor={fileInputId} className="lead-import__file-label">
          Choose a CSV file
        </label>
        <input
          id={fileInputId}
          className="lead-import__file"
          type="file"
          accept=".csv,.tsv,.txt,text/csv"
          onChange={(e) => void readFile(e.target.files?.[0])}
        />
        <p className="lead-import__hint">
          Comma, semicolon or tab separated, with a header line. Columns are matched to lead fields
          by their names; you can change the matching before anything is imported.
        </p>
        {readError && (
          <p className="lead-import__error" role="alert">
            {readError}
          </p>
        )}
      </div>
      <form
        className="lead-import__paste"
        onSubmit={(e) => {
          e.preventDefault();
          if (pasted.trim() !== '') void open(api, pasted, null);
        }}
      >
        <TextArea
          label="Or paste CSV text"
          rows={6}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          placeholder={'Name,Email,Company\nAna Ruiz,ana@acme.example,Acme'}
        />
        <Button type="submit" disabled={pasted.trim() === ''}>
          Preview
        </Button>
      </form>
    </div>
  );
}

function ProgressLine({
  verb,
  progress,
  lastLine,
}: {
  verb: string;
  progress: RunProgress | null;
  lastLine: number;
}) {
  const done = progress?.done ?? 0;
  const total = progress?.total ?? 1;
  return (
    <div className="lead-import__progress">
      <progress max={total} value={done} aria-label={`${verb} progress`} />
      <p aria-live="polite">
        {progress
          ? `${verb}: lines up to ${progress.line.toLocaleString('en')} of ${lastLine.toLocaleString('en')} (part ${done} of ${total})`
          : `${verb}…`}
      </p>
    </div>
  );
}

function Running({ verb }: { verb: string }) {
  const progress = useLeadImportStore((s) => s.progress);
  const file = useLeadImportStore((s) => s.file);
  const stopAsked = useLeadImportStore((s) => s.stopAsked);
  const stop = useLeadImportStore((s) => s.stop);
  const parts = file?.slicing.slices.length ?? 1;
  return (
    <div className="lead-import__running">
      <ProgressLine verb={verb} progress={progress} lastLine={file?.lastLine ?? 0} />
      {parts > 1 && (
        <Button variant="secondary" onClick={stop} disabled={stopAsked}>
          {stopAsked ? 'Stopping after this part…' : 'Stop'}
        </Button>
      )}
    </div>
  );
}

function useCampaigns(): CampaignSummary[] {
  const api = useApi();
  const [campaigns, setCampaigns] = useState<CampaignSummary[]>([]);
  useEffect(() => {
    let live = true;
    api.campaigns
      .list()
      .then((list) => live && setCampaigns([...list].sort((a, b) => a.name.localeCompare(b.name))))
      .catch(() => {
        // Without the list the import still works, only without a source campaign to pick.
      });
    return () => {
      live = false;
    };
  }, [api]);
  return campaigns;
}

function PreviewStep() {
  const api = useApi();
  const s = useLeadImportStore();
  const campaigns = useCampaigns();
  const headers = s.file?.headers ?? [];
  const preview = s.preview?.preview ?? null;
  const busy = s.phase === 'previewing';
  const mapping = s.mapping ?? preview?.mapping ?? {};

  return (
    <div className="lead-import__preview">
      <div className="lead-import__source">
        <p>
          <strong>{s.fileName ?? 'Pasted text'}</strong>
          {s.file && ` · ${plural(s.file.lastLine, 'line')}`}
          {s.file &&
            s.file.slicing.slices.length > 1 &&
            ` · sent in ${s.file.slicing.slices.length} parts`}
        </p>
        <Button variant="ghost" size="sm" onClick={s.reset}>
          Choose another file
        </Button>
      </div>

      <section className="lead-import__mapping" aria-label="Column mapping">
        <h3>Columns → lead fields</h3>
        <div className="lead-import__mapping-grid">
          {LEAD_IMPORT_FIELDS.map((field) => (
            <Select
              key={field}
              label={FIELD_LABELS[field]}
              value={mapping[field] ?? ''}
              disabled={busy}
              required={field === 'email'}
              onChange={(e) => void s.setMapping(api, field, e.target.value)}
            >
              <option value="">— not imported —</option>
              {headers.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </Select>
          ))}
          <Select
            label="Source campaign"
            value={s.sourceCampaignId ?? ''}
            disabled={busy}
            onChange={(e) => void s.setSource(api, e.target.value === '' ? null : e.target.value)}
          >
            <option value="">None</option>
            {campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.clientName})
              </option>
            ))}
          </Select>
        </div>
      </section>

      {s.error && (
        <p className="lead-import__error" role="alert">
          {s.error}
        </p>
      )}
      {busy && <Running verb="Checking" />}

      {preview && !busy && (
        <>
          {s.preview?.stoppedAfterLine != null && (
            <p className="lead-import__note">
              Checking stopped after line {s.preview.stoppedAfterLine.toLocaleString('en')}: the
              counts below cover the lines up to it.
            </p>
          )}
          <ul className="lead-import__counts" aria-label="Preview counts">
            <li className="lead-import__count lead-import__count--good">
              <strong>{preview.goodCount.toLocaleString('en')}</strong> will be imported
            </li>
            <li className="lead-import__count">
              <strong>{preview.duplicates.length.toLocaleString('en')}</strong> duplicate
              {preview.duplicates.length === 1 ? '' : 's'} by email
            </li>
            <li
              className={cx(
                'lead-import__count',
                preview.bad.length > 0 && 'lead-import__count--bad',
              )}
            >
              <strong>{preview.bad.length.toLocaleString('en')}</strong> bad row
              {preview.bad.length === 1 ? '' : 's'}
            </li>
          </ul>
          {preview.sample.length > 0 && (
            <section aria-label="First rows">
              <h3>First rows as they will be imported</h3>
              <div className="lead-import__table-wrap">
                <table className="lead-import__table">
                  <thead>
                    <tr>
                      <th scope="col">Line</th>
                      <th scope="col">Name</th>
                      <th scope="col">Company</th>
                      <th scope="col">Email</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.sample.map((r) => (
                      <tr key={r.line}>
                        <td className="lead-import__num">{r.line}</td>
                        <td>{r.personName}</td>
                        <td>{r.company}</td>
                        <td>{r.email}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          )}
          <LeadImportProblems duplicates={preview.duplicates} bad={preview.bad} tense="before" />
          <div className="lead-import__actions">
            <Button
              variant="primary"
              disabled={preview.goodCount === 0}
              onClick={() => void s.importAll(api)}
            >
              {`Import ${plural(preview.goodCount, 'lead')}`}
            </Button>
            <Button variant="ghost" onClick={s.reset}>
              Cancel
            </Button>
          </div>
        </>
      )}
    </div>
  );
}

function ResultStep() {
  const s = useLeadImportStore();
  const setView = useLeadsStore((x) => x.setView);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  if (!s.result) return null;
  const { result, stoppedAfterLine, failed } = s.result;
  return (
    <div className="lead-import__result">
      <div className="lead-import__summary" role="status">
        <h3 ref={headingRef} tabIndex={-1} className="lead-import__result-title">
          Imported {plural(result.imported, 'lead')}
        </h3>
        <p>
          {plural(result.duplicates.length, 'duplicate')} skipped ·{' '}
          {plural(result.bad.length, 'bad row')} left out
          {s.fileName ? ` · from ${s.fileName}` : ''}
        </p>
      </div>
      {stoppedAfterLine !== null && (
        <p className="lead-import__note">
          Stopped after line {stoppedAfterLine.toLocaleString('en')}: rows after it were not
          imported. Import the file again to add them (the ones already in are skipped as
          duplicates).
        </p>
      )}
      {failed && (
        <p className="lead-import__error" role="alert">
          Rows from line {failed.fromLine.toLocaleString('en')} on were not imported: {s.error}. The
          rows before it were. Fix the file and import it again (the ones already in are skipped as
          duplicates).
        </p>
      )}
      <LeadImportProblems duplicates={result.duplicates} bad={result.bad} tense="after" />
      <div className="lead-import__actions">
        <Button variant="primary" onClick={() => setView('all')}>
          See all leads
        </Button>
        <Button onClick={s.reset}>Import another file</Button>
      </div>
    </div>
  );
}
