import { useId } from 'react';
import type { TemplateField } from '../../../../shared/model';
import { BRAND_FIELD_KEY } from '../brief/brandGuidelines';
import { BrandSection } from '../brief/BrandSection';
import {
  BRIEF_TEMPLATE_ID,
  briefGroups,
  missingAspects,
  plainGroups,
  type FieldGroup,
} from '../brief/briefLayout';
import { useHandoff } from '../handoffContext';
import { FieldEditor } from './FieldEditor';
import type { RowSuggestion } from './editors/TableEditor';

/**
 * The package fields of the handoff's template, in order, one editor per type. The Strategy →
 * Creative brief (system 1) is laid out in its sections, with the client's brand guidelines
 * and quick-add rows for the four audience aspects.
 */
export function PackageEditor() {
  const { detail } = useHandoff();
  const headingId = useId();
  const brief = detail.template.id === BRIEF_TEMPLATE_ID;
  const groups = brief ? briefGroups(detail.template) : plainGroups(detail.template);
  return (
    <section className="hp-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="hp-section__title">
        Package
      </h3>
      {groups.map((group) => (
        <Group key={group.id} group={group} brief={brief} />
      ))}
    </section>
  );
}

function Group({ group, brief }: { group: FieldGroup; brief: boolean }) {
  const titleId = useId();
  const fields = group.fields.map((f) =>
    brief && f.key === BRAND_FIELD_KEY ? (
      <BrandSection key={f.key} field={f} />
    ) : (
      <FieldEditor key={f.key} field={f} suggestions={suggestionsFor(f, brief)} />
    ),
  );
  if (group.title === null) return <>{fields}</>;
  return (
    <div className="hf-group" role="group" aria-labelledby={titleId}>
      <h4 id={titleId} className="hf-group__title">
        {group.title}
      </h4>
      {fields}
    </div>
  );
}

function suggestionsFor(
  field: TemplateField,
  brief: boolean,
): ((rows: Record<string, string>[]) => RowSuggestion[]) | undefined {
  if (!brief || field.key !== 'audience') return undefined;
  return (rows) => missingAspects(rows).map((aspect) => ({ label: aspect, row: { aspect } }));
}
