import { CAMPAIGN_TYPE_LABELS, CHANNEL_LABELS } from '../../../shared/model/labels';
import type { CampaignSummary, Channel, Person } from '../../../shared/model';
import type { BoardFilter } from './filterCampaigns';

/** The filters a dropdown sets: each holds one id, or null for "all". */
export type FilterSelectKey = 'clientId' | 'personId' | 'type' | 'channel';

export interface FilterChoice {
  id: string;
  label: string;
}

/** One dropdown of the filter bar, in the bar's order. */
export interface FilterSelect {
  key: FilterSelectKey;
  /** Its accessible name (the label is for screen readers only). */
  label: string;
  /** The first option, which filters nothing. */
  anyLabel: string;
  choices: readonly FilterChoice[];
}

function byLabel(a: FilterChoice, b: FilterChoice) {
  return a.label.localeCompare(b.label);
}

/**
 * Client, person, type and channel. Clients and channels offer only what the board's campaigns
 * have, so every choice can match something; people and types are all listed.
 */
export function filterSelects(
  campaigns: readonly CampaignSummary[],
  people: readonly Person[],
): FilterSelect[] {
  const clients = new Map<string, string>();
  const channels = new Set<Channel>();
  for (const c of campaigns) {
    clients.set(c.clientId, c.clientName);
    for (const ch of c.channels) channels.add(ch);
  }
  return [
    {
      key: 'clientId',
      label: 'Client',
      anyLabel: 'All clients',
      choices: [...clients].map(([id, label]) => ({ id, label })).sort(byLabel),
    },
    {
      key: 'personId',
      label: 'Person',
      anyLabel: 'Everyone',
      choices: people.map((p) => ({ id: p.id, label: p.name })).sort(byLabel),
    },
    {
      key: 'type',
      label: 'Type',
      anyLabel: 'All types',
      choices: Object.entries(CAMPAIGN_TYPE_LABELS).map(([id, label]) => ({ id, label })),
    },
    {
      key: 'channel',
      label: 'Channel',
      anyLabel: 'All channels',
      choices: [...channels].map((id) => ({ id, label: CHANNEL_LABELS[id] })).sort(byLabel),
    },
  ];
}

/** The filter change a dropdown makes: its empty first option clears that filter. */
export function pickFilter(key: FilterSelectKey, value: string): Partial<BoardFilter> {
  // The value is one of the ids filterSelects offered for this key, so it has the key's type.
  return { [key]: value || null } as Partial<BoardFilter>;
}
