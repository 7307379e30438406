import { type FormEvent, useState } from 'react';
import { TOUCH_KINDS, type LeadDetail, type TouchKind } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { toBatonError, type BatonError } from '../../api/errors';
import { Button, PlusIcon, Select, TextField, toast } from '../../ui';
import { leadFieldDomId } from './leadFixTargets';
import { fieldProblem, isoToLocalInput, localInputToIso } from './leadForm';
import { TOUCH_KIND_LABELS, whenWords } from './leadWords';

function isKind(v: string): v is TouchKind {
  return (TOUCH_KINDS as readonly string[]).includes(v);
}

/** The lead's journey oldest → newest, and "Add touch" (kind, when, note). */
export function LeadTouches(props: { detail: LeadDetail; onAdded: (d: LeadDetail) => void }) {
  const { detail, onAdded } = props;
  const api = useApi();
  const [kind, setKind] = useState<TouchKind>('email-click');
  const [when, setWhen] = useState(() => isoToLocalInput(new Date().toISOString()));
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<BatonError | null>(null);
  const [whenProblem, setWhenProblem] = useState<string | undefined>();

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const at = localInputToIso(when);
    if (at === null) {
      setWhenProblem('must be a date and time like 27/11/2026 09:30');
      return;
    }
    setWhenProblem(undefined);
    setBusy(true);
    setError(null);
    try {
      const before = detail.lead.status;
      const next = await api.leads.addTouch({ leadId: detail.lead.id, kind, at, note });
      setNote('');
      setWhen(isoToLocalInput(new Date().toISOString()));
      onAdded(next);
      // Crossing the threshold starts the hand-off clock: worth saying, not only showing.
      if (before !== 'sales-ready' && next.lead.status === 'sales-ready') {
        toast.show({
          kind: 'info',
          title: `${next.lead.personName} is sales-ready`,
          body: `Score ${next.score.score}: the hand-off clock has started.`,
        });
      }
    } catch (err) {
      setError(toBatonError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="lead-panel__section" aria-labelledby="lead-touches-title">
      <h3 id="lead-touches-title">Touches</h3>
      {detail.touches.length === 0 ? (
        <p className="lead-muted">No touch yet: add the first interaction below.</p>
      ) : (
        <ol className="lead-timeline" aria-label="Touches, oldest first">
          {detail.touches.map((t) => (
            <li key={t.id} className="lead-timeline__item">
              <span className="lead-timeline__kind">{TOUCH_KIND_LABELS[t.kind]}</span>
              <time className="lead-muted" dateTime={t.at}>
                {whenWords(t.at)}
              </time>
              {t.note && <p className="lead-timeline__note">{t.note}</p>}
            </li>
          ))}
        </ol>
      )}
      <form
        className="lead-touch-form"
        aria-label="Add touch"
        onSubmit={(e) => void add(e)}
        noValidate
      >
        {error && error.issues.length === 0 && (
          <p className="lead-error" role="alert">
            Not added: {error.message}
          </p>
        )}
        <div className="lead-touch-form__row">
          <Select
            id={leadFieldDomId(detail.lead.id, 'touchKind')}
            label="Kind"
            value={kind}
            onChange={(e) => isKind(e.target.value) && setKind(e.target.value)}
            error={fieldProblem(error, 'kind')}
          >
            {TOUCH_KINDS.map((k) => (
              <option key={k} value={k}>
                {TOUCH_KIND_LABELS[k]}
              </option>
            ))}
          </Select>
          <TextField
            label="When"
            type="datetime-local"
            value={when}
            onChange={(e) => setWhen(e.target.value)}
            error={whenProblem ?? fieldProblem(error, 'at')}
          />
        </div>
        <TextField
          label="Note"
          placeholder="What happened"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={fieldProblem(error, 'note')}
        />
        <Button type="submit" icon={<PlusIcon />} busy={busy}>
          Add touch
        </Button>
      </form>
    </section>
  );
}
