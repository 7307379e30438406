import { type FormEvent, useId, useState } from 'react';
import type { CampaignDetail, PlanStep } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { Badge, Button, TextField, toast } from '../../ui';
import { fieldErrorsOf, type FieldErrors } from '../manage/fieldErrors';
import {
  blankPlanCells,
  draftOf,
  planCellLabels,
  planStepsInput,
  slackText,
  stepsChanged,
  type PlanCell,
  type PlanDraft,
} from './planDraft';
import { formatDueDay } from './timeFormat';

type PlanField = PlanCell | 'launchDate';
type DayKey = keyof PlanDraft['steps'][string];

/** The editable day counts of a step: one column each, header and cells from this one list. */
const DAY_COLUMNS: readonly { key: DayKey; heading: string }[] = [
  { key: 'durationDays', heading: 'Work days' },
  { key: 'bufferDays', heading: 'Buffer days' },
];

/**
 * The campaign's backward plan: each handoff with its due date, counted back from the launch
 * date in working days; durations and buffers are editable for this campaign. Negative slack
 * (the remaining work cannot fit before a due date) is flagged per step and above the table.
 * Remount it (key) when the saved plan changes so the draft starts from the new values.
 */
export function PlanEditor({
  detail,
  onSaved,
}: {
  detail: CampaignDetail;
  onSaved: (detail: CampaignDetail) => void;
}) {
  const api = useApi();
  const { campaign, plan } = detail;
  const headingId = useId();
  const [draft, setDraft] = useState<PlanDraft>(() => draftOf(plan, campaign.launchDate));
  const [errors, setErrors] = useState<FieldErrors<PlanField>>({});
  const [busy, setBusy] = useState(false);

  const launchChanged = draft.launchDate !== (campaign.launchDate ?? '');
  const dirty = launchChanged || stepsChanged(plan, draft);
  const labels: Record<PlanField, string> = {
    ...planCellLabels(plan),
    launchDate: 'Launch date',
  };
  const short = plan.filter((p) => slackText(p)?.short);

  const setCell =
    (stageId: string, key: DayKey, cell: PlanCell) => (e: { target: { value: string } }) => {
      const current = draft.steps[stageId] ?? { durationDays: '', bufferDays: '' };
      setDraft({
        ...draft,
        steps: { ...draft.steps, [stageId]: { ...current, [key]: e.target.value } },
      });
      setErrors((er) => ({ ...er, [cell]: undefined }));
    };

  async function save(e: FormEvent) {
    e.preventDefault();
    const blank = blankPlanCells(plan, draft);
    if (blank.length > 0) {
      setErrors(Object.fromEntries(blank.map((c) => [c, `${labels[c]} is required`])));
      return;
    }
    setBusy(true);
    try {
      if (launchChanged) {
        await api.campaigns.update({ id: campaign.id, launchDate: draft.launchDate || null });
      }
      const saved = await api.campaigns.setPlan({
        id: campaign.id,
        steps: planStepsInput(plan, draft),
      });
      onSaved(saved);
      toast.show({ kind: 'success', title: 'Plan saved', body: 'Due dates are planned again.' });
    } catch (err) {
      const { fields, other } = fieldErrorsOf(toBatonError(err), labels);
      setErrors(fields);
      if (other.length > 0) toast.show({ kind: 'error', title: other.join('; ') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="campaign-plan" aria-labelledby={headingId}>
      <form onSubmit={save} noValidate>
        <div className="campaign-plan__head">
          <div>
            <h3 id={headingId}>Plan</h3>
            <p className="campaign-plan__sub">
              Each handoff is due early enough for the next person to do their job well, counted
              back from the launch date in working days.
            </p>
          </div>
          <TextField
            className="campaign-plan__launch"
            label="Launch date"
            type="date"
            value={draft.launchDate}
            error={errors.launchDate}
            onChange={(e) => {
              setDraft({ ...draft, launchDate: e.target.value });
              setErrors((er) => ({ ...er, launchDate: undefined }));
            }}
          />
        </div>
        {!campaign.launchDate ? (
          <p className="campaign-plan__note">
            Set a launch date and Baton plans each handoff’s due date back from it, in working days.
          </p>
        ) : null}
        {short.length > 0 ? (
          <p className="campaign-plan__alert" role="alert">
            {shortSummary(short)} Move the launch date or shorten a step.
          </p>
        ) : null}
        <table className="campaign-plan__table">
          <caption className="visually-hidden">
            Handoffs with their due dates, planned back from the launch date
          </caption>
          <thead>
            <tr>
              <th scope="col">Handoff</th>
              <th scope="col">Due</th>
              {DAY_COLUMNS.map(({ key, heading }) => (
                <th key={key} scope="col">
                  {heading}
                </th>
              ))}
              <th scope="col" title="Working days to spare if the remaining work started today">
                Slack
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.map((step, i) => {
              const d = draft.steps[step.fromStageId];
              const slack = slackText(step);
              return (
                <tr key={step.fromStageId} className={slack?.short ? 'is-short' : undefined}>
                  <th scope="row">{step.name}</th>
                  <td className="campaign-plan__due">
                    {step.dueDate ? formatDueDay(step.dueDate) : '—'}
                  </td>
                  {DAY_COLUMNS.map(({ key }) => {
                    const cell: PlanCell = `steps.${i}.${key}`;
                    return (
                      <td key={key}>
                        <TextField
                          label={labels[cell]}
                          hideLabel
                          type="number"
                          inputMode="numeric"
                          min={0}
                          max={365}
                          step={1}
                          disabled={step.done}
                          value={d?.[key] ?? ''}
                          error={errors[cell]}
                          onChange={setCell(step.fromStageId, key, cell)}
                        />
                      </td>
                    );
                  })}
                  <td>
                    {step.done ? (
                      <Badge tone="success">Done</Badge>
                    ) : slack ? (
                      <Badge tone={slack.short ? 'danger' : 'neutral'} dot={slack.short}>
                        {slack.text}
                      </Badge>
                    ) : (
                      <span className="campaign-plan__none">—</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="campaign-plan__actions">
          {dirty ? (
            <Button
              type="button"
              variant="ghost"
              onClick={() => setDraft(draftOf(plan, campaign.launchDate))}
            >
              Discard changes
            </Button>
          ) : null}
          <Button type="submit" variant="primary" busy={busy} disabled={!dirty}>
            Save plan
          </Button>
        </div>
      </form>
    </section>
  );
}

/** "This plan cannot be met: Strategy → Creative is 3 working days short, and 2 later steps too." */
function shortSummary(short: readonly PlanStep[]): string {
  const [first, ...rest] = short;
  if (!first) return '';
  const days = Math.abs(first.slackDays ?? 0);
  const more =
    rest.length === 0 ? '' : `, and ${rest.length} later step${rest.length === 1 ? '' : 's'} too`;
  return `This plan cannot be met: ${first.name} is ${days} working day${days === 1 ? '' : 's'} short${more}.`;
}
