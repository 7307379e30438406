import { useState } from 'react';
import {
  buildUtmLink,
  checkUtmLinks,
  normaliseUtmValue,
  UTM_PARAMS,
  type UtmField,
} from '../../../../../shared/domain/launch/utm';
import { Button, CloseIcon, PlusIcon } from '../../../../ui';
import type { TableRowDraft } from '../fieldValues';
import type { EditorProps } from './editorProps';
import { groupFocusHandlers } from './groupFocus';

const LABELS: Record<UtmField, string> = {
  baseUrl: 'Landing page',
  source: 'Source',
  medium: 'Medium',
  campaign: 'Campaign',
  content: 'Content',
  term: 'Term',
};
const FIELDS: readonly UtmField[] = ['baseUrl', ...UTM_PARAMS];
const REQUIRED: ReadonlySet<UtmField> = new Set(['baseUrl', 'source', 'medium', 'campaign']);

function blankLink(): TableRowDraft {
  return Object.fromEntries(FIELDS.map((f) => [f, '']));
}

/**
 * The UTM builder: one block per tracked link with its landing page and parameters. Values are
 * written the house way when a cell is left ("Facebook → facebook", shown while typing), each
 * problem is named under the link with its cell marked, links that build the same URL or spell a
 * value two ways are flagged, and the full URL is shown with a Copy button.
 */
export function UtmEditor(p: EditorProps<TableRowDraft[]>) {
  const rows = p.value.length > 0 ? p.value : [blankLink()];
  const set = checkUtmLinks(rows);
  const [copied, setCopied] = useState<number | null>(null);

  const setCell = (r: number, key: UtmField, text: string) =>
    p.onChange(rows.map((row, i) => (i === r ? { ...blankLink(), ...row, [key]: text } : row)));
  const normaliseCell = (r: number, key: UtmField) => {
    if (key === 'baseUrl') return;
    const raw = rows[r]?.[key] ?? '';
    const value = normaliseUtmValue(raw);
    if (value !== raw) setCell(r, key, value);
  };
  const copy = (r: number, url: string) => {
    void navigator.clipboard?.writeText(url).then(
      () => setCopied(r),
      () => setCopied(null),
    );
  };

  return (
    <div
      className="hf-utm"
      role="group"
      aria-labelledby={p.labelId}
      aria-describedby={p.describedBy}
      {...groupFocusHandlers(p.onFocus, p.onBlur)}
    >
      {rows.map((row, r) => {
        const built = buildUtmLink(row);
        const problems = built.ok ? [] : built.problems;
        const between = set.issues.filter((i) => i.rows.includes(r));
        const bad = new Set<string>(problems.map((x) => x.field));
        for (const i of between) bad.add(i.field);
        const notesId = `${p.id}-link-${r}-notes`;
        return (
          <div
            key={r}
            className={`hf-utm__link${problems.length + between.length > 0 ? ' hf-utm__link--problem' : ''}`}
            role="group"
            aria-label={`Link ${r + 1}`}
          >
            <div className="hf-utm__head">
              <span className="hf-utm__title">Link {r + 1}</span>
              <Button
                size="sm"
                variant="ghost"
                icon={<CloseIcon />}
                aria-label={`Remove link ${r + 1}`}
                disabled={p.value.length === 0}
                onClick={() => p.onChange(rows.filter((_, i) => i !== r))}
              />
            </div>
            <div className="hf-utm__cells">
              {FIELDS.map((f, fi) => (
                <label
                  key={f}
                  className={`hf-utm__cell${f === 'baseUrl' ? ' hf-utm__cell--wide' : ''}`}
                >
                  <span className="hf-utm__label">
                    {LABELS[f]}
                    {REQUIRED.has(f) ? null : <span className="hf-utm__optional"> (optional)</span>}
                  </span>
                  <input
                    id={r === 0 && fi === 0 ? p.id : undefined}
                    className="ui-control"
                    type={f === 'baseUrl' ? 'url' : 'text'}
                    spellCheck={false}
                    aria-label={`${LABELS[f]}, link ${r + 1}`}
                    aria-invalid={bad.has(f) || (f === 'baseUrl' && bad.has('url')) || undefined}
                    aria-describedby={notesId}
                    value={row[f] ?? ''}
                    onChange={(e) => setCell(r, f, e.currentTarget.value)}
                    onBlur={() => normaliseCell(r, f)}
                  />
                </label>
              ))}
            </div>
            <div id={notesId} className="hf-utm__notes" aria-live="polite">
              {built.normalised.map((n) => (
                <p key={n.field} className="hf-utm__normalised">
                  {LABELS[n.field]}: {n.from} → {n.to}
                </p>
              ))}
              {problems.map((x) => (
                <p key={x.field} className="hf-utm__problem">
                  {LABELS[x.field]} {x.problem}
                </p>
              ))}
              {between.map((i) => (
                <p key={`${i.kind}:${i.field}`} className="hf-utm__problem">
                  {i.message}
                </p>
              ))}
            </div>
            {built.ok ? (
              <div className="hf-utm__url">
                <code className="hf-utm__url-text" aria-label={`Full URL of link ${r + 1}`}>
                  {built.url}
                </code>
                <Button
                  size="sm"
                  variant="secondary"
                  aria-label={`Copy the full URL of link ${r + 1}`}
                  onClick={() => copy(r, built.url)}
                >
                  {copied === r ? 'Copied' : 'Copy'}
                </Button>
              </div>
            ) : null}
          </div>
        );
      })}
      <div className="hf-table__add">
        <Button
          size="sm"
          variant="ghost"
          icon={<PlusIcon />}
          onClick={() => {
            const last = rows[rows.length - 1];
            const blank = last && FIELDS.every((f) => (last[f] ?? '').trim() === '');
            if (!blank) p.onChange([...rows, blankLink()]);
          }}
        >
          Add link
        </Button>
      </div>
    </div>
  );
}
