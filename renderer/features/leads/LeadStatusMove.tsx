import { type FormEvent, useState } from 'react';
import type { LeadDetail, LeadStatus } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { Button, Select, toast } from '../../ui';
import { LEAD_STATUS_LABELS } from './leadWords';

/** The status moves open from here (the backend's list); a refused move says why. */
export function LeadStatusMove({ detail, reload }: { detail: LeadDetail; reload: () => void }) {
  const api = useApi();
  const { lead, nextStatuses } = detail;
  const [to, setTo] = useState<LeadStatus | ''>('');
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const chosen = to !== '' && nextStatuses.includes(to) ? to : '';

  const move = async (e: FormEvent) => {
    e.preventDefault();
    if (chosen === '') return;
    setBusy(true);
    setRefused(null);
    try {
      const moved = await api.leads.setStatus({ id: lead.id, status: chosen });
      toast.show({
        kind: 'success',
        title: `${lead.personName} is now ${LEAD_STATUS_LABELS[moved.status].toLowerCase()}`,
      });
      setTo('');
      reload();
    } catch (err) {
      const error = toBatonError(err);
      setRefused(error.issues.find((i) => i.field === 'status')?.problem ?? error.message);
    } finally {
      setBusy(false);
    }
  };

  if (nextStatuses.length === 0) {
    return (
      <p className="lead-muted">
        {lead.status === 'handed-off'
          ? 'Waiting for sales: only their accept or reject moves this lead.'
          : `A ${LEAD_STATUS_LABELS[lead.status].toLowerCase()} lead moves nowhere else.`}
      </p>
    );
  }
  return (
    <form className="lead-status-move" aria-label="Change status" onSubmit={(e) => void move(e)}>
      <Select
        label="Move to"
        value={chosen}
        onChange={(e) => {
          const v = e.target.value;
          setTo(nextStatuses.find((s) => s === v) ?? '');
          setRefused(null);
        }}
        error={refused ?? undefined}
      >
        <option value="">Choose a status…</option>
        {nextStatuses.map((s) => (
          <option key={s} value={s}>
            {LEAD_STATUS_LABELS[s]}
          </option>
        ))}
      </Select>
      <Button type="submit" disabled={chosen === ''} busy={busy}>
        Move
      </Button>
    </form>
  );
}
