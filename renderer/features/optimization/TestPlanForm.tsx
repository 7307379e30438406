import { useState } from 'react';
import type { MetricStandard } from '../../../shared/model';
import { Button, Select, TextArea, TextField } from '../../ui';
import { useOptimizationCall } from './useOptimizationCall';

/** A new test plan; the service checks it (≥ 2 variants, a metric of the standard…). */
export function TestPlanForm({
  campaignId,
  standard,
}: {
  campaignId: string;
  standard: readonly MetricStandard[];
}) {
  const { run, error, busy } = useOptimizationCall();
  const [hypothesis, setHypothesis] = useState('');
  const [variants, setVariants] = useState('');
  const [primaryMetric, setPrimaryMetric] = useState(standard[0]?.key ?? '');
  const [mde, setMde] = useState('');
  const [days, setDays] = useState('14');
  return (
    <form
      className="opt-plan-form"
      aria-label="New test plan"
      onSubmit={(e) => {
        e.preventDefault();
        void run((api) =>
          api.optimization.createTestPlan({
            campaignId,
            backlogItemId: null,
            hypothesis,
            variants: variants.split(/\r?\n|,/),
            primaryMetric,
            minimumDetectableEffect: mde,
            durationDays: Number.parseInt(days, 10) || 0,
          }),
        ).then((ok) => {
          if (ok) {
            setHypothesis('');
            setVariants('');
            setMde('');
          }
        });
      }}
    >
      <TextArea
        label="Hypothesis"
        rows={2}
        value={hypothesis}
        onChange={(e) => setHypothesis(e.target.value)}
      />
      <TextField
        label="Variants"
        hint="Comma-separated, at least two"
        value={variants}
        onChange={(e) => setVariants(e.target.value)}
      />
      <Select
        label="Primary metric"
        value={primaryMetric}
        onChange={(e) => setPrimaryMetric(e.target.value)}
      >
        {standard.map((m) => (
          <option key={m.key} value={m.key}>
            {m.name}
          </option>
        ))}
      </Select>
      <TextField
        label="Minimum detectable effect"
        hint="For example +0.3 pt CTR"
        value={mde}
        onChange={(e) => setMde(e.target.value)}
      />
      <TextField
        label="Duration (days)"
        type="number"
        min={1}
        value={days}
        onChange={(e) => setDays(e.target.value)}
      />
      <Button type="submit" size="sm" busy={busy}>
        Add test plan
      </Button>
      {error && (
        <p className="opt-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
