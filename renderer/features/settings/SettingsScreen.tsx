import { useId } from 'react';
import { DashboardStandardsSection } from './DashboardStandardsSection';
import { CoordinationRulesSection } from './CoordinationRulesSection';
import { DeviceSection } from './DeviceSection';
import { LeadScoringSection } from './LeadScoringSection';
import { LeadSlaSection } from './LeadSlaSection';
import { ProductionSection } from './ProductionSection';
import { SyncSection } from '../sync/SyncSection';
import { StageNamesSection } from './StageNamesSection';
import { ThemeSection } from './ThemeSection';
import { WhoAmISection } from './WhoAmISection';
import '../manage/manageScreen.css';
import './settings.css';

/** Who I am here, this computer, folder sync, appearance and the workspace's stage names. */
export function SettingsScreen() {
  const headingId = useId();
  return (
    <section className="manage-screen" aria-labelledby={headingId}>
      <header className="manage-screen__header">
        <div>
          <h1 id={headingId}>Settings</h1>
          <p>
            Who you are and how Baton looks are kept per computer; stage names and production rules
            are shared.
          </p>
        </div>
      </header>
      <div className="settings-grid">
        <WhoAmISection />
        <DeviceSection />
        <SyncSection />
        <ThemeSection />
        <StageNamesSection />
        <ProductionSection />
        <DashboardStandardsSection />
        <CoordinationRulesSection />
        <LeadScoringSection />
        <LeadSlaSection />
      </div>
    </section>
  );
}
