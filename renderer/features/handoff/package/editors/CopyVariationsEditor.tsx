import { useState } from 'react';
import { specName } from '../../../../../shared/domain/production';
import {
  checkCopyVariations,
  nextVariationLabel,
} from '../../../../../shared/domain/production/copyVariations';
import { copyLimitCounts } from '../../../../../shared/domain/production/copyLimitCounts';
import { Button, CloseIcon, PlusIcon } from '../../../../ui';
import { useHandoff } from '../../handoffContext';
import type { TableRowDraft } from '../fieldValues';
import type { EditorProps } from './editorProps';
import { groupFocusHandlers } from './groupFocus';
import { useCopySpecs } from './useCopySpecs';
import './copyVariations.css';

const PARTS = [
  { key: 'headline', label: 'Headline', multiline: false },
  { key: 'body', label: 'Body', multiline: true },
  { key: 'cta', label: 'Call to action', multiline: false },
] as const;

function blank(label: string): TableRowDraft {
  return { label, headline: '', body: '', cta: '' };
}

const asVariation = (row: TableRowDraft) => ({
  label: row.label ?? '',
  headline: row.headline ?? '',
  body: row.body ?? '',
  cta: row.cta ?? '',
});

/**
 * Copy variations A, B, C… each with its headline, body and CTA counted as typed against the
 * limits of the campaign's channel specs (the specs of its assets), over-limit counts in words.
 */
export function CopyVariationsEditor(p: EditorProps<TableRowDraft[]>) {
  const { api, detail } = useHandoff();
  const specs = useCopySpecs(api, detail.handoff.campaignId);
  const [chosenId, setChosenId] = useState('');
  const counted =
    specs.campaign.length > 0 ? specs.campaign : specs.all.filter((s) => s.id === chosenId);
  const rows = p.value.length > 0 ? p.value : [blank('A')];
  const labelProblems = checkCopyVariations(rows.map(asVariation), null).problems.filter(
    (x) => x.field === 'label',
  );

  const setRow = (r: number, key: string, text: string) =>
    p.onChange(rows.map((row, i) => (i === r ? { ...blank(''), ...row, [key]: text } : row)));

  return (
    <div
      className="hf-copy"
      role="group"
      aria-labelledby={p.labelId}
      aria-describedby={p.describedBy}
      {...groupFocusHandlers(p.onFocus, p.onBlur)}
    >
      <p className="hf-copy__against">
        {specs.campaign.length > 0 ? (
          <>
            Counted against {specs.campaign.map(specName).join(', ')} (the specs of this campaign’s
            assets).
          </>
        ) : (
          <label>
            No asset of this campaign has a spec with text limits yet. Count against{' '}
            <select
              className="ui-control hf-copy__select"
              value={chosenId}
              onChange={(e) => setChosenId(e.currentTarget.value)}
            >
              <option value="">no spec (counts only)</option>
              {specs.all.map((s) => (
                <option key={s.id} value={s.id}>
                  {specName(s)}
                </option>
              ))}
            </select>
          </label>
        )}
      </p>
      <ul className="hf-copy__items">
        {rows.map((row, r) => {
          const counts = copyLimitCounts(asVariation(row), counted);
          const label = (row.label ?? '').trim() || `variation ${r + 1}`;
          const problems = labelProblems.filter((x) => x.label === (row.label ?? ''));
          return (
            <li key={r} className="hf-copy__item" aria-label={`Variation ${label}`}>
              <div className="hf-copy__head">
                <input
                  id={r === 0 ? p.id : undefined}
                  className="ui-control hf-copy__label"
                  aria-label={`Label of variation ${r + 1}`}
                  aria-invalid={problems.length > 0 || undefined}
                  value={row.label ?? ''}
                  onChange={(e) => setRow(r, 'label', e.currentTarget.value.toUpperCase())}
                  maxLength={3}
                />
                <Button
                  size="sm"
                  variant="ghost"
                  icon={<CloseIcon />}
                  aria-label={`Remove variation ${label}`}
                  disabled={p.value.length === 0}
                  onClick={() => p.onChange(rows.filter((_, i) => i !== r))}
                />
              </div>
              {PARTS.map((part, k) => {
                const count = counts[k]!;
                const control = {
                  className: 'ui-control',
                  'aria-label': `${part.label} of variation ${label}`,
                  placeholder: part.label,
                  'aria-invalid': count.severity === 'error' || undefined,
                  value: row[part.key] ?? '',
                };
                return (
                  <div key={part.key} className="hf-copy__part">
                    {part.multiline ? (
                      <textarea
                        {...control}
                        rows={2}
                        onChange={(e) => setRow(r, part.key, e.currentTarget.value)}
                      />
                    ) : (
                      <input
                        {...control}
                        onChange={(e) => setRow(r, part.key, e.currentTarget.value)}
                      />
                    )}
                    <span className={`hf-copy__count hf-copy__count--${count.severity}`}>
                      {count.text}
                    </span>
                  </div>
                );
              })}
              {problems.length > 0 && (
                <ul className="hf-copy__problems">
                  {problems.map((x) => (
                    <li key={x.message}>{x.message}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <Button
        size="sm"
        variant="ghost"
        icon={<PlusIcon />}
        onClick={() =>
          p.onChange([...rows, blank(nextVariationLabel(rows.map((x) => x.label ?? '')))])
        }
      >
        Add variation {nextVariationLabel(rows.map((x) => x.label ?? ''))}
      </Button>
    </div>
  );
}
