import { useEffect, useRef, useState } from 'react';
import type { SyncSetupMode, SyncStatus } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { Button, TextField, toast } from '../../ui';
import { fieldErrorsOf, requiredErrors, type FieldErrors } from '../manage/fieldErrors';
import { useWorkspaceStore } from '../workspace/workspaceStore';
import { useSyncStore } from './syncStore';

interface SetupValues {
  folder: string;
  deviceName: string;
  passphrase: string;
}

const LABELS: Record<keyof SetupValues, string> = {
  folder: 'Shared folder',
  deviceName: 'This computer’s name',
  passphrase: 'Team passphrase',
};

function sentence(text: string): string {
  return text ? `${text[0]!.toUpperCase()}${text.slice(1)}.`.replace(/\.\.$/, '.') : text;
}

/**
 * Sync not set up: the folder the team shares and this computer's name, then create the team
 * folder from this workspace or join the one a teammate made. What `sync.setup` refuses is
 * shown under the field it names.
 */
export function SyncSetupForm({ status }: { status: SyncStatus }) {
  const api = useApi();
  const setStatus = useSyncStore((s) => s.setStatus);
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<SetupValues>({
    folder: '',
    deviceName: status.deviceName,
    passphrase: '',
  });
  const [showPassphrase, setShowPassphrase] = useState(false);
  const [errors, setErrors] = useState<FieldErrors<keyof SetupValues>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState<SyncSetupMode | null>(null);
  const [attempt, setAttempt] = useState(0);

  // A failed attempt takes the person to the first field that needs them.
  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const update = (key: keyof SetupValues, value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
    setFormError(null);
  };

  async function setUp(mode: SyncSetupMode) {
    setFormError(null);
    const missing = requiredErrors(values, ['folder', 'deviceName'], LABELS);
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(mode);
    try {
      const { passphrase, ...rest } = values;
      // Empty means "no encryption" (create) or "not needed" (join): the backend decides.
      const next = await api.sync.setup({ ...rest, mode, ...(passphrase ? { passphrase } : {}) });
      toast.show({
        kind: 'success',
        title:
          mode === 'create' ? 'This workspace is now in the team folder' : 'Joined the team folder',
      });
      setStatus(next);
      // "This computer" above shows the name too; setup may have changed it.
      useWorkspaceStore.setState((s) =>
        s.info ? { info: { ...s.info, deviceName: next.deviceName } } : {},
      );
    } catch (err) {
      const error = toBatonError(err);
      // "mode" is about the choice of button, not a field: it reads as a sentence of its own.
      const modeIssues = error.issues.filter((i) => i.field === 'mode');
      const rest = { ...error, issues: error.issues.filter((i) => i.field !== 'mode') };
      const { fields, other } =
        rest.issues.length > 0 || modeIssues.length === 0
          ? fieldErrorsOf(rest, LABELS)
          : { fields: {}, other: [] };
      setErrors(fields);
      const sentences = [...modeIssues.map((i) => i.problem), ...other].map(sentence);
      setFormError(sentences.length > 0 ? sentences.join(' ') : null);
      setAttempt((n) => n + 1);
    } finally {
      setBusy(null);
    }
  }

  return (
    <form
      ref={formRef}
      className="sync-setup"
      noValidate
      aria-label="Set up sync"
      onSubmit={(e) => e.preventDefault()}
    >
      <p className="settings-section__hint">
        Share this workspace with teammates through a folder you all sync: Dropbox, Google Drive,
        OneDrive or a network drive. No server: each computer writes its changes there and reads
        everyone else’s.
      </p>
      <TextField
        label={LABELS.folder}
        hint="The full path of an existing folder, e.g. /Users/ada/Dropbox/Northstar."
        required
        spellCheck={false}
        autoComplete="off"
        value={values.folder}
        error={errors.folder}
        onChange={(e) => update('folder', e.target.value)}
      />
      <TextField
        label={LABELS.deviceName}
        hint="How teammates see this computer in their list of devices."
        required
        value={values.deviceName}
        error={errors.deviceName}
        onChange={(e) => update('deviceName', e.target.value)}
      />
      <div className="sync-setup__passphrase">
        <TextField
          label={LABELS.passphrase}
          hint="Optional. Creating: encrypts what goes into the folder; every teammate then needs it to join. Joining: the one the team uses, if any. Baton cannot recover a lost passphrase."
          type={showPassphrase ? 'text' : 'password'}
          spellCheck={false}
          autoComplete="off"
          value={values.passphrase}
          error={errors.passphrase}
          onChange={(e) => update('passphrase', e.target.value)}
        />
        <Button
          size="sm"
          aria-pressed={showPassphrase}
          onClick={() => setShowPassphrase((v) => !v)}
        >
          {showPassphrase ? 'Hide passphrase' : 'Show passphrase'}
        </Button>
      </div>
      {formError && (
        <p className="sync-setup__error" role="alert">
          {formError}
        </p>
      )}
      <div className="sync-setup__choices">
        <div className="sync-setup__choice">
          <Button
            variant="primary"
            busy={busy === 'create'}
            disabled={busy !== null}
            onClick={() => void setUp('create')}
          >
            Create team folder here
          </Button>
          <span className="settings-section__hint">
            This workspace goes into the folder, for teammates to join.
          </span>
        </div>
        <div className="sync-setup__choice">
          <Button
            busy={busy === 'join'}
            disabled={busy !== null}
            onClick={() => void setUp('join')}
          >
            Join the team folder here
          </Button>
          <span className="settings-section__hint">
            A teammate already created it: take the workspace that is there.
          </span>
        </div>
      </div>
    </form>
  );
}
