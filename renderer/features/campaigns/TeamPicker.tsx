import { useId } from 'react';
import type { Person } from '../../../shared/model';
import { AlertCircleIcon, Avatar } from '../../ui';
import { toggleIn } from './campaignForm';

/** The campaign's team: each person of the workspace as a checkbox with their face and role. */
export function TeamPicker(props: {
  people: readonly Person[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const { people, value, onChange, error } = props;
  const errorId = useId();
  const ids = people.map((p) => p.id);
  return (
    <fieldset
      className="choice-group"
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="choice-group__legend">Team</legend>
      {people.length === 0 ? (
        <p className="choice-group__hint">Add people on the People screen to build a team.</p>
      ) : (
        <div className="choice-group__people">
          {people.map((person) => (
            <label key={person.id} className="choice-person">
              <input
                type="checkbox"
                checked={value.includes(person.id)}
                onChange={(e) => onChange(toggleIn(value, person.id, e.target.checked, ids))}
              />
              {/* Hidden from assistive tech: the name follows as text, read once. */}
              <span aria-hidden="true" className="choice-person__avatar">
                <Avatar
                  name={person.name}
                  initials={person.initials}
                  color={person.color}
                  size="sm"
                />
              </span>
              <span className="choice-person__text">
                <span className="choice-person__name">{person.name}</span>
                {person.roleTitle ? (
                  <span className="choice-person__role">{person.roleTitle}</span>
                ) : null}
              </span>
            </label>
          ))}
        </div>
      )}
      {error ? (
        <p id={errorId} className="choice-group__error">
          <AlertCircleIcon size={14} /> {error}
        </p>
      ) : null}
    </fieldset>
  );
}
