import { useId, useState } from 'react';
import type { ChecklistItem } from '../../../shared/model';
import { exactTime, relativeTime } from './formatTime';
import { useHandoff } from './handoffContext';
import { checklistDomId } from './missing/fieldDomIds';
import { useHandoffMutation } from './useHandoffMutation';

/** The template's checklist: a tick records who ticked it and when. */
export function Checklist() {
  const { detail, api } = useHandoff();
  const headingId = useId();
  const { error, run } = useHandoffMutation();
  // Shown ticked (or unticked) at once; the backend's answer then confirms it.
  const [pending, setPending] = useState<Record<string, boolean>>({});
  if (detail.checklist.length === 0) return null;

  const toggle = async (item: ChecklistItem, done: boolean) => {
    setPending((p) => ({ ...p, [item.id]: done }));
    await run(() => api.handoffs.setChecklistItem({ id: item.id, done }));
    setPending(({ [item.id]: _, ...rest }) => rest);
  };

  return (
    <section className="hp-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="hp-section__title">
        Checklist
      </h3>
      <ul className="hf-checklist">
        {detail.checklist.map((item) => (
          <ChecklistRow
            key={item.id}
            item={item}
            checked={pending[item.id] ?? item.done}
            onToggle={(done) => void toggle(item, done)}
          />
        ))}
      </ul>
      {error ? (
        <p className="hf-error" role="alert">
          Could not change the checklist: {error.message}
        </p>
      ) : null}
    </section>
  );
}

function ChecklistRow(props: {
  item: ChecklistItem;
  checked: boolean;
  onToggle: (done: boolean) => void;
}) {
  const { item, checked, onToggle } = props;
  const { people } = useHandoff();
  const by = people.find((p) => p.id === item.doneById)?.name ?? 'a former teammate';
  const id = checklistDomId(item.id);
  return (
    <li className={checked ? 'hf-check hf-check--done' : 'hf-check'}>
      <input
        id={id}
        type="checkbox"
        className="hf-check__box"
        checked={checked}
        aria-describedby={item.done ? `${id}-by` : undefined}
        onChange={(e) => onToggle(e.currentTarget.checked)}
      />
      <label htmlFor={id} className="hf-check__label">
        {item.label}
        {item.required ? (
          <>
            <span className="hf-required" aria-hidden="true">
              *
            </span>
            <span className="visually-hidden"> (required)</span>
          </>
        ) : (
          <span className="hf-muted"> (optional)</span>
        )}
      </label>
      {item.done && item.doneAt ? (
        <span id={`${id}-by`} className="hf-check__by">
          Ticked by {by} ·{' '}
          <time dateTime={item.doneAt} title={exactTime(item.doneAt)}>
            {relativeTime(item.doneAt)}
          </time>
        </span>
      ) : null}
    </li>
  );
}
