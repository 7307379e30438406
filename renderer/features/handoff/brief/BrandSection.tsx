import { useState } from 'react';
import type { BrandGuidelines, TemplateField } from '../../../../shared/model';
import { Badge, Button } from '../../../ui';
import { useHandoff } from '../handoffContext';
import { FieldEditor } from '../package/FieldEditor';
import { useFieldCommands } from '../package/fieldCommands';
import { asText } from '../package/fieldValues';
import { clientBrandText, hasBrandGuidelines, isBrandOverridden } from './brandGuidelines';

/**
 * Brand guidelines and constraints: inherited from the client and shown read-only, until
 * someone chooses "Override for this campaign"; then the brief's `brand` field (which starts as
 * the client's text) is edited here, and can be reset to the client's guidelines.
 */
export function BrandSection({ field }: { field: TemplateField }) {
  const { campaign, detail } = useHandoff();
  const request = useFieldCommands((s) => s.request);
  const [editing, setEditing] = useState(false);
  const text = asText(detail.fields[field.key] ?? null);
  const brand = campaign?.client.brand;
  // Without the client (still loading, or it failed) the field is simply editable.
  if (!campaign || !brand) return <FieldEditor field={field} />;
  const clientName = campaign.client.name;
  const overridden = isBrandOverridden(text, brand);

  if (editing || overridden) {
    return (
      <div className="hf-brand-edit">
        <FieldEditor field={field} />
        <div className="hf-brand__actions">
          {overridden ? <Badge tone="accent">Overridden for this campaign</Badge> : null}
          {overridden ? (
            <Button
              size="sm"
              variant="secondary"
              onClick={() => {
                request(detail.handoff.id, field.key, () => clientBrandText(brand));
                setEditing(false);
              }}
            >
              Reset to {clientName}’s guidelines
            </Button>
          ) : (
            <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
              Keep {clientName}’s guidelines
            </Button>
          )}
        </div>
      </div>
    );
  }

  return (
    <div className="hf-field">
      <div className="hf-field__head">
        <span className="hf-field__label">{field.label}</span>
        <Badge tone="neutral">From {clientName}</Badge>
      </div>
      <div className="hf-brand">
        <p className="hf-brand__title">{clientName}’s brand guidelines</p>
        {hasBrandGuidelines(brand) ? (
          <GuidelineList brand={brand} />
        ) : (
          <p className="hf-muted">{clientName} has no brand guidelines yet.</p>
        )}
        <div className="hf-brand__actions">
          <Button
            size="sm"
            variant="secondary"
            onClick={() => {
              setEditing(true);
              // Starts from the client's text (as the backend prefills it) and puts the person in it.
              request(detail.handoff.id, field.key, (current) =>
                asText(current).trim() ? current : clientBrandText(brand),
              );
            }}
          >
            Override for this campaign
          </Button>
          <span className="hf-muted">Changes apply to this campaign only.</span>
        </div>
      </div>
    </div>
  );
}

function GuidelineList({ brand }: { brand: BrandGuidelines }) {
  const rows: [string, string | string[]][] = [
    ['Voice', brand.voice],
    ['Do', brand.dos],
    ['Don’t', brand.donts],
    ['Logo', brand.logoRules],
    ['Colour', brand.colourRules],
    ['Legal lines', brand.legalLines],
  ];
  return (
    <dl className="hf-brand__list">
      {rows
        .filter(([, v]) => (Array.isArray(v) ? v.length > 0 : v.trim().length > 0))
        .map(([term, v]) => (
          <div key={term} className="hf-brand__row">
            <dt>{term}</dt>
            <dd>
              {Array.isArray(v) ? (
                <ul>
                  {v.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              ) : (
                v
              )}
            </dd>
          </div>
        ))}
    </dl>
  );
}
