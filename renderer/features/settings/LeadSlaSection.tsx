import { useId, useState } from 'react';
import type { LeadSla } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { Button, Spinner, TextField, toast } from '../../ui';
import { useWorkspaceStore } from '../workspace/workspaceStore';
import { WEEKDAY_LABELS } from './leadSettingsLabels';
import { problemAt, problemsFromIssues, type DraftProblem } from './leadSettingsProblems';
import { readSlaDraft, slaFieldName, toSlaDraft, type SlaDraft } from './leadSettingsSlaDraft';
import './leadSettings.css';
import { useWorkspaceSetting } from './useWorkspaceSetting';

// Monday first on screen, as the team's week reads; stored as 0 = Sunday.
const WEEK = [1, 2, 3, 4, 5, 6, 0];
// Suggestions only: the field takes any zone Intl knows, which the save checks.
const TIME_ZONES = Intl.supportedValuesOf('timeZone');

/**
 * Settings: the timing SLA of the lead handoff — a sales-ready lead handed off within N hours,
 * a handed-off lead accepted within M hours — counted in business hours or around the clock.
 */
export function LeadSlaSection() {
  const headingId = useId();
  const { value: sla, setValue: setSla, loadError } = useWorkspaceSetting((api) => api.leads.sla());

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Lead SLA</h2>
      <p className="settings-section__hint">
        How long marketing has to hand off a sales-ready lead, and sales to accept it; leads past
        either are flagged overdue. Shared with the whole workspace.
      </p>
      {loadError ? (
        <p className="lead-settings__problems" role="alert">
          The SLA could not be loaded: {loadError}
        </p>
      ) : sla ? (
        <SlaEditor key={JSON.stringify(sla)} saved={sla} onSaved={setSla} />
      ) : (
        <Spinner label="Loading the SLA" />
      )}
    </section>
  );
}

function SlaEditor({ saved, onSaved }: { saved: LeadSla; onSaved: (next: LeadSla) => void }) {
  const api = useApi();
  const homeZone = useWorkspaceStore((s) => s.view?.workspace.homeTimeZone ?? 'UTC');
  const [draft, setDraft] = useState<SlaDraft>(() => toSlaDraft(saved, homeZone));
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const zonesId = useId();

  function change(patch: Partial<SlaDraft>) {
    setDraft((d) => ({ ...d, ...patch }));
    setDirty(true);
    setProblems([]);
  }

  async function submit() {
    const read = readSlaDraft(draft);
    if (!read.ok) {
      setProblems(read.problems);
      return;
    }
    setBusy(true);
    try {
      const next = await api.leads.setSla(read.sla);
      setDirty(false);
      onSaved(next);
      toast.show({ kind: 'success', title: 'Lead SLA saved' });
    } catch (err) {
      const e = toBatonError(err);
      setProblems(
        e.issues.length > 0
          ? problemsFromIssues(e.issues, slaFieldName)
          : [{ field: 'form', message: e.message }],
      );
    } finally {
      setBusy(false);
    }
  }

  const at = (field: string) => problemAt(problems, field);
  const daysProblem = at('businessHours.days');
  const formProblem = at('form');
  const hours = draft.businessHoursOn;

  return (
    <form
      className="lead-settings"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="lead-settings__part lead-settings__pair">
        <TextField
          label="Hand off within (hours)"
          inputMode="decimal"
          hint="From the moment a lead turns sales-ready."
          value={draft.handOffWithinHours}
          error={at('handOffWithinHours')}
          onChange={(e) => change({ handOffWithinHours: e.target.value })}
        />
        <TextField
          label="Accept within (hours)"
          inputMode="decimal"
          hint="From the handoff to sales’ “I have what I need”."
          value={draft.acceptWithinHours}
          error={at('acceptWithinHours')}
          onChange={(e) => change({ acceptWithinHours: e.target.value })}
        />
      </div>

      <fieldset className="lead-settings__part">
        <legend>Which hours count</legend>
        <label className="lead-settings__toggle">
          <input
            type="radio"
            name="sla-hours"
            checked={!hours}
            onChange={() => change({ businessHoursOn: false })}
          />
          Count all hours (nights and weekends too)
        </label>
        <label className="lead-settings__toggle">
          <input
            type="radio"
            name="sla-hours"
            checked={hours}
            onChange={() => change({ businessHoursOn: true })}
          />
          Count business hours only (the clocks stop outside them)
        </label>
        {hours && (
          <div className="lead-settings__hours">
            <div
              className="lead-settings__days"
              role="group"
              aria-label="Working days"
              aria-invalid={daysProblem !== undefined || undefined}
            >
              {WEEK.map((day) => (
                <label key={day}>
                  <input
                    type="checkbox"
                    checked={draft.days.includes(day)}
                    onChange={(e) =>
                      change({
                        days: e.target.checked
                          ? [...draft.days, day]
                          : draft.days.filter((d) => d !== day),
                      })
                    }
                  />
                  {WEEKDAY_LABELS[day]}
                </label>
              ))}
            </div>
            {daysProblem && (
              <p className="lead-settings__problems" role="alert">
                {daysProblem}
              </p>
            )}
            <div className="lead-settings__pair lead-settings__pair--hours">
              <TextField
                label="Start"
                type="time"
                value={draft.start}
                error={at('businessHours.start')}
                onChange={(e) => change({ start: e.target.value })}
              />
              <TextField
                label="End"
                type="time"
                value={draft.end}
                error={at('businessHours.end')}
                onChange={(e) => change({ end: e.target.value })}
              />
              <TextField
                label="Time zone"
                hint="An IANA name, like Europe/Berlin."
                list={zonesId}
                value={draft.timeZone}
                error={at('businessHours.timeZone')}
                onChange={(e) => change({ timeZone: e.target.value })}
              />
              <datalist id={zonesId}>
                {TIME_ZONES.map((z) => (
                  <option key={z} value={z} />
                ))}
              </datalist>
            </div>
          </div>
        )}
      </fieldset>

      {formProblem && (
        <p className="lead-settings__problems" role="alert">
          {formProblem}
        </p>
      )}
      <div className="settings-section__actions lead-settings__actions">
        <Button type="submit" size="sm" variant="primary" busy={busy} disabled={!dirty}>
          Save SLA
        </Button>
        <Button
          size="sm"
          disabled={!dirty || busy}
          onClick={() => {
            setDraft(toSlaDraft(saved, homeZone));
            setDirty(false);
            setProblems([]);
          }}
        >
          Cancel
        </Button>
        {dirty && <span className="settings-section__hint">Unsaved changes</span>}
      </div>
    </form>
  );
}
