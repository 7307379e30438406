import { useId, useState } from 'react';
import type { ConflictChoice, ConflictTextVersion, SyncConflictView } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { Button, Dialog, TextArea, toast } from '../../ui';
import { formatMoment } from '../campaigns/timeFormat';
import { useConflictStore } from './conflictStore';
import { authorText, changedLines, conflictSummary, entityWord, textSides } from './conflictWords';

type TextConflict = Extract<SyncConflictView, { kind: 'text' }>;
type DeletionConflict = Extract<SyncConflictView, { kind: 'changed-after-deletion' }>;
type MoveConflict = Extract<SyncConflictView, { kind: 'stage-move' }>;

interface Props {
  conflict: SyncConflictView;
  onClose: () => void;
  /** After the decision was saved; `open` lists what is still open. */
  onResolved: (open: SyncConflictView[]) => void;
}

/**
 * One conflict side by side: for a text, their version | your version and an editable merge;
 * for a deleted-and-edited row, restore or keep deleted; for a card moved twice, which move
 * stands. The decision is saved through `sync.resolveConflict`; a refusal is shown here and
 * nothing changes.
 */
export function ConflictDialog({ conflict, onClose, onResolved }: Props) {
  const api = useApi();
  const setConflicts = useConflictStore((s) => s.setConflicts);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<{ field: string | null; text: string } | null>(null);
  const [merged, setMerged] = useState(conflict.kind === 'text' ? conflict.merged : '');

  async function resolve(choice: ConflictChoice, button: string) {
    setBusy(button);
    setError(null);
    try {
      const result = await api.sync.resolveConflict({ id: conflict.id, choice });
      setConflicts(result.open);
      toast.show({ kind: 'success', title: `Conflict resolved: ${conflict.title}` });
      onResolved(result.open);
    } catch (err) {
      const e = toBatonError(err);
      const onText = e.issues.find((i) => i.field === 'choice.text');
      setError(
        onText
          ? { field: 'choice.text', text: `The merged text ${onText.problem}.` }
          : { field: null, text: e.message },
      );
    } finally {
      setBusy(null);
    }
  }

  const where = [conflict.title, conflict.where].filter(Boolean).join(' · ');
  const common = {
    open: true,
    onClose,
    // A half-written merge is work a stray click must not throw away.
    dismissOnBackdrop: false,
    className: 'conflict-dialog',
  };
  const failure =
    error && error.field === null ? (
      <p className="conflict-dialog__error" role="alert">
        {error.text}
      </p>
    ) : null;

  switch (conflict.kind) {
    case 'text':
      return (
        <Dialog
          {...common}
          size="lg"
          title={`Resolve: ${conflict.fieldLabel}`}
          description={`${where}. Edited on two computers at once, and both changed the same lines: keep one version, or merge them below.`}
          footer={<TextFooter conflict={conflict} busy={busy} merged={merged} resolve={resolve} />}
        >
          <TextBody
            conflict={conflict}
            merged={merged}
            onMerged={(text) => {
              setMerged(text);
              if (error?.field === 'choice.text') setError(null);
            }}
            error={error?.field === 'choice.text' ? error.text : undefined}
          />
          {failure}
        </Dialog>
      );
    case 'changed-after-deletion':
      return (
        <Dialog
          {...common}
          size="md"
          title={`Resolve: ${conflict.title}`}
          description={`${conflict.where ? `${conflict.where}. ` : ''}${conflictSummary(conflict)}, neither seeing the other.`}
          footer={<DeletionFooter conflict={conflict} busy={busy} resolve={resolve} />}
        >
          <DeletionBody conflict={conflict} />
          {failure}
        </Dialog>
      );
    case 'stage-move':
      return (
        <Dialog
          {...common}
          size="lg"
          title={`Resolve: ${conflict.title}`}
          description={`${conflictSummary(conflict)}. The later move stands for now.`}
          footer={<MoveFooter conflict={conflict} busy={busy} resolve={resolve} />}
        >
          <MoveBody conflict={conflict} />
          {failure}
        </Dialog>
      );
  }
}

type Resolve = (choice: ConflictChoice, button: string) => Promise<void>;

function Version({
  label,
  version,
  other,
}: {
  label: string;
  version: ConflictTextVersion;
  other: string;
}) {
  const headingId = useId();
  const changed = changedLines(version.text, other);
  return (
    <section className="conflict-side" aria-labelledby={headingId}>
      <header className="conflict-side__header">
        <h3 id={headingId}>{label}</h3>
        <p className="conflict-side__meta" title={formatMoment(version.at)}>
          {authorText(version)}
        </p>
      </header>
      {/* Focusable so a keyboard can scroll a long version. */}
      <pre className="conflict-side__text" tabIndex={0} aria-label={`${label}, text`}>
        {version.text.split('\n').map((line, i) => (
          <span
            key={i}
            className={changed.has(i) ? 'conflict-line conflict-line--changed' : 'conflict-line'}
          >
            {line || ' '}
            {'\n'}
          </span>
        ))}
      </pre>
    </section>
  );
}

function TextBody({
  conflict,
  merged,
  onMerged,
  error,
}: {
  conflict: TextConflict;
  merged: string;
  onMerged: (text: string) => void;
  error: string | undefined;
}) {
  const { left, right } = textSides(conflict);
  return (
    <div className="conflict-text">
      <div className="conflict-sides">
        <Version label={left.label} version={left.version} other={right.version.text} />
        <Version label={right.label} version={right.version} other={left.version.text} />
      </div>
      {conflict.base !== null && (
        <details className="conflict-base">
          <summary>Before either edit</summary>
          <pre className="conflict-side__text">{conflict.base || '(empty)'}</pre>
        </details>
      )}
      <TextArea
        label="Merged text"
        hint="Both versions sit between the marker lines (<<<<<<<, =======, >>>>>>>). Keep what should stay, delete the marker lines, then save."
        className="conflict-merged"
        rows={Math.min(14, Math.max(6, merged.split('\n').length + 1))}
        spellCheck={false}
        value={merged}
        error={error}
        onChange={(e) => onMerged(e.target.value)}
      />
    </div>
  );
}

function TextFooter({
  conflict,
  busy,
  merged,
  resolve,
}: {
  conflict: TextConflict;
  busy: string | null;
  merged: string;
  resolve: Resolve;
}) {
  const { left, right, hasMine } = textSides(conflict);
  const keepLeft = hasMine ? 'Keep theirs' : 'Keep earlier';
  const keepRight = hasMine ? 'Keep mine' : 'Keep later';
  return (
    <>
      <Button
        busy={busy === 'left'}
        disabled={busy !== null}
        onClick={() => void resolve({ text: left.version.text }, 'left')}
      >
        {keepLeft}
      </Button>
      <Button
        busy={busy === 'right'}
        disabled={busy !== null}
        onClick={() => void resolve({ text: right.version.text }, 'right')}
      >
        {keepRight}
      </Button>
      <Button
        variant="primary"
        busy={busy === 'merged'}
        disabled={busy !== null}
        onClick={() => void resolve({ text: merged }, 'merged')}
      >
        Save merged
      </Button>
    </>
  );
}

function DeletionBody({ conflict }: { conflict: DeletionConflict }) {
  const editsId = useId();
  return (
    <div className="conflict-deletion">
      <p>
        <strong>Deleted</strong> by {authorText(conflict.deleted, { inSentence: true })}.
      </p>
      <section aria-labelledby={editsId}>
        <h3 id={editsId} className="conflict-deletion__heading">
          Edited meanwhile
        </h3>
        <ul className="conflict-edits">
          {conflict.edits.map((e) => (
            <li key={`${e.hlc}:${e.field}`}>
              <span className="conflict-edits__field">{e.fieldLabel}</span>
              <span className="conflict-edits__value">{e.value}</span>
              <span className="conflict-edits__meta">{authorText(e)}</span>
            </li>
          ))}
        </ul>
      </section>
      <p className="settings-section__hint">
        {conflict.choices.includes('restore')
          ? `It is in the trash with these edits in it. Restore it to keep working on it, or keep it deleted.`
          : `A ${entityWord(conflict.entity).toLowerCase()} cannot be restored from here; it stays deleted with these edits in it.`}
      </p>
    </div>
  );
}

function DeletionFooter({
  conflict,
  busy,
  resolve,
}: {
  conflict: DeletionConflict;
  busy: string | null;
  resolve: Resolve;
}) {
  return (
    <>
      <Button
        busy={busy === 'keep-deleted'}
        disabled={busy !== null}
        onClick={() => void resolve('keep-deleted', 'keep-deleted')}
      >
        Keep deleted
      </Button>
      {conflict.choices.includes('restore') && (
        <Button
          variant="primary"
          busy={busy === 'restore'}
          disabled={busy !== null}
          onClick={() => void resolve('restore', 'restore')}
        >
          Restore
        </Button>
      )}
    </>
  );
}

function MoveSide({ label, move }: { label: string; move: MoveConflict['won'] }) {
  const headingId = useId();
  return (
    <section className="conflict-side" aria-labelledby={headingId}>
      <header className="conflict-side__header">
        <h3 id={headingId}>{label}</h3>
        <p className="conflict-side__meta" title={formatMoment(move.at)}>
          {authorText(move)}
        </p>
      </header>
      <p className="conflict-move__stage">{move.stageName}</p>
    </section>
  );
}

function MoveBody({ conflict }: { conflict: MoveConflict }) {
  return (
    <div className="conflict-sides">
      <MoveSide label="Move that stands (later)" move={conflict.won} />
      <MoveSide label="Other move (earlier)" move={conflict.lost} />
    </div>
  );
}

function MoveFooter({
  conflict,
  busy,
  resolve,
}: {
  conflict: MoveConflict;
  busy: string | null;
  resolve: Resolve;
}) {
  return (
    <>
      <Button
        busy={busy === 'move-to-other'}
        disabled={busy !== null}
        onClick={() => void resolve('move-to-other', 'move-to-other')}
      >
        Move to {conflict.lost.stageName}
      </Button>
      <Button
        variant="primary"
        busy={busy === 'keep'}
        disabled={busy !== null}
        onClick={() => void resolve('keep', 'keep')}
      >
        Keep in {conflict.won.stageName}
      </Button>
    </>
  );
}
