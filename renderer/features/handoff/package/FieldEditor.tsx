import { useCallback, useEffect, useId } from 'react';
import { fieldProblem } from '../../../../shared/domain/fieldValue';
import type { FieldValue, TemplateField } from '../../../../shared/model';
import { formatClock } from '../formatTime';
import { useHandoff } from '../handoffContext';
import { fieldDomId } from '../missing/fieldDomIds';
import { CopyVariationsEditor } from './editors/CopyVariationsEditor';
import { ListEditor } from './editors/ListEditor';
import {
  DateEditor,
  LongTextEditor,
  NumberEditor,
  PersonEditor,
  TextEditor,
} from './editors/ScalarEditors';
import { TableEditor, type RowSuggestion } from './editors/TableEditor';
import { LaunchSequenceNotes } from './editors/LaunchSequenceNotes';
import { ProductionTimelineNotes } from './editors/ProductionTimelineNotes';
import { TrackingEventsEditor } from './editors/TrackingEventsEditor';
import { UtmEditor } from './editors/UtmEditor';
import type { EditorProps } from './editors/editorProps';
import { useFieldCommands } from './fieldCommands';
import { FieldFrame, sentence } from './FieldFrame';
import { asList, asTable, asText, normalizeForSave } from './fieldValues';
import { SentenceCounter } from './SentenceCounter';
import { useFieldAutosave } from './useFieldAutosave';

interface FieldEditorProps {
  field: TemplateField;
  /** Table fields only: quick-add rows (the brief's audience aspects). */
  suggestions?: (rows: Record<string, string>[]) => RowSuggestion[];
}

/** One package field: the editor for its type, with autosave, saved state and its problem. */
export function FieldEditor({ field, suggestions }: FieldEditorProps) {
  const { api, detail, people, me } = useHandoff();
  const handoffId = detail.handoff.id;
  const save = useCallback(
    (value: FieldValue) => api.handoffs.setField({ handoffId, key: field.key, value }),
    [api, handoffId, field.key],
  );
  const autosave = useFieldAutosave({
    handoffId,
    field,
    serverValue: detail.fields[field.key],
    save,
  });
  const { value, onChange } = autosave;
  useFieldCommand(handoffId, field.key, value, onChange);

  const ids = useIds();
  // The problem of what is on screen now (the gate's view lags the autosave by a moment).
  // "is missing" is shown as a badge, not as an error: an empty field is unfinished, not wrong.
  const problem = fieldProblem(field, normalizeForSave(field, value) ?? undefined);
  const missing = problem === 'is missing';
  const shown =
    autosave.state.kind === 'invalid'
      ? sentence(autosave.state.problem)
      : problem && !missing
        ? sentence(problem)
        : null;
  const describedBy =
    [field.help && ids.help, shown && ids.problem, field.maxSentences && ids.counter]
      .filter(Boolean)
      .join(' ') || undefined;
  const common = {
    id: ids.control,
    label: field.label,
    labelId: ids.label,
    describedBy,
    invalid: shown !== null,
    required: field.required,
    onFocus: autosave.onFocus,
    onBlur: autosave.onBlur,
  };
  const single = field.type !== 'list' && field.type !== 'table';

  return (
    <FieldFrame
      id={fieldDomId(handoffId, field.key)}
      label={field.label}
      labelFor={single ? ids.control : undefined}
      labelId={ids.label}
      helpId={ids.help}
      problemId={ids.problem}
      help={field.help}
      required={field.required}
      missing={missing}
      problem={shown}
      save={autosave.state}
      onRetry={() => void autosave.retry()}
      meta={
        field.maxSentences !== undefined ? (
          <SentenceCounter id={ids.counter} text={asText(value)} max={field.maxSentences} />
        ) : undefined
      }
      note={
        autosave.restoredAt !== null
          ? `Restored what you typed before the window closed (${formatClock(autosave.restoredAt)}).`
          : undefined
      }
    >
      {specialEditor(field, value, onChange, common, me?.name ?? null) ??
        renderEditor(field, value, onChange, common, people, suggestions)}
    </FieldFrame>
  );
}

/** The system 2 and 3 tables with an editor (or notes) of their own, by field key. */
function specialEditor(
  field: TemplateField,
  value: FieldValue,
  onChange: (v: FieldValue) => void,
  common: Omit<EditorProps<unknown>, 'value' | 'onChange'>,
  meName: string | null,
) {
  if (field.type !== 'table') return null;
  if (field.key === 'copyVariations')
    return <CopyVariationsEditor {...common} value={asTable(value)} onChange={onChange} />;
  if (field.key === 'utmLinks') {
    return <UtmEditor {...common} value={asTable(value)} onChange={onChange} />;
  }
  if (field.key === 'trackingEvents') {
    return (
      <TrackingEventsEditor
        {...common}
        value={asTable(value)}
        onChange={onChange}
        meName={meName}
        now={() => new Date().toISOString()}
      />
    );
  }
  if (field.key === 'productionTimeline') {
    const rows = asTable(value);
    return (
      <>
        <TableEditor {...common} columns={field.columns} value={rows} onChange={onChange} />
        <ProductionTimelineNotes id={`${common.id}-timeline`} rows={rows} onChange={onChange} />
      </>
    );
  }
  if (field.key === 'launchSequence') {
    const rows = asTable(value);
    return (
      <>
        <TableEditor {...common} columns={field.columns} value={rows} onChange={onChange} />
        <LaunchSequenceNotes id={`${common.id}-sequence`} rows={rows} />
      </>
    );
  }
  return null;
}

function renderEditor(
  field: TemplateField,
  value: FieldValue,
  onChange: (v: FieldValue) => void,
  common: Omit<EditorProps<unknown>, 'value' | 'onChange'>,
  people: ReturnType<typeof useHandoff>['people'],
  suggestions: FieldEditorProps['suggestions'],
) {
  switch (field.type) {
    case 'text':
      return <TextEditor {...common} value={asText(value)} onChange={onChange} />;
    case 'link':
      return <TextEditor {...common} type="url" value={asText(value)} onChange={onChange} />;
    case 'long_text':
      return <LongTextEditor {...common} value={asText(value)} onChange={onChange} />;
    case 'date':
      return (
        <DateEditor
          {...common}
          value={typeof value === 'string' ? value : null}
          onChange={onChange}
        />
      );
    case 'number':
      return (
        <NumberEditor
          {...common}
          value={typeof value === 'number' ? value : null}
          onChange={onChange}
        />
      );
    case 'person':
      return (
        <PersonEditor
          {...common}
          people={people}
          value={typeof value === 'string' ? value : null}
          onChange={onChange}
        />
      );
    case 'list':
      return <ListEditor {...common} value={asList(value)} onChange={onChange} />;
    case 'table': {
      const rows = asTable(value);
      return (
        <TableEditor
          {...common}
          columns={field.columns}
          suggestions={suggestions?.(rows)}
          value={rows}
          onChange={onChange}
        />
      );
    }
  }
}

function useIds() {
  const base = useId();
  return {
    control: `${base}-control`,
    label: `${base}-label`,
    help: `${base}-help`,
    problem: `${base}-problem`,
    counter: `${base}-counter`,
  };
}

/** Applies an edit another part of the panel asked for, then puts the person in the field. */
function useFieldCommand(
  handoffId: string,
  key: string,
  value: FieldValue,
  onChange: (v: FieldValue) => void,
) {
  const command = useFieldCommands((s) =>
    s.command?.handoffId === handoffId && s.command.key === key ? s.command : null,
  );
  const done = useFieldCommands((s) => s.done);
  useEffect(() => {
    if (!command) return;
    done(command.nonce);
    const next = command.edit(value);
    if (next !== value) onChange(next);
    requestAnimationFrame(() => {
      const el = document.getElementById(fieldDomId(handoffId, key));
      el?.querySelector<HTMLElement>('textarea, input, select')?.focus();
    });
    // Runs once per command; `value` is read at that moment on purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [command]);
}
