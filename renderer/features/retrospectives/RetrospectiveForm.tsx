import { useId, useState } from 'react';
import type { Person, RetrospectiveView } from '../../../shared/model';
import { campaignTypeLabel } from '../../../shared/model/labels';
import type { ApiClient } from '../../api/client';
import { toBatonError } from '../../api/errors';
import { Badge, Button, TextArea, TextField, toast, useSavedOnBlur } from '../../ui';
import { ImprovementList } from './ImprovementList';
import { StartNextCampaign } from './StartNextCampaign';
import { stateTone } from './stateTone';

interface Props {
  api: ApiClient;
  retro: RetrospectiveView;
  people: readonly Person[];
}

/**
 * One retrospective: what worked (to repeat), what didn't and why, process improvements each
 * with an owner, learnings into the playbook, then Complete and "Start next campaign".
 */
export function RetrospectiveForm({ api, retro, people }: Props) {
  const headingId = useId();
  const [improvement, setImprovement] = useState('');
  const [learningTitle, setLearningTitle] = useState('');
  const [learningBody, setLearningBody] = useState('');
  const [problems, setProblems] = useState<string[]>([]);

  const run = async (call: () => Promise<unknown>, done?: string) => {
    try {
      await call();
      setProblems([]);
      if (done) toast.show({ kind: 'success', title: done });
      return true;
    } catch (err) {
      const e = toBatonError(err);
      setProblems(e.issues.length ? e.issues.map((i) => `${i.field} ${i.problem}`) : [e.message]);
      return false;
    }
  };
  const held = retro.status === 'done';
  const whatWorked = useSavedOnBlur(retro.whatWorked, (text) =>
    run(() => api.retrospectives.update({ id: retro.id, whatWorked: text })),
  );
  const whatDidNot = useSavedOnBlur(retro.whatDidNot, (text) =>
    run(() => api.retrospectives.update({ id: retro.id, whatDidNot: text })),
  );

  return (
    <section className="retro-form" aria-labelledby={headingId}>
      <header className="retro-form__head">
        <h2 id={headingId}>Retrospective: {retro.campaignName}</h2>
        <Badge tone={stateTone(retro)}>{retro.stateMessage}</Badge>
        <span className="retro-muted">
          {retro.clientName} · {campaignTypeLabel(retro.campaignType)} · owner{' '}
          {retro.ownerName ?? 'none'}
        </span>
      </header>
      <TextArea label="What worked (to repeat)" rows={3} {...whatWorked} />
      <TextArea label="What didn't work, and why" rows={3} {...whatDidNot} />
      <h3 className="retro-form__sub">Process improvements</h3>
      <ImprovementList api={api} retro={retro} people={people} run={run} />
      <form
        className="retro-form__row"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() =>
            api.retrospectives.addImprovement({ retrospectiveId: retro.id, text: improvement }),
          ).then((ok) => ok && setImprovement(''));
        }}
      >
        <TextField
          label="New improvement"
          value={improvement}
          onChange={(e) => setImprovement(e.target.value)}
        />
        <Button type="submit">Add improvement</Button>
      </form>
      <h3 className="retro-form__sub">Into the playbook</h3>
      <form
        className="retro-form__learning"
        onSubmit={(e) => {
          e.preventDefault();
          void run(
            () =>
              api.retrospectives.addLearning({
                retrospectiveId: retro.id,
                title: learningTitle,
                body: learningBody,
              }),
            'Learning added to the playbook',
          ).then((ok) => {
            if (ok) {
              setLearningTitle('');
              setLearningBody('');
            }
          });
        }}
      >
        <TextField
          label="Learning"
          value={learningTitle}
          onChange={(e) => setLearningTitle(e.target.value)}
        />
        <TextArea
          label="What to do next time"
          rows={2}
          value={learningBody}
          onChange={(e) => setLearningBody(e.target.value)}
        />
        <Button type="submit">Add to playbook</Button>
      </form>
      {problems.length > 0 && (
        <ul className="retro-form__problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="retro-form__row">
        <Button
          variant="primary"
          disabled={held}
          onClick={() =>
            void run(() => api.retrospectives.complete({ id: retro.id }), 'Retrospective held')
          }
        >
          {held ? 'Held' : 'Complete retrospective'}
        </Button>
      </div>
      <StartNextCampaign api={api} retro={retro} />
    </section>
  );
}
