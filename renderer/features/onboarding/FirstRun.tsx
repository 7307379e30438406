import { useId, useState, type FormEvent } from 'react';
import type { WorkspaceView } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { Button, TextField, toast } from '../../ui';
import './firstRun.css';

type FieldKey = 'name' | 'me.name' | 'me.email' | 'me.roleTitle' | 'homeTimeZone';

const LABELS: Record<FieldKey, string> = {
  name: 'Workspace name',
  'me.name': 'Your name',
  'me.email': 'Email',
  'me.roleTitle': 'Your role',
  homeTimeZone: 'Home time zone',
};

function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * First run: create the team's workspace and say who you are on this laptop, or explore the
 * sample agency. Errors come back from the backend by field and are shown under that field.
 */
export function FirstRun({
  dataDir,
  onReady,
}: {
  dataDir: string | null;
  onReady: (view: WorkspaceView) => void;
}) {
  const api = useApi();
  const headingId = useId();
  const [values, setValues] = useState<Record<FieldKey, string>>({
    name: '',
    'me.name': '',
    'me.email': '',
    'me.roleTitle': '',
    homeTimeZone: localTimeZone(),
  });
  const [errors, setErrors] = useState<Partial<Record<FieldKey, string>>>({});
  const [busy, setBusy] = useState<'create' | 'demo' | null>(null);

  const set = (key: FieldKey) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [key]: e.target.value }));
    setErrors((er) => ({ ...er, [key]: undefined }));
  };

  async function create(e: FormEvent) {
    e.preventDefault();
    const missing: Partial<Record<FieldKey, string>> = {};
    if (!values.name.trim()) missing.name = `${LABELS.name} is required`;
    if (!values['me.name'].trim()) missing['me.name'] = `${LABELS['me.name']} is required`;
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      return;
    }
    setBusy('create');
    try {
      const view = await api.workspace.create({
        name: values.name,
        homeTimeZone: values.homeTimeZone,
        me: {
          name: values['me.name'],
          email: values['me.email'],
          roleTitle: values['me.roleTitle'],
        },
      });
      onReady(view);
    } catch (err) {
      const e2 = toBatonError(err);
      const byField: Partial<Record<FieldKey, string>> = {};
      for (const issue of e2.issues) {
        if (issue.field in LABELS) {
          byField[issue.field as FieldKey] = `${LABELS[issue.field as FieldKey]} ${issue.problem}`;
        }
      }
      setErrors(byField);
      if (Object.keys(byField).length === 0) toast.show({ kind: 'error', title: e2.message });
    } finally {
      setBusy(null);
    }
  }

  async function explore() {
    setBusy('demo');
    try {
      onReady(await api.workspace.loadDemo());
    } catch (err) {
      toast.show({ kind: 'error', title: toBatonError(err).message });
    } finally {
      setBusy(null);
    }
  }

  return (
    <main className="first-run" aria-labelledby={headingId}>
      <header className="first-run__intro">
        <div className="first-run__logo" aria-hidden="true">
          B
        </div>
        <h1 id={headingId}>Welcome to Baton</h1>
        <p>
          Every handoff a complete package with an owner, a check and a confirmation — from strategy
          to retrospective.
        </p>
      </header>
      <div className="first-run__choices">
        <form className="first-run__card" onSubmit={create} noValidate aria-label="New workspace">
          <h2>Start your team’s workspace</h2>
          <p className="first-run__muted">
            Name the workspace and say who you are on this computer.
          </p>
          <TextField
            label={LABELS.name}
            required
            value={values.name}
            onChange={set('name')}
            error={errors.name}
            placeholder="e.g. Northstar Agency"
            autoFocus
          />
          <TextField
            label={LABELS['me.name']}
            required
            value={values['me.name']}
            onChange={set('me.name')}
            error={errors['me.name']}
            autoComplete="name"
          />
          <div className="first-run__row">
            <TextField
              label={LABELS['me.email']}
              type="email"
              value={values['me.email']}
              onChange={set('me.email')}
              error={errors['me.email']}
              autoComplete="email"
            />
            <TextField
              label={LABELS['me.roleTitle']}
              value={values['me.roleTitle']}
              onChange={set('me.roleTitle')}
              error={errors['me.roleTitle']}
              placeholder="e.g. Strategist"
            />
          </div>
          <TextField
            label={LABELS.homeTimeZone}
            value={values.homeTimeZone}
            onChange={set('homeTimeZone')}
            error={errors.homeTimeZone}
            hint="Due dates and “today” follow this time zone."
          />
          <Button type="submit" variant="primary" busy={busy === 'create'} disabled={busy !== null}>
            Create workspace
          </Button>
        </form>
        <section className="first-run__card first-run__card--demo" aria-label="Sample agency">
          <h2>Explore with a sample agency</h2>
          <p className="first-run__muted">
            A small agency with six people, three clients and twelve campaigns across the board:
            briefs approved, handoffs blocked on missing fields, and a few overdue.
          </p>
          <ul className="first-run__list">
            <li>Stage board from Strategy to Done</li>
            <li>Handoff packages with RACI and quality gates</li>
            <li>Approval and acknowledgement trails</li>
          </ul>
          <Button
            variant="secondary"
            onClick={explore}
            busy={busy === 'demo'}
            disabled={busy !== null}
          >
            Explore with a sample agency
          </Button>
        </section>
      </div>
      {dataDir && (
        <p className="first-run__footnote">
          Your data stays on this computer, in <code>{dataDir}</code>.
        </p>
      )}
    </main>
  );
}
