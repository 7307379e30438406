import { CALENDAR_CHANNELS, type CalendarChannel } from '../../../shared/model';
import { Button, Select } from '../../ui';
import { NO_FILTER, useCalendarStore } from './calendarStore';
import { CALENDAR_CHANNEL_LABELS } from './channelStyle';

function isChannel(value: string): value is CalendarChannel {
  return (CALENDAR_CHANNELS as readonly string[]).includes(value);
}

/** Client, channel, campaign and owner; campaigns narrow to the client chosen. */
export function CalendarFilters() {
  const { filter, clients, campaigns, people, setFilter, clearFilter } = useCalendarStore();
  const shownCampaigns = filter.clientId
    ? campaigns.filter((c) => c.clientId === filter.clientId)
    : campaigns;
  const active = JSON.stringify(filter) !== JSON.stringify(NO_FILTER);
  return (
    <div className="cal-filters" role="group" aria-label="Filters">
      <Select
        label="Client"
        value={filter.clientId}
        onChange={(e) => setFilter({ clientId: e.target.value, campaignId: '' })}
      >
        <option value="">All clients</option>
        {clients.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </Select>
      <Select
        label="Channel"
        value={filter.channel}
        onChange={(e) => setFilter({ channel: isChannel(e.target.value) ? e.target.value : '' })}
      >
        <option value="">All channels</option>
        {CALENDAR_CHANNELS.map((c) => (
          <option key={c} value={c}>
            {CALENDAR_CHANNEL_LABELS[c]}
          </option>
        ))}
      </Select>
      <Select
        label="Campaign"
        value={filter.campaignId}
        onChange={(e) => setFilter({ campaignId: e.target.value })}
      >
        <option value="">All campaigns</option>
        {shownCampaigns.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </Select>
      <Select
        label="Owner"
        value={filter.ownerId}
        onChange={(e) => setFilter({ ownerId: e.target.value })}
      >
        <option value="">Anyone</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </Select>
      <Button variant="ghost" size="sm" onClick={clearFilter} disabled={!active}>
        Clear all
      </Button>
    </div>
  );
}
