import { useId, useState } from 'react';
import { CAMPAIGN_TYPE_LABELS, type HandoffMapRow } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { Badge, Button, Spinner, toast } from '../../ui';
import { usePeople } from '../people/peopleStore';
import { draftOf, HandoffMapRowEditor, type RowDraft } from './HandoffMapRowEditor';
import { stageLabel } from './stageLabel';
import { useHandoffMap } from './useHandoffMap';
import '../manage/manageScreen.css';
import './handoffMap.css';

/** Which row is open for editing: a saved row's id, a default row's transition, or a new row. */
type Editing = { key: string } | null;

function rowKey(r: HandoffMapRow): string {
  return r.id ?? `default:${r.fromStage}:${r.toStage}`;
}

/** Where each handoff's material lives, in which tool and who owns it; printable. */
export function HandoffMapScreen() {
  const api = useApi();
  const headingId = useId();
  const { rows, setRows } = useHandoffMap();
  const { people } = usePeople();
  const [editing, setEditing] = useState<Editing>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function save(row: HandoffMapRow | null, draft: RowDraft) {
    setBusy(true);
    try {
      const next = await api.handoffMap.save({
        ...draft,
        ...(row?.id ? { id: row.id } : {}),
        position: row?.id ? row.position : (rows?.filter((r) => r.id).length ?? 0),
      });
      setRows(next);
      setEditing(null);
      setErrors({});
      toast.show({ kind: 'success', title: 'Handoff map saved' });
    } catch (err) {
      const be = toBatonError(err);
      const byField: Record<string, string> = {};
      for (const i of be.issues) byField[i.field] = `${i.problem}`;
      setErrors(Object.keys(byField).length > 0 ? byField : { location: be.message });
    } finally {
      setBusy(false);
    }
  }

  async function remove(row: HandoffMapRow) {
    if (!row.id) return;
    try {
      setRows(await api.handoffMap.remove({ id: row.id }));
      toast.show({ kind: 'success', title: 'Row removed' });
    } catch (err) {
      toast.show({ kind: 'error', title: toBatonError(err).message });
    }
  }

  const startEdit = (key: string) => {
    setErrors({});
    setEditing({ key });
  };

  return (
    <section className="manage-screen handoff-map" aria-labelledby={headingId}>
      <header className="manage-screen__header">
        <div>
          <h1 id={headingId}>Handoff map</h1>
          <p>
            For each handoff: where its material lives, the tool, and who owns it. Defaults are
            shown until your team saves its own.
          </p>
        </div>
        <div className="handoff-map__header-actions">
          <Button onClick={() => startEdit('new')} disabled={editing !== null}>
            Add row
          </Button>
          <Button variant="primary" onClick={() => window.print()}>
            Print
          </Button>
        </div>
      </header>
      {rows === null ? (
        <p className="manage-screen__state" role="status">
          <Spinner size="sm" /> Loading the handoff map…
        </p>
      ) : (
        <table className="handoff-map__table">
          <thead>
            <tr>
              <th scope="col">Handoff</th>
              <th scope="col">Where the material lives</th>
              <th scope="col">Tool</th>
              <th scope="col">Owner</th>
              <th scope="col">Notes</th>
              <th scope="col" className="handoff-map__no-print">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {editing?.key === 'new' && (
              <tr>
                <td colSpan={6}>
                  <HandoffMapRowEditor
                    initial={draftOf(null)}
                    people={people}
                    errors={errors}
                    busy={busy}
                    onSave={(d) => void save(null, d)}
                    onCancel={() => setEditing(null)}
                  />
                </td>
              </tr>
            )}
            {rows.map((r) => {
              const key = rowKey(r);
              const name = `${stageLabel(r.fromStage)} → ${stageLabel(r.toStage)}`;
              if (editing?.key === key) {
                return (
                  <tr key={key}>
                    <td colSpan={6}>
                      <HandoffMapRowEditor
                        initial={draftOf(r)}
                        people={people}
                        errors={errors}
                        busy={busy}
                        onSave={(d) => void save(r, d)}
                        onCancel={() => setEditing(null)}
                      />
                    </td>
                  </tr>
                );
              }
              return (
                <tr key={key} className={r.id ? undefined : 'handoff-map__default'}>
                  <th scope="row">
                    {name}
                    <span className="handoff-map__sub">
                      {r.campaignType ? CAMPAIGN_TYPE_LABELS[r.campaignType] : 'All types'}
                      {!r.id && (
                        <>
                          {' '}
                          <Badge>Default</Badge>
                        </>
                      )}
                    </span>
                  </th>
                  <td>{r.location}</td>
                  <td>{r.tool || '—'}</td>
                  <td>{r.ownerName ?? '—'}</td>
                  <td>{r.notes || '—'}</td>
                  <td className="handoff-map__no-print handoff-map__row-actions">
                    <Button
                      size="sm"
                      onClick={() => startEdit(key)}
                      disabled={editing !== null}
                      aria-label={`Edit ${name}`}
                    >
                      Edit
                    </Button>
                    {r.id && (
                      <Button
                        size="sm"
                        variant="ghost"
                        onClick={() => void remove(r)}
                        aria-label={`Remove ${name}`}
                      >
                        Remove
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
