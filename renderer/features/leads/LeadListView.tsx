import { useCallback, useEffect, useState } from 'react';
import {
  LEAD_STATUSES,
  type LeadPage,
  type LeadQuery,
  type LeadStatus,
} from '../../../shared/model';
import { useApi, useLiveRefetch } from '../../api/ApiContext';
import { toBatonError, type BatonError } from '../../api/errors';
import { Badge, Button, EmptyState, FilterSelect, PlusIcon, Spinner, TextField } from '../../ui';
import { LEAD_TABLES, useLeadOptions } from './leadOptions';
import { LeadRow } from './LeadRow';
import { useLeadsStore } from './leadsStore';
import { LEAD_STATUS_LABELS, LEAD_STATUS_TONES } from './leadWords';
import { NewLeadDialog } from './NewLeadDialog';

const PAGE_SIZE = 50;

interface ListFilter {
  status: LeadStatus | '';
  ownerId: string;
  assigneeId: string;
  campaignId: string;
  search: string;
}

const NO_FILTER: ListFilter = {
  status: '',
  ownerId: '',
  assigneeId: '',
  campaignId: '',
  search: '',
};

function queryOf(f: ListFilter, offset: number): LeadQuery {
  return {
    offset,
    limit: PAGE_SIZE,
    ...(f.status ? { status: f.status } : {}),
    ...(f.ownerId ? { ownerId: f.ownerId } : {}),
    ...(f.assigneeId ? { assigneeId: f.assigneeId } : {}),
    ...(f.campaignId ? { campaignId: f.campaignId } : {}),
    ...(f.search.trim() ? { search: f.search.trim() } : {}),
  };
}

const STATUS_OPTIONS = LEAD_STATUSES.map((s) => ({ id: s, name: LEAD_STATUS_LABELS[s] }));

function isStatus(v: string): v is LeadStatus {
  return (LEAD_STATUSES as readonly string[]).includes(v);
}

/** Every lead, filtered, searched and paged, with "New lead". */
export function LeadListView() {
  const api = useApi();
  const { people, campaigns } = useLeadOptions();
  const openLead = useLeadsStore((s) => s.openLead);
  const [filter, setFilter] = useState<ListFilter>(NO_FILTER);
  // Typing searches after a short pause, not on every key.
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<LeadPage | null>(null);
  const [error, setError] = useState<BatonError | null>(null);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    const timer = setTimeout(() => {
      setFilter((f) => (f.search === search ? f : { ...f, search }));
      setOffset(0);
    }, 250);
    return () => clearTimeout(timer);
  }, [search]);

  const load = useCallback(() => {
    api.leads
      .list(queryOf(filter, offset))
      .then((p) => {
        setPage(p);
        setError(null);
      })
      .catch((err: unknown) => setError(toBatonError(err)));
  }, [api, filter, offset]);
  useEffect(load, [load]);
  useLiveRefetch(LEAD_TABLES, load);
  // Deleting the last leads of the last page leaves it empty: show the page before instead.
  useEffect(() => {
    if (page && page.leads.length === 0 && page.total > 0 && offset > 0) {
      setOffset(Math.floor((page.total - 1) / PAGE_SIZE) * PAGE_SIZE);
    }
  }, [page, offset]);

  const change = (patch: Partial<ListFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setOffset(0);
  };
  const filtered =
    filter.status !== '' ||
    filter.ownerId !== '' ||
    filter.assigneeId !== '' ||
    filter.campaignId !== '' ||
    filter.search.trim() !== '';
  const total = page?.total ?? 0;
  const shown = page?.leads.length ?? 0;

  return (
    <section className="lead-view" aria-labelledby="lead-list-title">
      <header className="lead-view__header lead-view__header--actions">
        <h2 id="lead-list-title">All leads</h2>
        <Button variant="primary" icon={<PlusIcon />} onClick={() => setCreating(true)}>
          New lead
        </Button>
      </header>
      <div className="lead-filters" role="search" aria-label="Filter leads">
        <TextField
          label="Search"
          type="search"
          placeholder="Name, company or email"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          className="lead-filters__search"
        />
        <FilterSelect
          label="Status"
          value={filter.status}
          any="Any status"
          options={STATUS_OPTIONS}
          onChange={(v) => change({ status: isStatus(v) ? v : '' })}
        />
        <FilterSelect
          label="Owner"
          value={filter.ownerId}
          any="Anyone"
          options={people}
          onChange={(v) => change({ ownerId: v })}
        />
        <FilterSelect
          label="Assignee"
          value={filter.assigneeId}
          any="Anyone"
          options={people}
          onChange={(v) => change({ assigneeId: v })}
        />
        <FilterSelect
          label="Source campaign"
          value={filter.campaignId}
          any="Any campaign"
          options={campaigns}
          onChange={(v) => change({ campaignId: v })}
        />
        {filtered && (
          <Button
            variant="ghost"
            className="lead-filters__clear"
            onClick={() => {
              setSearch('');
              change(NO_FILTER);
            }}
          >
            Clear filters
          </Button>
        )}
      </div>
      {error && (
        <p className="lead-error" role="alert">
          Leads could not be read: {error.message}
        </p>
      )}
      {page === null && !error ? (
        <Spinner label="Reading leads" />
      ) : page !== null && total === 0 ? (
        <EmptyState
          headingLevel={3}
          title={filtered ? 'No lead matches these filters' : 'No leads yet'}
          body={
            filtered
              ? 'Clear a filter or search for something shorter.'
              : 'Add one with New lead, or bring a list in with Import CSV.'
          }
        />
      ) : page !== null ? (
        <>
          <div className="lead-table-scroll">
            <table className="lead-table">
              <thead>
                <tr>
                  <th scope="col">Lead</th>
                  <th scope="col" className="lead-table__email">
                    Email
                  </th>
                  <th scope="col">Status</th>
                  <th scope="col" className="lead-table__num">
                    Score
                  </th>
                  <th scope="col">Owner</th>
                  <th scope="col">Assignee</th>
                  <th scope="col" className="lead-table__campaign">
                    Source campaign
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.leads.map((lead) => (
                  <LeadRow key={lead.id} lead={lead}>
                    <td className="lead-table__email">{lead.email}</td>
                    <td>
                      <Badge tone={LEAD_STATUS_TONES[lead.status]}>
                        {LEAD_STATUS_LABELS[lead.status]}
                      </Badge>
                    </td>
                    <td className="lead-table__num">{lead.score}</td>
                    <td>{lead.ownerName ?? <span className="lead-muted">Nobody</span>}</td>
                    <td>{lead.assigneeName ?? <span className="lead-muted">Nobody yet</span>}</td>
                    <td className="lead-table__campaign">
                      {lead.campaignName ?? (
                        <span className="lead-muted">{lead.sourceChannel || 'None'}</span>
                      )}
                    </td>
                  </LeadRow>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="lead-pager" aria-label="Pages of leads">
            <span className="lead-muted" aria-live="polite">
              {offset + 1}–{offset + shown} of {total}
            </span>
            {total > PAGE_SIZE && (
              <>
                <Button
                  size="sm"
                  disabled={offset === 0}
                  onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
                >
                  Previous
                </Button>
                <Button
                  size="sm"
                  disabled={offset + PAGE_SIZE >= total}
                  onClick={() => setOffset(offset + PAGE_SIZE)}
                >
                  Next
                </Button>
              </>
            )}
          </nav>
        </>
      ) : null}
      <NewLeadDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          openLead(id);
          load();
        }}
      />
    </section>
  );
}
