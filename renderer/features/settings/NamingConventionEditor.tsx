import { type FormEvent, useId, useMemo, useState } from 'react';
import {
  DEFAULT_NAMING_CONVENTION,
  describeShape,
  parseNamingPattern,
  suggestName,
  validateFileName,
} from '../../../shared/domain/production';
import { exampleFileName } from '../../../shared/domain/production/exampleName';
import type { ProductionLibraryView } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { Button, TextField, toast } from '../../ui';

/** The pattern checked as it is typed, with the name it produces and a name to try against it. */
export function NamingConventionEditor({
  library,
  onSaved,
}: {
  library: ProductionLibraryView;
  onSaved: (next: ProductionLibraryView) => void;
}) {
  const api = useApi();
  const headingId = useId();
  const [pattern, setPattern] = useState(library.pattern);
  const [serverError, setServerError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const parsed = useMemo(() => parseNamingPattern(pattern), [pattern]);
  const convention = parsed.ok ? parsed.convention : null;
  const changed = pattern.trim() !== library.pattern;
  const error = parsed.ok
    ? serverError
    : parsed.problems.map((p) => p.replace(/^pattern: /, '')).join('; ');

  async function save(next: string | null) {
    setBusy(true);
    try {
      const saved = await api.production.setNamingPattern({ pattern: next });
      onSaved(saved);
      setPattern(saved.pattern);
      toast.show({
        kind: 'success',
        title: next === null ? 'Naming convention back to the default' : 'Naming convention saved',
      });
    } catch (err) {
      const e = toBatonError(err);
      setServerError(e.issues.map((i) => i.problem).join('; ') || e.message);
    } finally {
      setBusy(false);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (parsed.ok && changed) void save(pattern);
  }

  return (
    <div className="production-part" aria-labelledby={headingId} role="group">
      <h3 id={headingId}>Naming convention</h3>
      <form className="production-pattern" onSubmit={submit} noValidate>
        <TextField
          label="Pattern"
          value={pattern}
          error={error}
          hint={`Tokens: YYYY-MM-DD or YYYYMMDD, client, campaign, asset-name, vNN, ext — separated by _ - or . (default ${library.defaultPattern})`}
          onChange={(e) => {
            setPattern(e.target.value);
            setServerError(undefined);
          }}
          spellCheck={false}
        />
        <div className="settings-section__actions">
          <Button
            type="submit"
            variant="primary"
            size="sm"
            busy={busy}
            disabled={!changed || !parsed.ok}
          >
            Save pattern
          </Button>
          <Button
            type="button"
            size="sm"
            disabled={!library.customPattern || busy}
            onClick={() => void save(null)}
          >
            Reset to default
          </Button>
          <span className="settings-section__hint">
            {library.customPattern ? 'This workspace’s own pattern' : 'The default pattern'}
          </span>
        </div>
      </form>
      {convention && (
        <dl className="settings-facts">
          <div>
            <dt>Shape</dt>
            <dd>{describeShape(convention)}</dd>
          </div>
          <div>
            <dt>Example</dt>
            <dd>
              <code data-testid="naming-example">{exampleFileName(convention)}</code>
            </dd>
          </div>
        </dl>
      )}
      <FileNameTester convention={convention ?? DEFAULT_NAMING_CONVENTION} />
    </div>
  );
}

function FileNameTester({ convention }: { convention: typeof DEFAULT_NAMING_CONVENTION }) {
  const [name, setName] = useState('');
  const trimmed = name.trim();
  const check = trimmed ? validateFileName(trimmed, convention) : null;
  const suggestion = check && !check.ok ? suggestName(trimmed, convention) : null;
  return (
    <div className="production-tester">
      <TextField
        label="Test a file name"
        value={name}
        placeholder="Hero Banner FINAL v3.JPG"
        onChange={(e) => setName(e.target.value)}
        spellCheck={false}
      />
      <div aria-live="polite" className="production-tester__result">
        {check?.ok && <p className="production-ok">Follows the convention.</p>}
        {check && !check.ok && (
          <>
            <ul className="production-problems">
              {check.problems.map((p) => (
                <li key={p.message}>{p.message}</li>
              ))}
            </ul>
            {suggestion && (
              <p>
                Suggested: <code data-testid="naming-suggestion">{suggestion.name}</code>
                {suggestion.unresolved.length > 0 &&
                  ` (still missing: ${suggestion.unresolved.map((u) => u.part).join(', ')})`}
              </p>
            )}
          </>
        )}
      </div>
    </div>
  );
}
