import { useState } from 'react';
import { Button, TextField } from '../../ui';
import { toBatonError } from '../../api/errors';
import { useOptimizationCall } from './useOptimizationCall';

/** Finishing a test with its result, which becomes a finding of the next open review. */
export function FinishTestPlan({ planId, campaignId }: { planId: string; campaignId: string }) {
  const { api, run } = useOptimizationCall();
  const [result, setResult] = useState('');
  const [note, setNote] = useState<string | null>(null);
  return (
    <form
      className="opt-finding__form"
      onSubmit={(e) => {
        e.preventDefault();
        void (async () => {
          try {
            const done = await api.optimization.finishTestPlan({ id: planId, result });
            setNote(
              done.finding
                ? 'Added as a finding of the next open review.'
                : `No open review: take this finding to the next one — ${done.findingText}`,
            );
            await run((a) => a.optimization.campaign({ campaignId }));
          } catch (err) {
            setNote(toBatonError(err).message);
          }
        })();
      }}
    >
      <TextField label="Result" value={result} onChange={(e) => setResult(e.target.value)} />
      <Button type="submit" size="sm" disabled={result.trim() === ''}>
        Finish test
      </Button>
      {note && <p role="status">{note}</p>}
    </form>
  );
}
