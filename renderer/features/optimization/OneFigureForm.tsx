import { useState } from 'react';
import type { MetricStandard } from '../../../shared/model';
import { Button, Select, TextField } from '../../ui';
import { useOptimizationCall } from './useOptimizationCall';

/**
 * One figure typed in (a day, a metric of the standard, a value), for the analyst who reads a
 * number off a dashboard rather than exporting a CSV. Decimal commas are read as points.
 */
export function OneFigureForm({
  campaignId,
  standard,
  today,
}: {
  campaignId: string;
  standard: readonly MetricStandard[];
  today: string;
}) {
  const { run, error, busy } = useOptimizationCall();
  const [day, setDay] = useState(today);
  const [metricKey, setMetricKey] = useState(standard[0]?.key ?? '');
  const [value, setValue] = useState('');
  const [valueError, setValueError] = useState<string | null>(null);
  const metric = standard.find((m) => m.key === metricKey);
  return (
    <form
      className="opt-one-figure"
      aria-label="Add one figure"
      onSubmit={(e) => {
        e.preventDefault();
        const number = Number(value.trim().replace(',', '.'));
        if (value.trim() === '' || !Number.isFinite(number)) {
          setValueError(`must be a number, not "${value}"`);
          return;
        }
        setValueError(null);
        void run((api) =>
          api.optimization.addEntry({ campaignId, metricKey, day, value: number }),
        ).then((saved) => {
          if (saved) setValue('');
        });
      }}
    >
      <TextField label="Day" type="date" value={day} onChange={(e) => setDay(e.target.value)} />
      <Select label="Metric" value={metricKey} onChange={(e) => setMetricKey(e.target.value)}>
        {standard.map((m) => (
          <option key={m.key} value={m.key}>
            {m.name}
          </option>
        ))}
      </Select>
      <TextField
        label={metric?.unit ? `Value (${metric.unit})` : 'Value'}
        inputMode="decimal"
        value={value}
        error={valueError ?? undefined}
        onChange={(e) => setValue(e.target.value)}
      />
      <Button type="submit" size="sm" disabled={busy || metricKey === ''}>
        Add figure
      </Button>
      {error && (
        <p className="opt-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
