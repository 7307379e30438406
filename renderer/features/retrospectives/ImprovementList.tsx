import type { Person, RetrospectiveView } from '../../../shared/model';
import type { ApiClient } from '../../api/client';
import { Button, Select, toast } from '../../ui';
import { PersonOptions } from '../people/PersonOptions';

interface Props {
  api: ApiClient;
  retro: RetrospectiveView;
  people: readonly Person[];
  /** The form's call runner: it shows a refusal's problems under the form. */
  run: (call: () => Promise<unknown>) => Promise<boolean>;
}

/** A retrospective's process improvements, each with an owner and a template-change flag. */
export function ImprovementList({ api, retro, people, run }: Props) {
  const remove = async (id: string, text: string) => {
    if (!(await run(() => api.retrospectives.removeImprovement({ id })))) return;
    toast.show({
      kind: 'success',
      title: `Removed “${text}”`,
      action: {
        label: 'Undo',
        onAction: () => void run(() => api.retrospectives.restoreImprovement({ id })),
      },
    });
  };
  return retro.improvements.length === 0 ? (
    <p className="retro-muted">No improvements yet: what should change in how the team works?</p>
  ) : (
    <ul className="retro-form__list">
      {retro.improvements.map((imp) => (
        <li key={imp.id} className="retro-form__improvement">
          <span>{imp.text}</span>
          <Select
            label="Owner"
            value={imp.ownerId ?? ''}
            onChange={(e) =>
              void run(() =>
                api.retrospectives.updateImprovement({
                  id: imp.id,
                  ownerId: e.target.value || null,
                }),
              )
            }
          >
            <PersonOptions people={people} none="No owner yet" />
          </Select>
          <label className="retro-form__check">
            <input
              type="checkbox"
              checked={imp.templateChange}
              onChange={(e) =>
                void run(() =>
                  api.retrospectives.updateImprovement({
                    id: imp.id,
                    templateChange: e.target.checked,
                  }),
                )
              }
            />
            Template change request
          </label>
          <Button size="sm" variant="ghost" onClick={() => void remove(imp.id, imp.text)}>
            Remove
          </Button>
        </li>
      ))}
    </ul>
  );
}
