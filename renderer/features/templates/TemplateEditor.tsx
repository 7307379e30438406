import { useCallback, useEffect, useId, useLayoutEffect, useState } from 'react';
import type { TemplateDetail } from '../../../shared/model';
import { CAMPAIGN_TYPE_LABELS } from '../../../shared/model/labels';
import { useApi } from '../../api/ApiContext';
import { toBatonError, type BatonError } from '../../api/errors';
import { Badge, Button, EmptyState, PlusIcon, Spinner, TextField, toast } from '../../ui';
import { ChecklistRow } from './ChecklistRow';
import { FieldRow } from './FieldRow';
import { PackagePreview } from './PackagePreview';
import { RaciDefaults } from './RaciDefaults';
import {
  addField,
  addItem,
  describeProblem,
  draftFrom,
  moveField,
  moveItem,
  problemsByPath,
  removeField,
  removeItem,
  saveInput,
  updateField,
  updateItem,
  type TemplateDraft,
  type TemplateSlot,
} from './templateDraft';
import { stageName } from './transitions';

/** Where focus goes after a row moved: the same control of the same row. */
interface FocusAfter {
  uid: string;
  control: string;
}

/** Edits one transition's template for one campaign type; Save makes a new version. */
export function TemplateEditor({ slot }: { slot: TemplateSlot }) {
  const api = useApi();
  const headingId = useId();
  const [detail, setDetail] = useState<TemplateDetail | null>(null);
  const [loadError, setLoadError] = useState<BatonError | null>(null);
  const [draft, setDraft] = useState<TemplateDraft | null>(null);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<BatonError | null>(null);
  const [busy, setBusy] = useState<'save' | 'reset' | null>(null);
  const [focusAfter, setFocusAfter] = useState<FocusAfter | null>(null);
  // Bumped whenever a version is (re)opened, to remount the uncontrolled RACI inputs.
  const [generation, setGeneration] = useState(0);

  const open = useCallback(
    (d: TemplateDetail) => {
      setDetail(d);
      setDraft(draftFrom(d, slot));
      setDirty(false);
      setError(null);
      setGeneration((g) => g + 1);
    },
    [slot],
  );

  useEffect(() => {
    let live = true;
    api.templates
      .get(slot)
      .then((d) => live && open(d))
      .catch((err: unknown) => live && setLoadError(toBatonError(err)));
    return () => {
      live = false;
    };
  }, [api, slot, open]);

  // A row that moved is a new DOM position: put focus back where the person was.
  useLayoutEffect(() => {
    if (!focusAfter) return;
    const row = document.querySelector(`[data-row="${focusAfter.uid}"]`);
    const target =
      row?.querySelector<HTMLElement>(
        focusAfter.control === 'invalid'
          ? '[aria-invalid="true"]'
          : `[data-action="${focusAfter.control}"]:not(:disabled)`,
      ) ?? row?.querySelector<HTMLElement>('[data-focus="label"]');
    target?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  if (loadError) {
    return (
      <p className="manage-screen__state" role="alert">
        The template could not be loaded: {loadError.message}
      </p>
    );
  }
  if (!detail || !draft) {
    return (
      <p className="manage-screen__state" role="status">
        <Spinner size="sm" /> Loading the template…
      </p>
    );
  }

  const edit = (next: TemplateDraft) => {
    setDraft(next);
    setDirty(true);
    setError(null);
  };
  const problems = problemsByPath(error?.issues ?? []);
  const title = `${stageName(slot.from)} → ${stageName(slot.to)} · ${CAMPAIGN_TYPE_LABELS[slot.campaignType]}`;

  const save = async () => {
    setBusy('save');
    try {
      const saved = await api.templates.save(saveInput(draft));
      open(saved);
      toast.show({
        kind: 'success',
        title: `Saved version ${saved.template.version}`,
        body: 'New handoffs use it; handoffs already open keep theirs.',
      });
    } catch (err) {
      setError(toBatonError(err));
    } finally {
      setBusy(null);
    }
  };

  const reset = async () => {
    setBusy('reset');
    try {
      const d = await api.templates.reset(slot);
      open(d);
      toast.show({
        kind: 'success',
        title: `Back to the built-in as version ${d.template.version}`,
      });
    } catch (err) {
      setError(toBatonError(err));
    } finally {
      setBusy(null);
    }
  };

  const fieldMoves = (uid: string, index: number) => ({
    index,
    count: draft.fields.length,
    onMove: (delta: number, control: string) => {
      edit(moveField(draft, uid, delta));
      setFocusAfter({ uid, control });
    },
    onRemove: () => edit(removeField(draft, uid)),
  });
  const itemMoves = (uid: string, index: number) => ({
    index,
    count: draft.checklist.length,
    onMove: (delta: number, control: string) => {
      edit(moveItem(draft, uid, delta));
      setFocusAfter({ uid, control });
    },
    onRemove: () => edit(removeItem(draft, uid)),
  });

  return (
    <section className="tpl-editor" aria-labelledby={headingId}>
      <header className="tpl-editor__header">
        <div>
          <h2 id={headingId}>{title}</h2>
          <p>
            Version {detail.template.version}{' '}
            {detail.edited ? (
              <Badge tone="info">Edited by the workspace</Badge>
            ) : (
              <Badge>Built-in</Badge>
            )}
            {dirty ? <span className="tpl-editor__dirty"> · Unsaved changes</span> : null}
          </p>
        </div>
        <div className="tpl-editor__actions">
          <Button
            variant="ghost"
            onClick={() => void reset()}
            busy={busy === 'reset'}
            disabled={!detail.edited || busy !== null}
          >
            Reset to built-in
          </Button>
          {dirty ? (
            <Button onClick={() => open(detail)} disabled={busy !== null}>
              Discard changes
            </Button>
          ) : null}
          <Button
            variant="primary"
            onClick={() => void save()}
            busy={busy === 'save'}
            disabled={!dirty || busy !== null}
          >
            Save as new version
          </Button>
        </div>
      </header>

      {error ? (
        <div className="tpl-editor__error" role="alert">
          <p>
            {error.code === 'CONFLICT'
              ? error.message
              : `Not saved: ${error.issues.length || 1} problem${error.issues.length > 1 ? 's' : ''} to fix.`}
          </p>
          {error.issues.length === 0 && error.code !== 'CONFLICT' ? <p>{error.message}</p> : null}
          {error.issues.length > 0 ? (
            <ul className="tpl-editor__problems">
              {error.issues.map((issue) => {
                const { text, rowUid } = describeProblem(draft, issue);
                return (
                  <li key={issue.field}>
                    {rowUid ? (
                      <button
                        type="button"
                        className="tpl-editor__problem"
                        onClick={() => setFocusAfter({ uid: rowUid, control: 'invalid' })}
                      >
                        {text}
                      </button>
                    ) : (
                      text
                    )}
                  </li>
                );
              })}
            </ul>
          ) : null}
          {error.code === 'CONFLICT' ? (
            <Button size="sm" onClick={() => void api.templates.get(slot).then(open)}>
              Open the newest version
            </Button>
          ) : null}
        </div>
      ) : null}

      <div className="tpl-editor__body">
        <div className="tpl-editor__form">
          <div className="tpl-editor__general">
            <TextField
              label="Package name"
              value={draft.name}
              error={problems.get('name')}
              onChange={(e) => edit({ ...draft, name: e.target.value })}
            />
            <TextField
              label="Working days"
              type="number"
              min={0}
              max={365}
              value={draft.durationDays}
              error={problems.get('durationDays')}
              onChange={(e) => edit({ ...draft, durationDays: Number(e.target.value) || 0 })}
            />
            <TextField
              label="Buffer days"
              type="number"
              min={0}
              max={365}
              value={draft.bufferDays}
              error={problems.get('bufferDays')}
              onChange={(e) => edit({ ...draft, bufferDays: Number(e.target.value) || 0 })}
            />
          </div>

          <h3 className="tpl-editor__section">Package fields</h3>
          <p className="tpl-editor__note">
            Required fields are what the gate asks for; help text shows under each field. A saved
            field keeps its key, under which open handoffs store their answers. Alt+↑ and Alt+↓ move
            the row you are in.
          </p>
          {problems.get('fields') ? (
            <p className="tpl-problem" role="alert">
              {problems.get('fields')}
            </p>
          ) : null}
          {draft.fields.length === 0 ? (
            <EmptyState
              title="No package fields"
              body="Add the answers this handoff must carry: the receiver fills nothing else."
              headingLevel={4}
            />
          ) : (
            <ol className="tpl-rows" aria-label="Package fields">
              {draft.fields.map((f, i) => (
                <FieldRow
                  key={f.uid}
                  field={f}
                  moves={fieldMoves(f.uid, i)}
                  problems={problems}
                  onChange={(patch) => edit(updateField(draft, f.uid, patch))}
                />
              ))}
            </ol>
          )}
          <Button
            icon={<PlusIcon />}
            onClick={() => {
              const next = addField(draft);
              edit(next);
              setFocusAfter({ uid: next.fields.at(-1)!.uid, control: 'label' });
            }}
          >
            Add field
          </Button>

          <h3 className="tpl-editor__section">Checklist</h3>
          {draft.checklist.length === 0 ? (
            <EmptyState
              title="No checklist items"
              body="Add what must be ticked before the package can be approved."
              headingLevel={4}
            />
          ) : (
            <ol className="tpl-rows" aria-label="Checklist items">
              {draft.checklist.map((c, i) => (
                <ChecklistRow
                  key={c.uid}
                  item={c}
                  moves={itemMoves(c.uid, i)}
                  problems={problems}
                  onChange={(patch) => edit(updateItem(draft, c.uid, patch))}
                />
              ))}
            </ol>
          )}
          <Button
            icon={<PlusIcon />}
            onClick={() => {
              const next = addItem(draft);
              edit(next);
              setFocusAfter({ uid: next.checklist.at(-1)!.uid, control: 'label' });
            }}
          >
            Add checklist item
          </Button>

          <h3 className="tpl-editor__section">Default RACI</h3>
          <RaciDefaults
            key={generation}
            raci={draft.defaultRaci}
            onChange={(defaultRaci) => edit({ ...draft, defaultRaci })}
          />
        </div>
        <PackagePreview draft={draft} title={title} />
      </div>
    </section>
  );
}
