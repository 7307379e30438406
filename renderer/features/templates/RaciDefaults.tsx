import { TextField } from '../../ui';
import type { TemplateDraft } from './templateDraft';

type Raci = TemplateDraft['defaultRaci'];

const titles = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

/**
 * Role titles matched against people's role titles when a handoff opens. Uncontrolled, so a
 * comma being typed is not tidied away; the editor remounts it when it opens a version.
 */
export function RaciDefaults({ raci, onChange }: { raci: Raci; onChange: (r: Raci) => void }) {
  const list = (role: 'R' | 'C' | 'I', label: string) => (
    <TextField
      label={label}
      hint="Role titles, separated by commas"
      defaultValue={raci[role].join(', ')}
      onChange={(e) => onChange({ ...raci, [role]: titles(e.target.value) })}
    />
  );
  return (
    <div className="tpl-raci">
      {list('R', 'Responsible')}
      <TextField
        label="Accountable"
        hint="One role title"
        defaultValue={raci.A ?? ''}
        onChange={(e) => onChange({ ...raci, A: e.target.value.trim() || null })}
      />
      {list('C', 'Consulted')}
      {list('I', 'Informed')}
    </div>
  );
}
