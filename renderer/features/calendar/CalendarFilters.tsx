import { CALENDAR_CHANNELS, type CalendarChannel } from '../../../shared/model';
import { Button, FilterSelect } from '../../ui';
import { NO_FILTER, useCalendarStore } from './calendarStore';
import { CALENDAR_CHANNEL_LABELS } from './channelStyle';

const CHANNEL_OPTIONS = CALENDAR_CHANNELS.map((c) => ({ id: c, name: CALENDAR_CHANNEL_LABELS[c] }));

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
      <FilterSelect
        label="Client"
        value={filter.clientId}
        any="All clients"
        options={clients}
        onChange={(v) => setFilter({ clientId: v, campaignId: '' })}
      />
      <FilterSelect
        label="Channel"
        value={filter.channel}
        any="All channels"
        options={CHANNEL_OPTIONS}
        onChange={(v) => setFilter({ channel: isChannel(v) ? v : '' })}
      />
      <FilterSelect
        label="Campaign"
        value={filter.campaignId}
        any="All campaigns"
        options={shownCampaigns}
        onChange={(v) => setFilter({ campaignId: v })}
      />
      <FilterSelect
        label="Owner"
        value={filter.ownerId}
        any="Anyone"
        options={people}
        onChange={(v) => setFilter({ ownerId: v })}
      />
      <Button variant="ghost" size="sm" onClick={clearFilter} disabled={!active}>
        Clear all
      </Button>
    </div>
  );
}
