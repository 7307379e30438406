import { type FormEvent, useState } from 'react';
import { TOUCH_KINDS, type TouchKind } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { FormDialog, Select, TextArea, TextField, toast } from '../../ui';
import { nextTouchDays } from './leadReportsFormat';
import { TOUCH_KIND_LABELS } from './leadWords';

function isKind(v: string): v is TouchKind {
  return (TOUCH_KINDS as readonly string[]).includes(v);
}

interface Props {
  open: boolean;
  lead: { id: string; personName: string };
  onClose: () => void;
}

/**
 * Marketing re-engages a lead: the touch is logged (and re-scored: a lead reaching the
 * threshold becomes sales-ready), and a lead still waiting gets its next touch moved on.
 */
export function ReengagementTouchDialog({ open, lead, onClose }: Props) {
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={`Log a touch with ${lead.personName}`}
      description="The touch counts toward the lead's score; while the lead waits, its next touch moves on."
      submitLabel="Log touch"
      size="sm"
    >
      {({ formId, onBusy }) => (
        <TouchForm formId={formId} onBusy={onBusy} lead={lead} onDone={onClose} />
      )}
    </FormDialog>
  );
}

function TouchForm(props: {
  formId: string;
  onBusy: (busy: boolean) => void;
  lead: { id: string; personName: string };
  onDone: () => void;
}) {
  const api = useApi();
  const [kind, setKind] = useState<TouchKind>('call');
  const [note, setNote] = useState('');
  const [days, setDays] = useState('30');
  const [problem, setProblem] = useState<{ field: 'days' | 'touch'; text: string } | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const check = nextTouchDays(days);
    if (!check.ok) {
      setProblem({ field: 'days', text: `Next touch in ${check.problem}` });
      return;
    }
    props.onBusy(true);
    setProblem(null);
    const name = props.lead.personName;
    try {
      const detail = await api.leads.addTouch({
        leadId: props.lead.id,
        kind,
        note,
        nextTouchInDays: check.days,
      });
      const next = detail.lead.nextTouchAt;
      toast.show({
        kind: 'success',
        title:
          next !== null && next > new Date().toISOString()
            ? `Touch logged; next touch with ${name} ${next.slice(0, 10)}`
            : `Touch logged: ${name} is ${detail.lead.status} (score ${detail.score.score})`,
      });
      props.onDone();
    } catch (err) {
      setProblem({ field: 'touch', text: toBatonError(err).message });
    } finally {
      props.onBusy(false);
    }
  };

  return (
    <form
      id={props.formId}
      className="lead-report__form"
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      {problem?.field === 'touch' && (
        <p className="lead-report__error" role="alert">
          Not logged: {problem.text}
        </p>
      )}
      <Select
        label="Kind"
        value={kind}
        onChange={(e) => isKind(e.target.value) && setKind(e.target.value)}
        data-autofocus
      >
        {TOUCH_KINDS.map((k) => (
          <option key={k} value={k}>
            {TOUCH_KIND_LABELS[k]}
          </option>
        ))}
      </Select>
      <TextArea
        label="Note"
        rows={3}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        hint="What was said or sent."
        maxLength={5000}
      />
      <TextField
        label="Next touch in (days)"
        inputMode="numeric"
        value={days}
        onChange={(e) => setDays(e.target.value)}
        error={problem?.field === 'days' ? problem.text : undefined}
        hint="Used while the lead keeps waiting; a lead the touch makes sales-ready leaves the queue."
      />
    </form>
  );
}
