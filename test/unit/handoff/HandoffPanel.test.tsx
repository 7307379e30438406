// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import type { ApiClient } from '../../../renderer/api/client';
import type { LiveUpdates } from '../../../renderer/api/liveUpdates';
import { HandoffPanel } from '../../../renderer/features/handoff/HandoffPanel';
import { usePanelStore } from '../../../renderer/features/handoff/panelStore';
import { useWorkspaceStore } from '../../../renderer/features/workspace/workspaceStore';
import type { HandoffDetail, Person, TemplateField, WorkspaceView } from '../../../shared/model';
import { JONAS, MAYA, TOM, makeDetail } from './detailFixture';

afterEach(() => {
  act(() => usePanelStore.getState().close());
  cleanup();
  useWorkspaceStore.setState({ view: null });
});

const person = (id: string, name: string): Person => ({
  id,
  workspaceId: '00000000-0000-7000-8000-000000000999',
  name,
  email: '',
  roleTitle: '',
  initials: name.slice(0, 2),
  color: '#3b5bdb',
  createdAt: '2026-01-01T00:00:00.000Z',
  deletedAt: null,
});
const PEOPLE = [
  person(JONAS, 'Jonas Weber'),
  person(MAYA, 'Maya Okafor'),
  person(TOM, 'Tom Berger'),
];

/**
 * The few procedures the panel calls, answering from one handoff; `me` is who uses the laptop
 * until `workspace.setMe` switches it (as the backend does: no live-update notice follows).
 */
function fakeApi(detail: HandoffDetail, me: string) {
  const submit = vi.fn(async () => ({
    ...detail,
    handoff: { ...detail.handoff, status: 'submitted' as const },
  }));
  let meId = me;
  const view = () => ({ me: PEOPLE.find((p) => p.id === meId) ?? null }) as WorkspaceView;
  const client = {
    handoffs: { get: async () => detail, submit, setField: async () => ({}) },
    people: { list: async () => PEOPLE },
    workspace: {
      get: async () => view(),
      setMe: async ({ personId }: { personId: string }) => {
        meId = personId;
        return view();
      },
    },
    system: { info: async () => ({ deviceId: 'device-here' }) },
    campaigns: { get: async () => Promise.reject(new Error('not needed here')) },
    // A Strategy handoff shows past campaigns' learnings; none here.
    playbook: { forCampaign: async () => [] },
  } as unknown as ApiClient;
  const live: LiveUpdates = { subscribe: () => () => undefined };
  return { api: { client, live }, submit, view };
}

/** The panel as AppShell hosts it: the workspace store already knows who I am (BatonApp loads it). */
function renderPanel(detail: HandoffDetail, me: string) {
  localStorage.clear();
  const { api, submit, view } = fakeApi(detail, me);
  useWorkspaceStore.setState({ status: 'ready', view: view() });
  render(
    <ApiProvider api={api}>
      <button type="button">Spring Origins Launch</button>
      <HandoffPanel />
    </ApiProvider>,
  );
  return {
    submit,
    client: api.client,
    opener: screen.getByRole('button', { name: 'Spring Origins Launch' }),
  };
}

const flowStatus = () => document.querySelector('.hf-flow__status')?.textContent;

describe('HandoffPanel', () => {
  it('after a refused move: leads with what is missing, focused; Escape closes and refocuses', async () => {
    const { opener } = renderPanel(makeDetail({ fields: {}, ticked: false }), JONAS);
    expect(screen.queryByRole('complementary')).toBeNull();
    opener.focus();
    act(() => usePanelStore.getState().open(makeDetail().handoff.id, 'blocked'));

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
    const { submit } = renderPanel(makeDetail(), JONAS);
    act(() => usePanelStore.getState().open(makeDetail().handoff.id));
    const button = await screen.findByRole('button', { name: 'Submit for approval' });
    expect((button as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(button);
    await waitFor(() => expect(submit).toHaveBeenCalledWith({ id: makeDetail().handoff.id }));
    await screen.findByText('Submitted', { selector: '.ui-badge' });
  });

  it('tells someone who is not asked to act who is', async () => {
    renderPanel(makeDetail({ status: 'submitted' }), JONAS);
    act(() => usePanelStore.getState().open(makeDetail().handoff.id));
    await screen.findByText(/to approve the package/);
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
    expect(flowStatus()).toBe('Waiting on Maya Okafor (quality owner) to approve the package.');
  });

  it('follows “Who am I” while open: switching person changes the buttons and the status', async () => {
    const { client } = renderPanel(makeDetail({ status: 'submitted' }), JONAS);
    act(() => usePanelStore.getState().open(makeDetail().handoff.id));
    await waitFor(() =>
      expect(flowStatus()).toBe('Waiting on Maya Okafor (quality owner) to approve the package.'),
    );
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();

    // As Settings and the palette do it; the backend sends no live update for this switch.
    await act(() => useWorkspaceStore.getState().setMe(client, MAYA));
    await screen.findByRole('button', { name: 'Approve' });
    expect(screen.getByRole('button', { name: 'Request changes' })).toBeTruthy();
    expect(flowStatus()).toBe('Your turn: approve the package.');

    await act(() => useWorkspaceStore.getState().setMe(client, TOM));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull());
    expect(flowStatus()).toBe('Waiting on Maya Okafor (quality owner) to approve the package.');
  });

  it('keeps toasts clear of its footer while open: beside it, or above it if the window is narrow', async () => {
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
      renderPanel(makeDetail(), JONAS);
      act(() => usePanelStore.getState().open(makeDetail().handoff.id));
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
    const detail = makeDetail({
      fields: {},
      raci: [
        { personId: MAYA, role: 'A' },
        { personId: TOM, role: 'C' },
      ],
    });
    renderPanel(detail, TOM);
    act(() => usePanelStore.getState().open(detail.handoff.id));
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
    const base = makeDetail();
    const detail: HandoffDetail = {
      ...base,
      template: {
        ...base.template,
        id: 'custom.kickoff',
        fields: [
          extra('kickoff', 'Kick-off date', 'date'),
          extra('budget', 'Budget (EUR)', 'number'),
          extra('deck', 'Strategy deck', 'link'),
          extra('contact', 'Client contact', 'person'),
        ],
      },
      fields: { budget: 40000, contact: MAYA },
    };
    renderPanel(detail, JONAS);
    act(() => usePanelStore.getState().open(detail.handoff.id));
    const date = (await screen.findByLabelText('Kick-off date')) as HTMLInputElement;
    expect(date.type).toBe('date');
    const budget = screen.getByLabelText('Budget (EUR)') as HTMLInputElement;
    expect(budget.type).toBe('number');
    expect(budget.value).toBe('40000');
    const contact = screen.getByLabelText('Client contact') as HTMLSelectElement;
    expect(contact.value).toBe(MAYA);
    expect([...contact.options].map((o) => o.text)).toContain('Jonas Weber');

    // A link is checked with the domain's fieldProblem as it is typed, and not sent while wrong.
    const deck = screen.getByLabelText('Strategy deck') as HTMLInputElement;
    fireEvent.change(deck, { target: { value: 'slides somewhere' } });
    await screen.findByText('Must be a link (https://…).');
    expect(deck.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(deck, { target: { value: 'https://drive.example/deck' } });
    expect(screen.queryByText('Must be a link (https://…).')).toBeNull();
  });
});
