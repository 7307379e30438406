import { memo, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CampaignSummary, Person } from '../../../shared/model';
import { Button, Select, TextField } from '../../ui';
import { isFilterActive } from './filterCampaigns';
import { filterSelects, pickFilter } from './filterSelects';
import { useFilterStore } from './filterStore';
import { MyFollowUpLinks } from './MyFollowUpLinks';

/**
 * Narrows the board: client, person, type, channel, overdue, my work, text. Memoized: a drag's
 * start and drop re-render the board, and change none of this.
 */
export const FilterBar = memo(function FilterBar({
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
  const selects = useMemo(() => filterSelects(campaigns, people), [campaigns, people]);
  const active = isFilterActive(filter);

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
      {selects.map((s) => (
        <Select
          key={s.key}
          label={s.label}
          hideLabel
          value={filter[s.key] ?? ''}
          onChange={(e) => set(pickFilter(s.key, e.currentTarget.value))}
        >
          <option value="">{s.anyLabel}</option>
          {s.choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </Select>
      ))}
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
      {filter.myWork && <MyFollowUpLinks campaigns={campaigns} />}
    </div>
  );
});
