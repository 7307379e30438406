import { useId } from 'react';
import { roleName, validateRaci } from '../../../../shared/domain/raci';
import type { Person, RaciRole } from '../../../../shared/model';
import { Avatar, Button, CloseIcon, Select } from '../../../ui';
import { useHandoff } from '../handoffContext';
import { qualityOwnerDomId, raciDomId } from '../missing/fieldDomIds';
import { useHandoffMutation } from '../useHandoffMutation';
import { addPerson, peopleIn, removePerson, setAccountable, type Assignment } from './raciEdits';
import { PersonOptions } from '../../people/PersonOptions';

const ROLE_HELP: Record<RaciRole, string> = {
  R: 'Does the work; at least one person.',
  A: 'Owns the outcome; exactly one person, the only one who can override the gate.',
  C: 'Asked before the handoff.',
  I: 'Told after it.',
};

/**
 * RACI (rule 2) and the quality owner (rule 3). Each change replaces the handoff's RACI in one
 * write. Problems come from the domain's `validateRaci`, shown under the role they concern;
 * the backend's refusal, if any, is shown the same way.
 */
export function RaciEditor() {
  const { detail, people, api } = useHandoff();
  const headingId = useId();
  const mutation = useHandoffMutation();
  const handoffId = detail.handoff.id;
  const raci: Assignment[] = detail.raci;
  const issues = validateRaci(raci);
  const save = (next: Assignment[]) =>
    void mutation.run(() => api.handoffs.setRaci({ handoffId, assignments: next }));
  const nameOf = (id: string) => people.find((p) => p.id === id);
  const problemFor = (role: RaciRole) =>
    [
      ...issues.filter((i) => i.field === roleName(role)).map((i) => i.problem),
      ...(mutation.error?.issues ?? [])
        .filter((i) => i.field === roleName(role) || i.field === role)
        .map((i) => i.problem),
    ].join('; ') || null;

  return (
    <section className="hp-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="hp-section__title">
        People
      </h3>
      <div className="hf-raci">
        {(['R', 'A', 'C', 'I'] as const).map((role) =>
          role === 'A' ? (
            <AccountableRow
              key={role}
              id={raciDomId(handoffId, roleName(role))}
              people={people}
              personId={peopleIn(raci, 'A')[0] ?? null}
              problem={problemFor('A')}
              busy={mutation.busy}
              onChange={(personId) => save(setAccountable(raci, personId))}
            />
          ) : (
            <RoleRow
              key={role}
              role={role}
              id={raciDomId(handoffId, roleName(role))}
              people={people}
              assigned={peopleIn(raci, role)
                .map(nameOf)
                .filter((p): p is Person => p !== undefined)}
              problem={problemFor(role)}
              busy={mutation.busy}
              onAdd={(personId) => save(addPerson(raci, role, personId))}
              onRemove={(personId) => save(removePerson(raci, role, personId))}
            />
          ),
        )}
        <QualityOwnerRow />
      </div>
      {mutation.error && mutation.error.issues.length === 0 ? (
        <p className="hf-error" role="alert">
          Could not change the RACI: {mutation.error.message}
        </p>
      ) : null}
    </section>
  );
}

function RoleRow(props: {
  role: Exclude<RaciRole, 'A'>;
  id: string;
  people: readonly Person[];
  assigned: Person[];
  problem: string | null;
  busy: boolean;
  onAdd: (personId: string) => void;
  onRemove: (personId: string) => void;
}) {
  const { role, id, people, assigned, problem, busy, onAdd, onRemove } = props;
  const name = roleName(role);
  const labelId = useId();
  const candidates = people.filter((p) => !assigned.some((a) => a.id === p.id));
  return (
    <div className="hf-raci__row" role="group" aria-labelledby={labelId}>
      <div className="hf-raci__role">
        <span id={labelId} className="hf-raci__name">
          <abbr title={name} aria-hidden="true" className="hf-raci__letter">
            {role}
          </abbr>
          {name}
        </span>
        <span className="hf-muted hf-raci__help">{ROLE_HELP[role]}</span>
      </div>
      <div className="hf-raci__people">
        <ul className="hf-chips" aria-label={`${name} people`}>
          {assigned.map((p) => (
            <li key={p.id} className="hf-chip">
              <Avatar name={p.name} initials={p.initials} color={p.color} size="xs" />
              <span>{p.name}</span>
              <Button
                size="sm"
                variant="ghost"
                icon={<CloseIcon size={12} />}
                aria-label={`Remove ${p.name} from ${name}`}
                disabled={busy}
                onClick={() => onRemove(p.id)}
                className="hf-chip__remove"
              />
            </li>
          ))}
        </ul>
        {candidates.length > 0 ? (
          <Select
            id={id}
            label={`Add ${name}`}
            hideLabel
            value=""
            disabled={busy}
            error={problem ?? undefined}
            className="hf-raci__add"
            onChange={(e) => {
              if (e.currentTarget.value) onAdd(e.currentTarget.value);
            }}
          >
            <option value="">Add person…</option>
            {candidates.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.roleTitle ? ` — ${p.roleTitle}` : ''}
              </option>
            ))}
          </Select>
        ) : problem ? (
          <p className="hf-error">{problem}</p>
        ) : null}
      </div>
    </div>
  );
}

function AccountableRow(props: {
  id: string;
  people: readonly Person[];
  personId: string | null;
  problem: string | null;
  busy: boolean;
  onChange: (personId: string | null) => void;
}) {
  const { id, people, personId, problem, busy, onChange } = props;
  return (
    <div className="hf-raci__row">
      <div className="hf-raci__role">
        {/* The select names itself (hidden label); this is the visible row title. */}
        <span className="hf-raci__name" aria-hidden="true">
          <abbr title="Accountable" className="hf-raci__letter">
            A
          </abbr>
          Accountable
        </span>
        <span className="hf-muted hf-raci__help">{ROLE_HELP.A}</span>
      </div>
      <div className="hf-raci__people">
        <PersonSelect
          id={id}
          label="Accountable"
          people={people}
          value={personId}
          busy={busy}
          problem={problem}
          onChange={onChange}
        />
      </div>
    </div>
  );
}

function QualityOwnerRow() {
  const { detail, people, api } = useHandoff();
  const mutation = useHandoffMutation();
  const handoffId = detail.handoff.id;
  const id = qualityOwnerDomId(handoffId);
  const problem =
    mutation.error?.message ??
    (detail.handoff.qualityOwnerId ? null : 'Name who approves the package.');
  return (
    <div className="hf-raci__row hf-raci__row--owner">
      <div className="hf-raci__role">
        <span className="hf-raci__name" aria-hidden="true">
          Quality owner
        </span>
        <span className="hf-muted hf-raci__help">Approves the package before work moves on.</span>
      </div>
      <div className="hf-raci__people">
        <PersonSelect
          id={id}
          label="Quality owner"
          people={people}
          value={detail.handoff.qualityOwnerId}
          busy={mutation.busy}
          problem={problem}
          onChange={(personId) =>
            void mutation.run(() => api.handoffs.setQualityOwner({ handoffId, personId }))
          }
        />
      </div>
    </div>
  );
}

function PersonSelect(props: {
  id: string;
  label: string;
  people: readonly Person[];
  value: string | null;
  busy: boolean;
  problem: string | null;
  onChange: (personId: string | null) => void;
}) {
  const { id, label, people, value, busy, problem, onChange } = props;
  const known = value === null || people.some((p) => p.id === value);
  return (
    <Select
      id={id}
      label={label}
      hideLabel
      className="hf-raci__add"
      value={value ?? ''}
      disabled={busy}
      error={problem ?? undefined}
      onChange={(e) => onChange(e.currentTarget.value || null)}
    >
      <option value="">No one yet</option>
      {known ? null : <option value={value}>A former teammate</option>}
      <PersonOptions people={people} withRole />
    </Select>
  );
}
