import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CAMPAIGN_TYPE_LABELS } from '../../../shared/model/labels';
import type { CampaignSummary, CampaignType, Channel, Person } from '../../../shared/model';
import { Button, Select, TextField } from '../../ui';
import { CHANNEL_LABELS } from '../campaigns/channelLabels';
import { isFilterActive } from './filterCampaigns';
import { useFilterStore } from './filterStore';

function byLabel<T extends { label: string }>(a: T, b: T) {
  return a.label.localeCompare(b.label);
}

/** Choices that can match something: the clients and channels the board's campaigns have. */
function optionsFrom(campaigns: readonly CampaignSummary[]) {
  const clients = new Map<string, string>();
  const channels = new Set<Channel>();
  for (const c of campaigns) {
    clients.set(c.clientId, c.clientName);
    for (const ch of c.channels) channels.add(ch);
  }
  return {
    clients: [...clients].map(([id, label]) => ({ id, label })).sort(byLabel),
    channels: [...channels].map((id) => ({ id, label: CHANNEL_LABELS[id] })).sort(byLabel),
  };
}

/** Narrows the board: client, person, type, channel, overdue, my work, text. */
export function FilterBar({
  campaigns,
  people,
  shown,
  meName,
}: {
  campaigns: readonly CampaignSummary[];
  people: readonly Person[];
  shown: number;
  meName: string | null;
}) {
  const { filter, set, clear } = useFilterStore(
    useShallow((s) => ({ filter: s.filter, set: s.set, clear: s.clear })),
  );
  const options = useMemo(() => optionsFrom(campaigns), [campaigns]);
  const active = isFilterActive(filter);
  const sortedPeople = useMemo(
    () => [...people].sort((a, b) => a.name.localeCompare(b.name)),
    [people],
  );

  return (
    <div className="board-filters" role="search" aria-label="Filter the board">
      <TextField
        className="board-filters__search"
        label="Search campaigns"
        hideLabel
        type="search"
        placeholder="Search campaigns"
        value={filter.text}
        onChange={(e) => set({ text: e.currentTarget.value })}
      />
      <Select
        label="Client"
        hideLabel
        value={filter.clientId ?? ''}
        onChange={(e) => set({ clientId: e.currentTarget.value || null })}
      >
        <option value="">All clients</option>
        {options.clients.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </Select>
      <Select
        label="Person"
        hideLabel
        value={filter.personId ?? ''}
        onChange={(e) => set({ personId: e.currentTarget.value || null })}
      >
        <option value="">Everyone</option>
        {sortedPeople.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </Select>
      <Select
        label="Type"
        hideLabel
        value={filter.type ?? ''}
        onChange={(e) => set({ type: (e.currentTarget.value || null) as CampaignType | null })}
      >
        <option value="">All types</option>
        {Object.entries(CAMPAIGN_TYPE_LABELS).map(([id, label]) => (
          <option key={id} value={id}>
            {label}
          </option>
        ))}
      </Select>
      <Select
        label="Channel"
        hideLabel
        value={filter.channel ?? ''}
        onChange={(e) => set({ channel: (e.currentTarget.value || null) as Channel | null })}
      >
        <option value="">All channels</option>
        {options.channels.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </Select>
      <Button
        variant={filter.overdueOnly ? 'primary' : 'secondary'}
        aria-pressed={filter.overdueOnly}
        onClick={() => set({ overdueOnly: !filter.overdueOnly })}
      >
        Overdue only
      </Button>
      <Button
        variant={filter.myWork ? 'primary' : 'secondary'}
        aria-pressed={filter.myWork}
        disabled={meName === null}
        title={
          meName === null
            ? 'Choose who you are in Settings first'
            : `Campaigns ${meName} owns, works on or must act on now`
        }
        onClick={() => set({ myWork: !filter.myWork })}
      >
        My work
      </Button>
      <div className="board-filters__result" role="status">
        {active ? `${shown} of ${campaigns.length} campaigns` : null}
      </div>
      {active && (
        <Button variant="ghost" onClick={clear}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
