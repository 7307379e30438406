// @vitest-environment happy-dom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import { HandoffPanel } from '../../../renderer/features/handoff/HandoffPanel';
import { usePanelStore } from '../../../renderer/features/handoff/panelStore';
import { useWorkspaceStore } from '../../../renderer/features/workspace/workspaceStore';
import type { HandoffDetail, RaciRole, TemplateField } from '../../../shared/model';
import {
  fillPackage,
  handoffLeaving,
  seedNorthwindAgency,
  type NorthwindAgency,
} from '../../harness/northwindAgency';
import { realApiEachTest, type RealApi } from '../../harness/realApi';
import { COMPLETE_FIELDS } from './detailFixture';

// Before the harness: after-each hooks run last-registered first, so the panel closes and the
// stores are cleared once the tree is unmounted, and before the backend closes.
afterEach(() => {
  act(() => usePanelStore.getState().close());
  useWorkspaceStore.setState({ status: 'loading', info: null, view: null, error: null });
});

const realApi = realApiEachTest('baton-handoff-panel-', '2026-11-26T10:00:00Z');

/** Sam Reyes (who creates the workspace) is on the next stage; these three on this handoff. */
const TEAM = [
  ['Jonas Weber', 'Strategist'],
  ['Maya Okafor', 'Account Director'],
  ['Tom Berger', 'Copywriter'],
] as const;

interface Seeded {
  api: RealApi;
  agency: NorthwindAgency;
  detail: HandoffDetail;
  id: (name: string) => string;
}

/**
 * Northwind's campaign at Strategy, its Strategy → Creative handoff given `raci` (by name) and,
 * when `complete`, every brief field filled and checklist item ticked with Maya as quality
 * owner; `me` is who uses the laptop afterwards.
 */
async function seedHandoff(o: {
  raci?: [string, RaciRole][];
  complete?: boolean;
  submitted?: boolean;
  me: string;
  before?: (api: RealApi['backend']['client']) => Promise<void>;
}): Promise<Seeded> {
  const api = realApi();
  const backend = api.backend.client;
  const agency = await seedNorthwindAgency(backend, TEAM);
  await o.before?.(backend);
  const id = (name: string) => agency.person(name).id;
  const campaign = await backend.campaigns.create({
    name: 'Spring Origins Launch',
    clientId: agency.clientId,
    type: 'email',
    channels: ['email'],
    launchDate: '2026-12-20',
  });
  let detail = await handoffLeaving(backend, agency, campaign.id, 'strategy');
  const raci = o.raci ?? [
    ['Jonas Weber', 'R'],
    ['Maya Okafor', 'A'],
    ['Tom Berger', 'C'],
  ];
  detail = await backend.handoffs.setRaci({
    handoffId: detail.handoff.id,
    assignments: raci.map(([name, role]) => ({ personId: id(name), role })),
  });
  if (o.complete !== false) {
    detail = await fillPackage(backend, detail, {
      valueFor: (field) => COMPLETE_FIELDS[field.key],
      qualityOwnerId: id('Maya Okafor'),
    });
  }
  if (o.submitted) {
    await backend.workspace.setMe({ personId: id('Jonas Weber') });
    detail = await backend.handoffs.submit({ id: detail.handoff.id });
  }
  await backend.workspace.setMe({ personId: id(o.me) });
  return { api, agency, detail, id };
}

/** The panel as AppShell hosts it: the workspace store already knows who I am (BatonApp loads it). */
async function renderPanel(seeded: Seeded) {
  localStorage.clear();
  await useWorkspaceStore.getState().load(seeded.api.client);
  render(
    <ApiProvider api={seeded.api}>
      <button type="button">Spring Origins Launch</button>
      <HandoffPanel />
    </ApiProvider>,
  );
  return { opener: screen.getByRole('button', { name: 'Spring Origins Launch' }) };
}

const flowStatus = () => document.querySelector('.hf-flow__status')?.textContent;

describe('HandoffPanel', () => {
  it('after a refused move: leads with what is missing, focused; Escape closes and refocuses', async () => {
    const seeded = await seedHandoff({ complete: false, me: 'Jonas Weber' });
    const { opener } = await renderPanel(seeded);
    expect(screen.queryByRole('complementary')).toBeNull();
    opener.focus();
    act(() => usePanelStore.getState().open(seeded.detail.handoff.id, 'blocked'));

    const panel = await screen.findByRole('complementary', { name: 'Strategy → Creative handoff' });
    const heading = await screen.findByRole('heading', { name: /Can’t move to Creative yet/ });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const items = screen.getByRole('list', { name: 'Missing items' });
    expect(items.textContent).toContain('Strategy summary');
    expect(items.textContent).toContain('Brand guidelines reviewed for this brief');
    expect(panel.textContent).toContain(
      'Who must act: you (Responsible) — complete and submit the package.',
    );

    fireEvent.keyDown(heading, { key: 'Escape' });
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('offers the Responsible person “Submit for approval” once the package is complete', async () => {
    const seeded = await seedHandoff({ me: 'Jonas Weber' });
    await renderPanel(seeded);
    act(() => usePanelStore.getState().open(seeded.detail.handoff.id));
    const button = await screen.findByRole('button', { name: 'Submit for approval' });
    expect((button as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(button);
    await screen.findByText('Submitted', { selector: '.ui-badge' });
    const stored = await seeded.api.client.handoffs.get({ id: seeded.detail.handoff.id });
    expect(stored.handoff.status).toBe('submitted');
    expect(stored.events.at(-1)).toMatchObject({
      kind: 'submitted',
      actorId: seeded.id('Jonas Weber'),
    });
  });

  it('tells someone who is not asked to act who is', async () => {
    const seeded = await seedHandoff({ submitted: true, me: 'Jonas Weber' });
    await renderPanel(seeded);
    act(() => usePanelStore.getState().open(seeded.detail.handoff.id));
    await screen.findByText(/to approve the package/);
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
    expect(flowStatus()).toBe('Waiting on Maya Okafor (quality owner) to approve the package.');
  });

  it('follows “Who am I” while open: switching person changes the buttons and the status', async () => {
    const seeded = await seedHandoff({ submitted: true, me: 'Jonas Weber' });
    await renderPanel(seeded);
    const client = seeded.api.client;
    act(() => usePanelStore.getState().open(seeded.detail.handoff.id));
    await waitFor(() =>
      expect(flowStatus()).toBe('Waiting on Maya Okafor (quality owner) to approve the package.'),
    );
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();

    // As Settings and the palette do it; the backend sends no live update for this switch.
    await act(() => useWorkspaceStore.getState().setMe(client, seeded.id('Maya Okafor')));
    await screen.findByRole('button', { name: 'Approve' });
    expect(screen.getByRole('button', { name: 'Request changes' })).toBeTruthy();
    expect(flowStatus()).toBe('Your turn: approve the package.');

    await act(() => useWorkspaceStore.getState().setMe(client, seeded.id('Tom Berger')));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull());
    expect(flowStatus()).toBe('Waiting on Maya Okafor (quality owner) to approve the package.');
  });

  it('keeps toasts clear of its footer while open: beside it, or above it if the window is narrow', async () => {
    const seeded = await seedHandoff({ me: 'Jonas Weber' });
    // happy-dom lays nothing out: the panel and its footer are given the sizes a window would.
    const box = (width: number, height: number) => ({ width, height }) as DOMRect;
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLElement,
    ) {
      if (this.classList.contains('handoff-panel')) return box(720, 800);
      if (this.classList.contains('handoff-panel__footer')) return box(720, 64);
      return box(0, 0);
    });
    const root = document.documentElement.style;
    const clearance = () => [
      root.getPropertyValue('--toast-clear-right'),
      root.getPropertyValue('--toast-clear-bottom'),
    ];
    const resizeTo = (width: number) => {
      window.innerWidth = width;
      window.dispatchEvent(new Event('resize'));
    };
    try {
      resizeTo(1440);
      await renderPanel(seeded);
      act(() => usePanelStore.getState().open(seeded.detail.handoff.id));
      await screen.findByRole('button', { name: 'Submit for approval' });
      await waitFor(() => expect(clearance()).toEqual(['720px', '0px']));

      act(() => resizeTo(900));
      expect(clearance()).toEqual(['0px', '64px']);

      act(() => usePanelStore.getState().close());
      expect(clearance()).toEqual(['', '']);
    } finally {
      vi.restoreAllMocks();
      resizeTo(1024);
    }
  });

  it('with no Responsible named, says where to name one', async () => {
    const seeded = await seedHandoff({
      raci: [
        ['Maya Okafor', 'A'],
        ['Tom Berger', 'C'],
      ],
      complete: false,
      me: 'Tom Berger',
    });
    await renderPanel(seeded);
    act(() => usePanelStore.getState().open(seeded.detail.handoff.id));
    await screen.findByText(/Nobody is named as Responsible yet/);
    expect(flowStatus()).toBe(
      'Nobody is named as Responsible yet: name one in the RACI to complete and submit the package.',
    );
  });
});

describe('package editors by field type', () => {
  const extra = (key: string, label: string, type: TemplateField['type']): TemplateField => ({
    key,
    label,
    type,
    required: false,
    help: '',
    columns: [],
  });

  it('a custom template gets a date, number, link and person editor, each named by its label', async () => {
    // The workspace's own Strategy → Creative template for email campaigns, saved before the
    // campaign is created so its handoff uses it.
    const seeded = await seedHandoff({
      complete: false,
      me: 'Jonas Weber',
      before: async (backend) => {
        const slot = { from: 'strategy', to: 'creative', campaignType: 'email' } as const;
        const { template } = await backend.templates.get(slot);
        await backend.templates.save({
          ...slot,
          expectedVersion: template.version,
          name: 'Kick-off',
          fields: [
            extra('kickoff', 'Kick-off date', 'date'),
            extra('budget', 'Budget (EUR)', 'number'),
            extra('deck', 'Strategy deck', 'link'),
            extra('contact', 'Client contact', 'person'),
          ],
          checklist: [],
          defaultRaci: template.defaultRaci,
          durationDays: template.durationDays,
          bufferDays: template.bufferDays,
        });
      },
    });
    const backend = seeded.api.backend.client;
    const handoffId = seeded.detail.handoff.id;
    await backend.handoffs.setField({ handoffId, key: 'budget', value: 40000 });
    await backend.handoffs.setField({ handoffId, key: 'contact', value: seeded.id('Maya Okafor') });
    await renderPanel(seeded);
    act(() => usePanelStore.getState().open(handoffId));
    const date = (await screen.findByLabelText('Kick-off date')) as HTMLInputElement;
    expect(date.type).toBe('date');
    const budget = screen.getByLabelText('Budget (EUR)') as HTMLInputElement;
    expect(budget.type).toBe('number');
    expect(budget.value).toBe('40000');
    const contact = screen.getByLabelText('Client contact') as HTMLSelectElement;
    expect(contact.value).toBe(seeded.id('Maya Okafor'));
    expect([...contact.options].map((o) => o.text)).toContain('Jonas Weber — Strategist');

    // A link is checked with the domain's fieldProblem as it is typed, and not sent while wrong.
    const deck = screen.getByLabelText('Strategy deck') as HTMLInputElement;
    fireEvent.change(deck, { target: { value: 'slides somewhere' } });
    await screen.findByText('Must be a link (https://…).');
    expect(deck.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(deck, { target: { value: 'https://drive.example/deck' } });
    expect(screen.queryByText('Must be a link (https://…).')).toBeNull();
  });
});
