import { type FormEvent, useEffect, useState } from 'react';
import type { FolderStructureResult } from '../../../shared/api/folderStructure';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { Badge, Button, Dialog, TextField, toast } from '../../ui';
import { useFolderDialogStore } from './folderDialogStore';
import { folderRows } from './folderTree';
import './folders.css';

/**
 * A campaign's folder tree in a folder the person chooses: Preview shows what would be made
 * (folders already there greyed), Create makes only the missing folders, and both list the
 * files that break the naming convention with a suggested name to copy. Baton never renames
 * a file: the person does, in their own file manager.
 */
export function FolderStructureDialog() {
  const { campaign, lastFolder, close, remember } = useFolderDialogStore();
  const api = useApi();
  const [folder, setFolder] = useState(lastFolder);
  const [result, setResult] = useState<FolderStructureResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'preview' | 'create' | null>(null);

  const campaignId = campaign?.id ?? null;
  useEffect(() => {
    // A new campaign starts clean, with the folder chosen last time.
    setResult(null);
    setError(null);
    setFolder(useFolderDialogStore.getState().lastFolder);
  }, [campaignId]);

  async function run(create: boolean) {
    if (!campaignId) return;
    if (folder.trim() === '') {
      setError('Folder is required: type the full path of a folder');
      return;
    }
    setBusy(create ? 'create' : 'preview');
    setError(null);
    try {
      const answer = await api.campaigns.folderStructure({ campaignId, folder, create });
      setResult(answer);
      remember(folder);
      if (create) {
        const n = answer.created.length;
        toast.show({
          kind: 'success',
          title:
            n === 0 ? 'Every folder was already there' : `Created ${n} folder${n === 1 ? '' : 's'}`,
        });
      }
    } catch (err) {
      const e = toBatonError(err);
      const issue = e.issues.find((i) => i.field === 'folder');
      setError(issue ? `Folder ${issue.problem}` : e.message);
      setResult(null);
    } finally {
      setBusy(null);
    }
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void run(false);
  };

  return (
    <Dialog
      open={campaign !== null}
      onClose={close}
      title="Folder structure"
      description={
        campaign
          ? `${campaign.name}: one folder per stage, in a folder you choose. Baton only adds folders; it never changes, moves or deletes a file.`
          : undefined
      }
      size="lg"
      className="folder-structure"
      footer={
        <>
          <Button onClick={close}>Close</Button>
          <Button
            onClick={() => void run(false)}
            busy={busy === 'preview'}
            disabled={busy !== null}
          >
            Preview
          </Button>
          <Button
            variant="primary"
            onClick={() => void run(true)}
            busy={busy === 'create'}
            disabled={busy !== null}
          >
            Create folders
          </Button>
        </>
      }
    >
      <form onSubmit={onSubmit} className="folder-structure__form">
        <TextField
          label="Folder"
          name="folder"
          value={folder}
          onChange={(e) => setFolder(e.currentTarget.value)}
          placeholder="/Users/maya/Clients"
          hint="The full path of the folder to hold the campaign's folders (e.g. your shared drive's client folder). Enter previews."
          error={error ?? undefined}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
        />
      </form>
      {result ? <FolderReport result={result} /> : null}
    </Dialog>
  );
}

function FolderReport({ result }: { result: FolderStructureResult }) {
  const rows = folderRows(result);
  const breaking = result.files.filter((f) => f.status === 'breaks');
  const outside = result.files.filter((f) => f.status === 'outside');
  const ok = result.files.filter((f) => f.status === 'ok').length;
  const newWord = result.dryRun ? 'will be created' : 'created';
  return (
    <div className="folder-structure__report">
      <section aria-labelledby="folder-structure-tree">
        <h3 id="folder-structure-tree" className="folder-structure__heading">
          {result.dryRun ? 'Preview' : 'Folders'}{' '}
          <span className="folder-structure__where">in {result.folder}</span>
        </h3>
        <ul className="folder-structure__tree" aria-label="Campaign folders">
          {rows.map((r) => (
            <li
              key={r.path}
              className={`folder-structure__folder folder-structure__folder--${r.state}`}
              style={{ paddingInlineStart: `calc(var(--space-5) * ${r.depth})` }}
            >
              <span className="folder-structure__name">{r.name}</span>
              {r.state === 'new' ? <Badge tone="accent">{newWord}</Badge> : null}
              {r.state === 'exists' ? (
                <span className="folder-structure__note">already there</span>
              ) : null}
              {r.state === 'conflict' ? (
                <span className="folder-structure__conflict">{r.problem}</span>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="folder-structure-files">
        <h3 id="folder-structure-files" className="folder-structure__heading">
          Files
        </h3>
        <p className="folder-structure__summary" role="status">
          {result.files.length === 0
            ? 'No files yet.'
            : `${ok} ${ok === 1 ? 'follows' : 'follow'} the naming convention, ${breaking.length} ${breaking.length === 1 ? 'breaks' : 'break'} it${outside.length > 0 ? `, ${outside.length} outside the plan` : ''}.`}
          {result.truncated ? ' Listing stopped at the limit: not every file was checked.' : null}
        </p>
        {breaking.length > 0 ? (
          <ul
            className="folder-structure__files"
            aria-label="Files that break the naming convention"
          >
            {breaking.map((f) => (
              <li key={f.path} className="folder-structure__file">
                <code className="folder-structure__path">{f.path}</code>
                <ul className="folder-structure__problems">
                  {f.problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
                {f.suggestion ? <Suggestion name={f.suggestion} unresolved={f.unresolved} /> : null}
              </li>
            ))}
          </ul>
        ) : null}
        {outside.length > 0 ? (
          <details className="folder-structure__outside">
            <summary>Outside the plan ({outside.length}): left as they are</summary>
            <ul>
              {outside.map((f) => (
                <li key={f.path}>
                  <code>{f.path}</code>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>
    </div>
  );
}

function Suggestion({ name, unresolved }: { name: string; unresolved: string[] }) {
  async function copy() {
    try {
      await navigator.clipboard.writeText(name);
      toast.show({ kind: 'success', title: 'Suggested name copied' });
    } catch {
      toast.show({ kind: 'error', title: 'Could not copy: select the name and copy it' });
    }
  }
  return (
    <div className="folder-structure__suggestion">
      <span className="folder-structure__label">Suggested</span>
      <code className="folder-structure__suggested">{name}</code>
      <Button size="sm" onClick={() => void copy()} aria-label={`Copy ${name}`}>
        Copy
      </Button>
      {unresolved.length > 0 ? (
        <p className="folder-structure__unresolved">Still to fix: {unresolved.join('; ')}</p>
      ) : null}
    </div>
  );
}
