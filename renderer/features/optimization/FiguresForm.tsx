import { useState } from 'react';
import type { CsvRowProblem, MetricStandard } from '../../../shared/model';
import { Button, TextArea } from '../../ui';
import { toBatonError } from '../../api/errors';
import { useOptimizationCall } from './useOptimizationCall';

/** Daily figures pasted as `day,metric,value`: good rows imported, bad ones listed by line. */
export function FiguresForm({
  campaignId,
  standard,
}: {
  campaignId: string;
  standard: readonly MetricStandard[];
}) {
  const { api, run } = useOptimizationCall();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<{ imported: number; problems: CsvRowProblem[] } | null>(
    null,
  );
  const [error, setError] = useState<string | null>(null);
  const example = standard[0] ? `2026-03-02,${standard[0].key},12.5` : 'day,metric,value';
  return (
    <form
      className="opt-figures"
      onSubmit={(e) => {
        e.preventDefault();
        void (async () => {
          try {
            const result = await api.optimization.importCsv({ campaignId, text });
            setOutcome(result);
            setError(null);
            if (result.problems.length === 0) setText('');
            await run((a) => a.optimization.campaign({ campaignId }));
          } catch (err) {
            setError(toBatonError(err).message);
          }
        })();
      }}
    >
      <TextArea
        label="Paste daily figures"
        hint={`One line per figure: day,metric,value (for example ${example}); metrics: ${standard.map((m) => m.key).join(', ')}`}
        rows={3}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <Button type="submit" size="sm" disabled={text.trim() === ''}>
        Import figures
      </Button>
      {outcome && (
        <div role="status" className="opt-figures__result">
          <p>{outcome.imported} imported.</p>
          {outcome.problems.length > 0 && (
            <ul className="opt-error">
              {outcome.problems.map((p) => (
                <li key={p.line}>
                  Line {p.line}: {p.problem}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {error && (
        <p className="opt-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
