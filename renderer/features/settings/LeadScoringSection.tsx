import { useId, useState } from 'react';
import { DEFAULT_LEAD_SCORING } from '../../../shared/domain/leads/leadScoring';
import {
  LEAD_FIT_FIELDS,
  TOUCH_KINDS,
  type LeadScoring,
  type LeadScoringView,
} from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { Button, Spinner, TextField } from '../../ui';
import { EditableCell, SelectCell } from './EditableCell';
import { FIT_FIELD_LABELS, FIT_OP_LABELS, FIT_OPS, TOUCH_KIND_LABELS } from './leadSettingsLabels';
import { problemAt, problemsFromIssues, type DraftProblem } from './leadSettingsProblems';
import {
  emptyFitRule,
  fitRuleName,
  readScoringDraft,
  rescoredText,
  sameScoring,
  scoringFieldName,
  toScoringDraft,
  type FitRuleDraft,
  type ScoringDraft,
} from './leadSettingsScoringDraft';
import './editableTable.css';
import './leadSettings.css';
import { useWorkspaceSetting } from './useWorkspaceSetting';

const FIELD_OPTIONS = LEAD_FIT_FIELDS.map((f) => ({ value: f, label: FIT_FIELD_LABELS[f] }));
const OP_OPTIONS = FIT_OPS.map((o) => ({ value: o, label: FIT_OP_LABELS[o] }));

/**
 * Settings: the team's lead scoring criteria — fit rules on a lead's fields, engagement points
 * per kind of touch fading by a half-life, and the sales-ready threshold. Saving re-scores every
 * lead in the same transaction and says how many scores changed.
 */
export function LeadScoringSection() {
  const headingId = useId();
  const {
    value: view,
    setValue: setView,
    loadError,
  } = useWorkspaceSetting((api) => api.leads.scoring());
  // Out here: the editor restarts on what was saved, and the count must stay on screen.
  const [status, setStatus] = useState<string | null>(null);

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Lead scoring</h2>
      <p className="settings-section__hint">
        A lead’s score is its fit points plus engagement points for each touch, fading with time; at
        the threshold it is sales-ready and waits to be handed off. Saving re-scores every lead.
        Shared with the whole workspace.
      </p>
      {loadError ? (
        <p className="lead-settings__problems" role="alert">
          The scoring criteria could not be loaded: {loadError}
        </p>
      ) : view ? (
        // Keyed by what is saved: a teammate's save (or a reset) starts the editor afresh.
        <ScoringEditor
          key={JSON.stringify(view)}
          saved={view.scoring}
          custom={view.custom}
          status={status}
          onStatus={setStatus}
          onSaved={setView}
        />
      ) : (
        <Spinner label="Loading the scoring criteria" />
      )}
    </section>
  );
}

function ScoringEditor({
  saved,
  custom,
  status,
  onStatus,
  onSaved,
}: {
  saved: LeadScoring;
  /** False while the workspace uses the built-in criteria (none of its own stored). */
  custom: boolean;
  status: string | null;
  onStatus: (text: string | null) => void;
  onSaved: (next: LeadScoringView) => void;
}) {
  const api = useApi();
  const [draft, setDraft] = useState<ScoringDraft>(() => toScoringDraft(saved));
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);

  function change(next: ScoringDraft) {
    setDraft(next);
    setDirty(true);
    setProblems([]);
    onStatus(null);
  }
  function editRule(i: number, patch: Partial<FitRuleDraft>) {
    change({
      ...draft,
      fitRules: draft.fitRules.map((r, k) => (k === i ? { ...r, ...patch } : r)),
    });
  }

  /** Null goes back to the built-in criteria. */
  async function save(scoring: LeadScoring | null) {
    setBusy(true);
    onStatus(null);
    try {
      const result = await api.leads.setScoring(scoring);
      setProblems([]);
      setDirty(false);
      onStatus(rescoredText(result.rescored));
      onSaved({ scoring: result.scoring, custom: result.custom });
    } catch (err) {
      const e = toBatonError(err);
      setProblems(
        e.issues.length > 0
          ? problemsFromIssues(e.issues, (f) => scoringFieldName(f, draft))
          : [{ field: 'form', message: e.message }],
      );
    } finally {
      setBusy(false);
    }
  }

  function submit() {
    const read = readScoringDraft(draft);
    if (!read.ok) {
      setProblems(read.problems);
      return;
    }
    void save(read.scoring);
  }

  const at = (field: string) => problemAt(problems, field);
  // Cells cannot hold a message: the table's problems are listed under it.
  const tableProblems = problems.filter((p) => p.field.startsWith('fitRules'));
  const formProblems = problems.filter((p) => p.field === 'form');

  return (
    <form
      className="lead-settings"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="lead-settings__part">
        <h3>Fit rules</h3>
        <p className="settings-section__hint">
          Points for who the lead is. A rule matches when the field contains or equals one of its
          values (comma-separated, ignoring case); negative points count against.
        </p>
        <div className="editable-table-scroll">
          <table className="editable-table lead-fit-rules">
            <caption className="visually-hidden">Fit rules</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Condition</th>
                <th scope="col">Values</th>
                <th scope="col">Points</th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {draft.fitRules.length === 0 && (
                <tr>
                  <td colSpan={5} className="lead-fit-rules__empty">
                    No fit rules: scores come from touches alone.
                  </td>
                </tr>
              )}
              {draft.fitRules.map((r, i) => {
                const name = `fit rule ${i + 1}`;
                return (
                  <tr key={r.key}>
                    <SelectCell
                      label={`Field of ${name}`}
                      value={r.field}
                      options={FIELD_OPTIONS}
                      onChange={(field) => editRule(i, { field })}
                    />
                    <SelectCell
                      label={`Condition of ${name}`}
                      value={r.op}
                      options={OP_OPTIONS}
                      onChange={(op) => editRule(i, { op })}
                    />
                    <EditableCell
                      className="lead-fit-rules__values"
                      label={`Values of ${name}`}
                      value={r.values}
                      placeholder="e.g. Head, Director, VP"
                      invalid={at(`fitRules.${i}.values`) !== undefined}
                      onChange={(values) => editRule(i, { values })}
                    />
                    <EditableCell
                      label={`Points of ${name}`}
                      value={r.points}
                      inputMode="numeric"
                      size={5}
                      invalid={at(`fitRules.${i}.points`) !== undefined}
                      onChange={(points) => editRule(i, { points })}
                    />
                    <td>
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={`Remove ${fitRuleName(r, i).toLowerCase()}`}
                        onClick={() =>
                          change({ ...draft, fitRules: draft.fitRules.filter((_, k) => k !== i) })
                        }
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
        {tableProblems.length > 0 && (
          <ul className="lead-settings__problems" role="alert" aria-label="Fit rule problems">
            {tableProblems.map((p) => (
              <li key={p.field + p.message}>{p.message}</li>
            ))}
          </ul>
        )}
        <div>
          <Button
            size="sm"
            onClick={() => change({ ...draft, fitRules: [...draft.fitRules, emptyFitRule()] })}
          >
            Add fit rule
          </Button>
        </div>
      </div>

      <fieldset className="lead-settings__part lead-settings__touches">
        <legend>Engagement points per touch</legend>
        <p className="settings-section__hint">Empty: that kind of touch scores nothing.</p>
        <div className="lead-settings__touch-grid">
          {TOUCH_KINDS.map((kind) => (
            <TextField
              key={kind}
              label={TOUCH_KIND_LABELS[kind]}
              inputMode="numeric"
              value={draft.touchPoints[kind]}
              error={at(`touchPoints.${kind}`)}
              onChange={(e) =>
                change({ ...draft, touchPoints: { ...draft.touchPoints, [kind]: e.target.value } })
              }
            />
          ))}
        </div>
      </fieldset>

      <div className="lead-settings__part lead-settings__pair">
        <TextField
          label="Decay half-life (days)"
          inputMode="decimal"
          hint="A touch’s points halve every this many days. Empty: touches never fade."
          value={draft.halfLifeDays}
          error={at('halfLifeDays')}
          onChange={(e) => change({ ...draft, halfLifeDays: e.target.value })}
        />
        <TextField
          label="Sales-ready threshold"
          inputMode="numeric"
          hint="A lead with at least this score is sales-ready."
          value={draft.salesReadyThreshold}
          error={at('salesReadyThreshold')}
          onChange={(e) => change({ ...draft, salesReadyThreshold: e.target.value })}
        />
      </div>

      {formProblems.length > 0 && (
        <p className="lead-settings__problems" role="alert">
          {formProblems[0]!.message}
        </p>
      )}
      <div className="settings-section__actions lead-settings__actions">
        <Button type="submit" size="sm" variant="primary" busy={busy} disabled={!dirty}>
          Save and re-score
        </Button>
        <Button
          size="sm"
          disabled={!dirty || busy}
          onClick={() => {
            setDraft(toScoringDraft(saved));
            setDirty(false);
            setProblems([]);
          }}
        >
          Cancel
        </Button>
        <Button size="sm" disabled={busy || !custom} onClick={() => void save(null)}>
          Reset to built-in
        </Button>
        <span className="settings-section__hint">
          {ownershipText(custom, saved)}
          {dirty ? ' · unsaved changes' : ''}
        </span>
        <span className="lead-settings__saved" role="status">
          {status}
        </span>
      </div>
    </form>
  );
}

function ownershipText(custom: boolean, saved: LeadScoring): string {
  if (!custom) return 'Uses the built-in criteria';
  // Its own copy does not follow a newer app's built-in criteria, even while they agree.
  return sameScoring(saved, DEFAULT_LEAD_SCORING)
    ? 'This workspace’s own criteria (the same as the built-in)'
    : 'This workspace’s own criteria';
}
