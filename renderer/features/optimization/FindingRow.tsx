import { useState } from 'react';
import type { ReviewFinding } from '../../../shared/model';
import { Badge, Button, TextField } from '../../ui';
import { useOptimizationCall } from './useOptimizationCall';

const SCALE = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

function ScaleSelect(props: { label: string; value: number; onChange: (n: number) => void }) {
  return (
    <label className="opt-scale">
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(Number(e.target.value))}>
        {SCALE.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A finding with its outcome: an action into the backlog, or "no action, because …". */
export function FindingRow({
  finding,
  index,
  editable,
}: {
  finding: ReviewFinding;
  index: number;
  editable: boolean;
}) {
  const { run, error, busy } = useOptimizationCall();
  const [mode, setMode] = useState<'none' | 'action' | 'no_action'>('none');
  const [title, setTitle] = useState(finding.text.slice(0, 120));
  const [ice, setIce] = useState({ impact: 5, confidence: 5, effort: 5 });
  const [reason, setReason] = useState(finding.noActionReason);
  const label = `Finding ${index + 1}`;
  return (
    <li className="opt-finding" aria-label={label}>
      <p className="opt-finding__text">
        <strong>{label}:</strong> {finding.text}
      </p>
      {finding.outcome === 'action' ? (
        <Badge tone="success" dot>
          Action in the backlog
        </Badge>
      ) : finding.outcome === 'no_action' ? (
        <Badge tone="neutral">No action, because {finding.noActionReason}</Badge>
      ) : (
        <Badge tone="warning" dot>
          Needs an action or a reason
        </Badge>
      )}
      {editable && finding.outcome === null && mode === 'none' && (
        <div className="opt-finding__choices">
          <Button size="sm" onClick={() => setMode('action')}>
            Add to backlog
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setMode('no_action')}>
            No action, because …
          </Button>
        </div>
      )}
      {editable && mode === 'action' && finding.outcome === null && (
        <form
          className="opt-finding__form"
          onSubmit={(e) => {
            e.preventDefault();
            void run((api) =>
              api.optimization.updateFinding({
                id: finding.id,
                outcome: 'action',
                action: { title, ...ice },
              }),
            );
          }}
        >
          <TextField
            label="Backlog item"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
          <ScaleSelect
            label="Impact"
            value={ice.impact}
            onChange={(impact) => setIce({ ...ice, impact })}
          />
          <ScaleSelect
            label="Confidence"
            value={ice.confidence}
            onChange={(confidence) => setIce({ ...ice, confidence })}
          />
          <ScaleSelect
            label="Effort"
            value={ice.effort}
            onChange={(effort) => setIce({ ...ice, effort })}
          />
          <Button type="submit" size="sm" variant="primary" busy={busy}>
            Add to backlog
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setMode('none')}>
            Cancel
          </Button>
        </form>
      )}
      {editable && mode === 'no_action' && finding.outcome === null && (
        <form
          className="opt-finding__form"
          onSubmit={(e) => {
            e.preventDefault();
            void run((api) =>
              api.optimization.updateFinding({
                id: finding.id,
                outcome: 'no_action',
                noActionReason: reason,
              }),
            );
          }}
        >
          <TextField
            label="No action, because …"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <Button type="submit" size="sm" variant="primary" busy={busy}>
            Save reason
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setMode('none')}>
            Cancel
          </Button>
        </form>
      )}
      {editable && finding.outcome !== null && (
        <Button
          size="sm"
          variant="ghost"
          onClick={() => {
            setMode('none');
            void run((api) => api.optimization.updateFinding({ id: finding.id, outcome: null }));
          }}
        >
          Change
        </Button>
      )}
      {error && (
        <p className="opt-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
