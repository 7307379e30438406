import { type ComponentType, type KeyboardEvent, useId, useRef } from 'react';
import { cx } from '../../ui';
import { LeadDetailPanel } from './LeadDetailPanel';
import { LeadImportView } from './LeadImportView';
import { LeadListView } from './LeadListView';
import { LeadQueueView } from './LeadQueueView';
import { LEAD_VIEW_LABELS, LEAD_VIEWS, useLeadsStore, type LeadView } from './leadsStore';
import { QualityReportView } from './QualityReportView';
import { ReengagementView } from './ReengagementView';
import { WeeklyAgendaView } from './WeeklyAgendaView';
import './leads.css';

const VIEWS: Record<LeadView, ComponentType> = {
  queue: LeadQueueView,
  all: LeadListView,
  reengagement: ReengagementView,
  quality: QualityReportView,
  agenda: WeeklyAgendaView,
  import: LeadImportView,
};

/**
 * The sales ↔ marketing lead handoff: the SLA queue, every lead, re-engagement, the quality
 * report, the weekly agenda and CSV import as tabs; the chosen lead opens in a side panel
 * beside whichever view opened it.
 */
export function LeadsScreen() {
  const headingId = useId();
  const tabsId = useId();
  const { view, setView, selectedLeadId } = useLeadsStore();
  const tabRefs = useRef<Partial<Record<LeadView, HTMLButtonElement | null>>>({});
  const View = VIEWS[view];

  // Arrow keys, Home and End move between the tabs (and show them), as in any tab strip.
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const at = LEAD_VIEWS.indexOf(view);
    const next =
      e.key === 'ArrowRight'
        ? LEAD_VIEWS[(at + 1) % LEAD_VIEWS.length]
        : e.key === 'ArrowLeft'
          ? LEAD_VIEWS[(at - 1 + LEAD_VIEWS.length) % LEAD_VIEWS.length]
          : e.key === 'Home'
            ? LEAD_VIEWS[0]
            : e.key === 'End'
              ? LEAD_VIEWS[LEAD_VIEWS.length - 1]
              : undefined;
    if (!next) return;
    e.preventDefault();
    setView(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <section
      className={cx('leads-screen', selectedLeadId && 'leads-screen--with-panel')}
      aria-labelledby={headingId}
    >
      <div className="leads-screen__main">
        <header className="leads-screen__header">
          <h1 id={headingId}>Leads</h1>
          <div className="leads-tabs" role="tablist" aria-label="Lead views">
            {LEAD_VIEWS.map((v) => (
              <button
                key={v}
                ref={(el) => {
                  tabRefs.current[v] = el;
                }}
                type="button"
                role="tab"
                id={`${tabsId}-${v}`}
                className="leads-tabs__tab"
                aria-selected={v === view}
                aria-controls={`${tabsId}-panel`}
                tabIndex={v === view ? 0 : -1}
                onClick={() => setView(v)}
                onKeyDown={onTabKey}
              >
                {LEAD_VIEW_LABELS[v]}
              </button>
            ))}
          </div>
        </header>
        <div
          className="leads-screen__view"
          role="tabpanel"
          id={`${tabsId}-panel`}
          aria-labelledby={`${tabsId}-${view}`}
        >
          <View />
        </div>
      </div>
      {selectedLeadId && <LeadDetailPanel key={selectedLeadId} leadId={selectedLeadId} />}
    </section>
  );
}
