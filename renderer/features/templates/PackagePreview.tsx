import { Badge } from '../../ui';
import type { DraftField, TemplateDraft } from './templateDraft';

function Placeholder({ field }: { field: DraftField }) {
  switch (field.type) {
    case 'long_text':
      return <div className="tpl-preview__box tpl-preview__box--tall" />;
    case 'list':
      return (
        <ul className="tpl-preview__list">
          <li>
            <div className="tpl-preview__box" />
          </li>
        </ul>
      );
    case 'table':
      return (
        <table className="tpl-preview__table">
          <thead>
            <tr>
              {field.columns.map((c, i) => (
                <th key={i} scope="col">
                  {c.label || '…'}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {field.columns.map((_, i) => (
                <td key={i} />
              ))}
            </tr>
          </tbody>
        </table>
      );
    case 'date':
      return <div className="tpl-preview__box tpl-preview__box--short">YYYY-MM-DD</div>;
    case 'person':
      return <div className="tpl-preview__box tpl-preview__box--short">Choose a person</div>;
    case 'link':
      return <div className="tpl-preview__box">https://…</div>;
    case 'number':
      return <div className="tpl-preview__box tpl-preview__box--short">0</div>;
    default:
      return <div className="tpl-preview__box" />;
  }
}

/** The package as the receiver will meet it in the handoff panel, from the unsaved draft. */
export function PackagePreview({ draft, title }: { draft: TemplateDraft; title: string }) {
  const raci = draft.defaultRaci;
  return (
    <aside className="tpl-preview" aria-label="Preview of the package">
      <p className="tpl-preview__eyebrow">What the receiver sees</p>
      <div className="tpl-preview__card">
        <h3>{draft.name.trim() || 'Untitled package'}</h3>
        <p className="tpl-preview__sub">{title}</p>
        {draft.fields.length === 0 ? (
          <p className="tpl-preview__empty">No package fields: only the checklist and RACI.</p>
        ) : (
          <ol className="tpl-preview__fields" aria-label="Fields in the preview">
            {draft.fields.map((f) => (
              <li key={f.uid}>
                <div className="tpl-preview__label">
                  <span>{f.label.trim() || 'Untitled field'}</span>
                  {f.required ? <Badge tone="accent">Required</Badge> : null}
                </div>
                {f.help.trim() ? <p className="tpl-preview__help">{f.help}</p> : null}
                <Placeholder field={f} />
              </li>
            ))}
          </ol>
        )}
        <h4>Checklist</h4>
        {draft.checklist.length === 0 ? (
          <p className="tpl-preview__empty">No checklist items.</p>
        ) : (
          <ul className="tpl-preview__checklist" aria-label="Checklist in the preview">
            {draft.checklist.map((c) => (
              <li key={c.uid}>
                <span className="tpl-preview__tick" aria-hidden="true" />
                <span>{c.label.trim() || 'Untitled item'}</span>
                {c.required ? null : <span className="tpl-preview__optional">optional</span>}
              </li>
            ))}
          </ul>
        )}
        <h4>RACI suggested</h4>
        <dl className="tpl-preview__raci">
          <dt>Responsible</dt>
          <dd>{raci.R.join(', ') || '—'}</dd>
          <dt>Accountable</dt>
          <dd>{raci.A ?? '—'}</dd>
          <dt>Consulted</dt>
          <dd>{raci.C.join(', ') || '—'}</dd>
          <dt>Informed</dt>
          <dd>{raci.I.join(', ') || '—'}</dd>
        </dl>
        <p className="tpl-preview__sub">
          {draft.durationDays} working days, {draft.bufferDays} days buffer
        </p>
      </div>
    </aside>
  );
}
