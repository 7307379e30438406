import { useId, useState } from 'react';
import { BUILTIN_DASHBOARD_STANDARDS } from '../../../shared/domain/optimization/dashboardStandards';
import {
  readStandardDrafts,
  standardsProblemRow,
  toMetricDraft,
  type MetricDraft,
  type StandardsDraftProblem,
} from '../../../shared/domain/optimization/standardsDraft';
import {
  CAMPAIGN_TYPES,
  REPORTING_FREQUENCIES,
  type CampaignType,
  type DashboardStandards,
  type DashboardStandardsView,
} from '../../../shared/model';
import { CAMPAIGN_TYPE_LABELS } from '../../../shared/model/labels';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { Button, Select, Spinner, toast } from '../../ui';
import { EditableCell, SelectCell } from './EditableCell';
import './dashboardStandards.css';
import { useWorkspaceSetting } from './useWorkspaceSetting';

const DIRECTION_OPTIONS = [
  { value: 'higher', label: 'Higher is better' },
  { value: 'lower', label: 'Lower is better' },
] as const;
const FREQUENCY_OPTIONS = REPORTING_FREQUENCIES.map((f) => ({ value: f, label: f }));

/** A row as edited, with a key of its own for React (a metric's key is empty until saved). */
type Row = MetricDraft & { rowId: string };
type Drafts = Record<CampaignType, Row[]>;

let counter = 0;
const rowIds = () => `metric-row-${++counter}`;

function toDrafts(standards: DashboardStandards): Drafts {
  const out = {} as Drafts;
  for (const type of CAMPAIGN_TYPES) {
    out[type] = (standards[type] ?? []).map((m) => ({ ...toMetricDraft(m), rowId: rowIds() }));
  }
  return out;
}

function emptyRow(): Row {
  return {
    rowId: rowIds(),
    key: '',
    name: '',
    unit: '',
    direction: 'higher',
    target: '',
    dataSource: '',
    frequency: 'daily',
  };
}

/**
 * Settings: each campaign type's dashboard standard — the metrics its live campaigns are charted
 * and reviewed against (name, unit, which way is better, target, data source, how often it is
 * reported). Shared with the whole workspace; reset brings back the built-in standards.
 */
export function DashboardStandardsSection() {
  const headingId = useId();
  const {
    value: view,
    setValue: setView,
    loadError: error,
  } = useWorkspaceSetting((api) => api.optimization.standards());
  // Kept out here: a save restarts the editor, and the type being edited must stay on screen.
  const [type, setType] = useState<CampaignType>('email');

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Dashboard standards</h2>
      <p className="settings-section__hint">
        The metrics each type of campaign is measured by once live: its charts on the Optimization
        page, the figures its reviews look at and the targets they compare with. Shared with the
        whole workspace.
      </p>
      {error ? (
        <p className="standards-problems" role="alert">
          The dashboard standards could not be loaded: {error}
        </p>
      ) : view ? (
        // Keyed by what is saved: a teammate's save (or a reset) starts the editor afresh.
        <StandardsEditor
          key={JSON.stringify(view)}
          view={view}
          onSaved={setView}
          type={type}
          setType={setType}
        />
      ) : (
        <Spinner label="Loading dashboard standards" />
      )}
    </section>
  );
}

function StandardsEditor({
  view,
  onSaved,
  type,
  setType,
}: {
  view: DashboardStandardsView;
  onSaved: (next: DashboardStandardsView) => void;
  type: CampaignType;
  setType: (type: CampaignType) => void;
}) {
  const api = useApi();
  const [drafts, setDrafts] = useState<Drafts>(() => toDrafts(view.standards));
  const [problems, setProblems] = useState<StandardsDraftProblem[]>([]);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const rows = drafts[type];
  const label = CAMPAIGN_TYPE_LABELS[type];

  function setRows(next: Row[]) {
    setDrafts((d) => ({ ...d, [type]: next }));
    setDirty(true);
  }
  function edit(i: number, patch: Partial<MetricDraft>) {
    setRows(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  }

  async function save(reset: boolean) {
    let standards: DashboardStandards | null = null;
    if (!reset) {
      const found: StandardsDraftProblem[] = [];
      standards = {};
      for (const t of CAMPAIGN_TYPES) {
        const r = readStandardDrafts(t, CAMPAIGN_TYPE_LABELS[t], drafts[t]);
        if (r.ok) standards[t] = r.metrics;
        else found.push(...r.problems);
      }
      if (found.length > 0) {
        setProblems(found);
        // Show the first type with a problem, so what is named is on screen.
        const first = standardsProblemRow(found[0]!.field);
        const t = CAMPAIGN_TYPES.find((x) => x === first?.type);
        if (t) setType(t);
        return;
      }
    }
    setBusy(true);
    try {
      const saved = await api.optimization.setStandards({ standards });
      setProblems([]);
      setDirty(false);
      onSaved(saved);
      toast.show({
        kind: 'success',
        title: reset ? 'Dashboard standards back to the built-in' : 'Dashboard standards saved',
      });
    } catch (err) {
      const e = toBatonError(err);
      setProblems(
        e.issues.length > 0
          ? e.issues.map((i) => ({ field: i.field, message: `${i.field}: ${i.problem}` }))
          : [{ field: 'standards', message: e.message }],
      );
    } finally {
      setBusy(false);
    }
  }

  const here = problems.filter((p) => standardsProblemRow(p.field)?.type === type);
  const elsewhere = problems.filter((p) => standardsProblemRow(p.field)?.type !== type);
  const invalid = (i: number, field: string) =>
    here.some((p) => {
      const at = standardsProblemRow(p.field);
      return at?.row === i && p.field.endsWith(`.${field}`);
    }) || undefined;

  return (
    <div className="standards-editor">
      <div className="standards-editor__bar">
        <Select
          label="Campaign type"
          value={type}
          onChange={(e) => {
            const t = CAMPAIGN_TYPES.find((x) => x === e.currentTarget.value);
            if (t) setType(t);
          }}
        >
          {CAMPAIGN_TYPES.map((t) => (
            <option key={t} value={t}>
              {CAMPAIGN_TYPE_LABELS[t]} ({drafts[t].length} metrics)
            </option>
          ))}
        </Select>
        <span className="settings-section__hint">
          {view.custom ? 'This workspace’s own standards' : 'The built-in standards'}
          {dirty ? ' · unsaved changes' : ''}
        </span>
      </div>
      {problems.length > 0 && (
        <ul className="standards-problems" role="alert" aria-label="Problems to fix before saving">
          {[...here, ...elsewhere].map((p) => (
            <li key={p.field + p.message}>{p.message}</li>
          ))}
        </ul>
      )}
      <div className="editable-table-scroll">
        <table className="editable-table standards-table">
          <caption className="visually-hidden">{label} dashboard standard</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Unit</th>
              <th scope="col">Better when</th>
              <th scope="col">Target</th>
              <th scope="col">Data source</th>
              <th scope="col">Reported</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={7} className="standards-table__empty">
                  No metrics for {label.toLowerCase()} campaigns: their charts would stay empty.
                </td>
              </tr>
            )}
            {rows.map((r, i) => {
              const name = r.name.trim() || `metric ${i + 1}`;
              return (
                <tr key={r.rowId}>
                  <EditableCell
                    label={`Name of ${name}`}
                    value={r.name}
                    placeholder="e.g. Open rate"
                    invalid={invalid(i, 'name')}
                    onChange={(v) => edit(i, { name: v })}
                    size={14}
                  />
                  <EditableCell
                    label={`Unit of ${name}`}
                    value={r.unit}
                    placeholder="%"
                    invalid={invalid(i, 'unit')}
                    onChange={(v) => edit(i, { unit: v })}
                    size={5}
                  />
                  <SelectCell
                    label={`Which way is better for ${name}`}
                    value={r.direction}
                    options={DIRECTION_OPTIONS}
                    onChange={(direction) => edit(i, { direction })}
                  />
                  <EditableCell
                    label={`Target of ${name}`}
                    value={r.target}
                    inputMode="decimal"
                    invalid={invalid(i, 'target')}
                    onChange={(v) => edit(i, { target: v })}
                    size={6}
                  />
                  <EditableCell
                    label={`Data source of ${name}`}
                    value={r.dataSource}
                    placeholder="e.g. Ad platform"
                    invalid={invalid(i, 'dataSource')}
                    onChange={(v) => edit(i, { dataSource: v })}
                    size={12}
                  />
                  <SelectCell
                    label={`How often ${name} is reported`}
                    value={r.frequency}
                    options={FREQUENCY_OPTIONS}
                    onChange={(frequency) => edit(i, { frequency })}
                  />
                  <td>
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={`Remove ${name}`}
                      onClick={() => {
                        setRows(rows.filter((_, k) => k !== i));
                        setProblems([]);
                      }}
                    >
                      Remove
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="settings-section__actions standards-editor__actions">
        <Button size="sm" onClick={() => setRows([...rows, emptyRow()])}>
          Add metric
        </Button>
        <Button
          size="sm"
          onClick={() =>
            setRows(
              (BUILTIN_DASHBOARD_STANDARDS[type] ?? []).map((m) => ({
                ...toMetricDraft(m),
                rowId: rowIds(),
              })),
            )
          }
        >
          Built-in metrics for {label.toLowerCase()}
        </Button>
        <Button
          size="sm"
          variant="primary"
          busy={busy}
          disabled={!dirty}
          onClick={() => void save(false)}
        >
          Save standards
        </Button>
        <Button size="sm" disabled={!view.custom || busy} onClick={() => void save(true)}>
          Reset all to built-in
        </Button>
      </div>
    </div>
  );
}
