import { type FormEvent, useEffect, useId, useState } from 'react';
import type { CoordinationRuleSetting } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { Button, TextField, toast } from '../../ui';
import './coordinationRules.css';

// The calendar's coordination rules, shared by the workspace: each can be switched off, renamed
// and given another threshold; the backend checks the list and names the rule and field.

type Threshold = 'minDays' | 'minHours';

/** A rule as typed: thresholds stay text until Save so a half-typed number is not lost. */
interface DraftRule {
  rule: CoordinationRuleSetting;
  threshold: Threshold | null;
  text: string;
}

const UNIT: Record<Threshold, string> = { minDays: 'days before', minHours: 'hours apart' };

function thresholdOf(rule: CoordinationRuleSetting): Threshold | null {
  if (rule.kind === 'teaserBeforeEmail') return 'minDays';
  if (rule.kind === 'clientEmailSocialGap') return 'minHours';
  return null;
}

function toDraft(rules: readonly CoordinationRuleSetting[]): DraftRule[] {
  return rules.map((rule) => {
    const threshold = thresholdOf(rule);
    return { rule, threshold, text: threshold ? String(rule[threshold] ?? '') : '' };
  });
}

export function CoordinationRulesSection() {
  const api = useApi();
  const headingId = useId();
  const [draft, setDraft] = useState<DraftRule[] | null>(null);
  const [isDefault, setIsDefault] = useState(true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api.calendar
      .rules()
      .then((view) => {
        if (!live) return;
        setDraft(toDraft(view.rules));
        setIsDefault(view.isDefault);
      })
      .catch((err: unknown) => {
        if (live) setErrors({ form: toBatonError(err).message });
      });
    return () => {
      live = false;
    };
  }, [api]);

  function edit(index: number, change: Partial<DraftRule>) {
    setDraft((d) => d && d.map((r, i) => (i === index ? { ...r, ...change } : r)));
    setErrors({});
  }

  async function save(rules: CoordinationRuleSetting[] | null, what: string) {
    setBusy(true);
    try {
      const view = await api.calendar.setRules({ rules });
      setDraft(toDraft(view.rules));
      setIsDefault(view.isDefault);
      setErrors({});
      toast.show({ kind: 'success', title: what });
    } catch (err) {
      const e = toBatonError(err);
      const byField: Record<string, string> = {};
      for (const issue of e.issues) byField[issue.field] = issue.problem;
      setErrors(e.issues.length > 0 ? byField : { form: e.message });
    } finally {
      setBusy(false);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!draft) return;
    const local: Record<string, string> = {};
    const rules = draft.map((d, i) => {
      if (!d.threshold) return d.rule;
      const text = d.text.trim();
      const value = text === '' ? undefined : Number(text.replace(',', '.'));
      if (value !== undefined && !Number.isFinite(value)) {
        local[`rules.${i}.${d.threshold}`] = `${d.threshold} must be a number, not “${text}”`;
      }
      return { ...d.rule, [d.threshold]: value };
    });
    if (Object.keys(local).length > 0) {
      setErrors(local);
      return;
    }
    void save(rules, 'Coordination rules saved');
  }

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Calendar coordination rules</h2>
      <p className="settings-section__hint">
        The calendar warns on items that break a switched-on rule. Shared with the whole workspace
        {isDefault ? '; these are the built-in rules.' : '.'}
      </p>
      {draft && (
        <form className="coordination-rules" onSubmit={submit} noValidate>
          <ul className="coordination-rules__list">
            {draft.map((d, i) => (
              <li key={d.rule.id} className="coordination-rules__rule">
                <label className="coordination-rules__toggle">
                  <input
                    type="checkbox"
                    checked={d.rule.enabled}
                    onChange={(e) => edit(i, { rule: { ...d.rule, enabled: e.target.checked } })}
                  />
                  <span>On</span>
                </label>
                <TextField
                  label={`Name of rule ${i + 1}`}
                  value={d.rule.name}
                  error={errors[`rules.${i}.name`] ?? errors[`rules.${i}.id`]}
                  onChange={(e) => edit(i, { rule: { ...d.rule, name: e.target.value } })}
                />
                {d.threshold && (
                  <TextField
                    label={`At least (${UNIT[d.threshold]})`}
                    inputMode="decimal"
                    value={d.text}
                    error={errors[`rules.${i}.${d.threshold}`]}
                    onChange={(e) => edit(i, { text: e.target.value })}
                  />
                )}
              </li>
            ))}
          </ul>
          {errors.form && (
            <p className="coordination-rules__error" role="alert">
              {errors.form}
            </p>
          )}
          <div className="coordination-rules__actions">
            <Button type="submit" size="sm" variant="primary" busy={busy}>
              Save rules
            </Button>
            <Button
              type="button"
              size="sm"
              disabled={busy || isDefault}
              onClick={() => void save(null, 'Coordination rules reset to the built-in ones')}
            >
              Reset to defaults
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
