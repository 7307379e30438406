import { useEffect, useState } from 'react';
import type { RetrospectiveView } from '../../../shared/model';
import type { ApiClient } from '../../api/client';
import { toBatonError } from '../../api/errors';
import { Button, TextField, toast } from '../../ui';

/**
 * "Start next campaign": same client, type and channels; the learnings ticked go into the new
 * brief's Context field.
 */
export function StartNextCampaign({ api, retro }: { api: ApiClient; retro: RetrospectiveView }) {
  const [name, setName] = useState(`${retro.campaignName} — next`);
  const [chosen, setChosen] = useState<Set<string>>(new Set(retro.learningIds));
  const [problem, setProblem] = useState<string | null>(null);
  const learnings = retro.learnings;
  // A learning just added is ticked: it is what the next campaign is for.
  const idsKey = retro.learningIds.join(',');
  useEffect(() => {
    setChosen(new Set(idsKey ? idsKey.split(',') : []));
  }, [idsKey]);

  const start = async () => {
    try {
      const campaign = await api.retrospectives.startNextCampaign({
        retrospectiveId: retro.id,
        name,
        learningIds: [...chosen],
      });
      setProblem(null);
      toast.show({ kind: 'success', title: `Started “${campaign.name}” in Strategy` });
    } catch (err) {
      setProblem(toBatonError(err).message);
    }
  };

  return (
    <fieldset className="retro-next">
      <legend>Start next campaign</legend>
      <TextField label="New campaign name" value={name} onChange={(e) => setName(e.target.value)} />
      {learnings.length > 0 && (
        <div className="retro-next__learnings">
          <span className="retro-muted">Carry into its brief:</span>
          {learnings.map((l) => (
            <label key={l.id} className="retro-form__check">
              <input
                type="checkbox"
                checked={chosen.has(l.id)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(l.id);
                  else next.delete(l.id);
                  setChosen(next);
                }}
              />
              {l.title}
            </label>
          ))}
        </div>
      )}
      {problem && (
        <p className="retro-form__problems" role="alert">
          {problem}
        </p>
      )}
      <Button onClick={() => void start()}>Start next campaign</Button>
    </fieldset>
  );
}
