import { type FormEvent, useId, useState } from 'react';
import type { DecisionLogItem, Person } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { Badge, Button, Select, TextArea, toast } from '../../ui';
import { formatMoment } from '../campaigns/timeFormat';
import { usePeople } from '../people/peopleStore';
import { useWorkspaceStore } from '../workspace/workspaceStore';
import { useDecisionLog } from './useDecisionLog';
import './decisions.css';

/**
 * "We agreed on a call that…": what was decided off the app, written down by one person and
 * confirmed by the other party, so nobody has to remember who said what.
 */
export function DecisionLogSection({ campaignId }: { campaignId: string }) {
  const headingId = useId();
  const { entries, reload } = useDecisionLog(campaignId);
  const { people } = usePeople();
  const me = useWorkspaceStore((s) => s.view?.me ?? null);
  return (
    <section className="decision-log" aria-labelledby={headingId}>
      <h3 id={headingId}>Decision log</h3>
      {entries === null ? null : entries.length === 0 ? (
        <p className="decision-log__empty">
          No decisions written down yet. Agreed something on a call? Write it here and ask the other
          party to confirm it.
        </p>
      ) : (
        <ul className="decision-log__list">
          {entries.map((d) => (
            <DecisionRow key={d.id} entry={d} meId={me?.id ?? null} onChanged={reload} />
          ))}
        </ul>
      )}
      <AddDecision campaignId={campaignId} people={people} meId={me?.id ?? null} onAdded={reload} />
    </section>
  );
}

const TONE = { confirmed: 'success', awaiting: 'neutral', overdue: 'warning' } as const;

function DecisionRow(props: {
  entry: DecisionLogItem;
  meId: string | null;
  onChanged: () => void;
}) {
  const { entry: d, meId, onChanged } = props;
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const canConfirm = d.state !== 'confirmed' && meId === d.otherPartyId;
  const whyNot =
    d.state === 'confirmed'
      ? null
      : meId === d.byId
        ? `Only ${d.otherPartyName} can confirm what you wrote down.`
        : meId !== d.otherPartyId
          ? `Only ${d.otherPartyName}, the other party, can confirm this.`
          : null;

  async function run(action: 'confirm' | 'remove') {
    setBusy(true);
    try {
      if (action === 'confirm') await api.decisions.confirm({ id: d.id });
      else await api.decisions.remove({ id: d.id });
      toast.show({
        kind: 'success',
        title: action === 'confirm' ? 'Decision confirmed' : 'Decision removed',
      });
      onChanged();
    } catch (err) {
      toast.show({ kind: 'error', title: toBatonError(err).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className={`decision-log__entry decision-log__entry--${d.state}`}>
      <p className="decision-log__text">{d.text}</p>
      <p className="decision-log__meta">
        {d.byName} with {d.otherPartyName} · {formatMoment(d.at)}
      </p>
      <div className="decision-log__status">
        <Badge tone={TONE[d.state]}>
          {d.state === 'confirmed'
            ? `Confirmed by ${d.confirmedByName ?? 'the other party'}${d.confirmedAt ? ` · ${formatMoment(d.confirmedAt)}` : ''}`
            : d.state === 'overdue'
              ? 'Unconfirmed — overdue'
              : 'Awaiting confirmation'}
        </Badge>
        {d.state !== 'confirmed' && <span className="decision-log__why">{d.statusMessage}</span>}
        <span className="decision-log__actions">
          {d.state !== 'confirmed' && (
            <Button
              size="sm"
              variant="primary"
              disabled={!canConfirm}
              busy={busy}
              title={whyNot ?? undefined}
              aria-describedby={whyNot ? `why-${d.id}` : undefined}
              onClick={() => void run('confirm')}
            >
              Confirm
            </Button>
          )}
          <Button size="sm" variant="ghost" busy={busy} onClick={() => void run('remove')}>
            Remove
          </Button>
        </span>
        {whyNot && (
          <span id={`why-${d.id}`} className="decision-log__why">
            {whyNot}
          </span>
        )}
      </div>
    </li>
  );
}

function AddDecision(props: {
  campaignId: string;
  people: readonly Person[];
  meId: string | null;
  onAdded: () => void;
}) {
  const { campaignId, people, meId, onAdded } = props;
  const api = useApi();
  const others = people.filter((p) => p.id !== meId);
  const [text, setText] = useState('');
  const [otherPartyId, setOtherPartyId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!text.trim()) missing.text = 'Decision is required: what was agreed?';
    if (!otherPartyId) missing.otherPartyId = 'Other party is required: who confirms it?';
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    try {
      await api.decisions.add({ campaignId, text, otherPartyId });
      setText('');
      setOtherPartyId('');
      toast.show({ kind: 'success', title: 'Decision written down; waiting for confirmation' });
      onAdded();
    } catch (err) {
      const be = toBatonError(err);
      const byField: Record<string, string> = {};
      for (const i of be.issues) byField[i.field] = i.problem;
      setErrors(Object.keys(byField).length > 0 ? byField : { text: be.message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="decision-log__add" onSubmit={submit} noValidate>
      <TextArea
        label="New decision"
        placeholder="We agreed on a call that…"
        rows={2}
        value={text}
        error={errors.text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="decision-log__add-row">
        <Select
          label="Other party"
          value={otherPartyId}
          error={errors.otherPartyId}
          onChange={(e) => setOtherPartyId(e.target.value)}
        >
          <option value="">Who confirms it?</option>
          {others.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
        <Button type="submit" busy={busy} disabled={!meId}>
          Add decision
        </Button>
      </div>
    </form>
  );
}
