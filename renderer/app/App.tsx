import { type CSSProperties, type ReactNode, useState } from 'react';
import {
  Avatar,
  AvatarStack,
  Badge,
  Button,
  CheckCircleIcon,
  Dialog,
  EmptyState,
  InfoCircleIcon,
  Kbd,
  Select,
  Spinner,
  TextArea,
  TextField,
  ToastRegion,
  toast,
} from '../ui';

/* Placeholder shell: a gallery of the design system until the real app shell replaces it. */

const page: CSSProperties = { maxWidth: 1120, margin: '0 auto', padding: '24px 32px 64px' };
const grid: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))',
  alignItems: 'start',
  gap: 16,
};
const row: CSSProperties = { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8 };
const stack: CSSProperties = { display: 'flex', flexDirection: 'column', gap: 16 };

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section
      aria-label={title}
      style={{
        background: 'var(--color-surface)',
        border: '1px solid var(--color-border)',
        borderRadius: 'var(--radius-lg)',
        padding: 20,
        boxShadow: 'var(--shadow-sm)',
      }}
    >
      <h2
        style={{
          fontSize: 'var(--text-xs)',
          textTransform: 'uppercase',
          letterSpacing: '0.06em',
          color: 'var(--color-text-muted)',
          marginBottom: 16,
        }}
      >
        {title}
      </h2>
      {children}
    </section>
  );
}

function ThemeSwitch() {
  const [theme, setTheme] = useState('system');
  return (
    <Select
      label="Theme"
      hideLabel
      value={theme}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setTheme(next);
        if (next === 'system') delete document.documentElement.dataset.theme;
        else document.documentElement.dataset.theme = next;
      }}
      style={{ width: 120 }}
    >
      <option value="system">System</option>
      <option value="light">Light</option>
      <option value="dark">Dark</option>
    </Select>
  );
}

export function App() {
  const [dialogOpen, setDialogOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState('Spring launch');
  const people = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Katherine Johnson', 'Linus T'];

  return (
    <div style={page}>
      <header style={{ ...row, justifyContent: 'space-between', marginBottom: 24 }}>
        <div style={stack}>
          <h1 style={{ fontSize: 'var(--text-2xl)' }}>Baton design system</h1>
          <p style={{ color: 'var(--color-text-muted)', fontSize: 'var(--text-sm)' }}>
            Press <Kbd>Ctrl</Kbd>
            <Kbd>K</Kbd> for the command palette (not wired yet).
          </p>
        </div>
        <ThemeSwitch />
      </header>

      <div style={grid}>
        <Panel title="Buttons">
          <div style={stack}>
            <div style={row}>
              <Button variant="primary">Save brief</Button>
              <Button>Cancel</Button>
              <Button variant="ghost">Skip</Button>
              <Button variant="danger">Delete</Button>
            </div>
            <div style={row}>
              <Button variant="primary" size="sm" icon={<CheckCircleIcon size={14} />}>
                Approve
              </Button>
              <Button size="sm">Secondary</Button>
              <Button
                size="sm"
                variant="ghost"
                icon={<InfoCircleIcon size={14} />}
                aria-label="Info"
              />
              <Button variant="primary" busy>
                Sending
              </Button>
              <Button disabled>Disabled</Button>
            </div>
          </div>
        </Panel>

        <Panel title="Badges, avatars, spinner">
          <div style={stack}>
            <div style={row}>
              <Badge>Draft</Badge>
              <Badge tone="accent">In review</Badge>
              <Badge tone="success" dot>
                Approved
              </Badge>
              <Badge tone="warning" dot>
                Due today
              </Badge>
              <Badge tone="danger" dot>
                Blocked
              </Badge>
              <Badge tone="info">Info</Badge>
            </div>
            <div style={row}>
              <Avatar name="Ada Lovelace" size="xs" />
              <Avatar name="Grace Hopper" size="sm" />
              <Avatar name="Alan Turing" />
              <Avatar name="Katherine Johnson" size="lg" color="#ffd43b" />
              <span style={{ width: 16 }} />
              <AvatarStack people={people.map((n) => ({ name: n }))} max={4} />
              <span style={{ width: 16 }} />
              <Spinner label="Loading" />
            </div>
          </div>
        </Panel>

        <Panel title="Fields">
          <div style={stack}>
            <TextField
              label="Campaign name"
              required
              value={name}
              maxLength={60}
              showCount
              onChange={(e) => setName(e.currentTarget.value)}
              error={name.trim() ? undefined : 'A campaign needs a name.'}
            />
            <TextField
              label="Client contact"
              placeholder="name@client.com"
              hint="Receives the approval link."
            />
            <Select label="Stage" defaultValue="creative">
              <option value="strategy">Strategy</option>
              <option value="creative">Creative</option>
              <option value="production">Production</option>
            </Select>
            <TextArea
              label="Notes"
              placeholder="Anything the next team should know"
              maxLength={200}
              showCount
            />
          </div>
        </Panel>

        <Panel title="Dialog, toasts, empty state">
          <div style={stack}>
            <div style={row}>
              <Button variant="primary" onClick={() => setDialogOpen(true)}>
                Open dialog
              </Button>
              <Button
                onClick={() =>
                  toast.show({
                    kind: 'success',
                    title: 'Handoff sent',
                    body: 'Creative will be notified.',
                  })
                }
              >
                Success toast
              </Button>
              <Button
                onClick={() =>
                  toast.show({
                    kind: 'error',
                    title: 'Could not sync',
                    body: 'The shared folder is not reachable.',
                    action: { label: 'Retry', onAction: () => undefined },
                  })
                }
              >
                Error toast
              </Button>
              <Button
                variant="ghost"
                onClick={() => toast.show({ kind: 'info', title: 'Synced 2 minutes ago' })}
              >
                Info toast
              </Button>
            </div>
            <EmptyState
              icon={<InfoCircleIcon />}
              title="No handoffs yet"
              body="When a stage is done, package the work and hand it to the next team."
              action={<Button size="sm">New handoff</Button>}
            />
          </div>
        </Panel>
      </div>

      <Dialog
        open={dialogOpen}
        onClose={() => setDialogOpen(false)}
        title="Rename campaign"
        description="The new name shows on every board and handoff."
        footer={
          <>
            <Button onClick={() => setDialogOpen(false)}>Cancel</Button>
            <Button
              variant="primary"
              busy={saving}
              onClick={() => {
                setSaving(true);
                setTimeout(() => {
                  setSaving(false);
                  setDialogOpen(false);
                  toast.show({ kind: 'success', title: 'Campaign renamed' });
                }, 800);
              }}
            >
              Save
            </Button>
          </>
        }
      >
        <TextField label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} />
      </Dialog>
      <ToastRegion />
    </div>
  );
}

export default App;
