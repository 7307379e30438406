import type { ReactNode } from 'react';
import type { HealthCampaigns } from '../../../shared/model';

export interface FigureSelection {
  title: string;
  campaigns: HealthCampaigns;
}

/** A figure that shows the campaigns behind it when pressed; plain text when there are none. */
export function FigureButton({
  children,
  title,
  campaigns,
  onShow,
}: {
  children: ReactNode;
  title: string;
  campaigns: HealthCampaigns;
  onShow: (selection: FigureSelection) => void;
}) {
  if (campaigns.total === 0) return <span className="health-figure">{children}</span>;
  return (
    <button
      type="button"
      className="health-figure health-figure--link"
      title={`Show the ${campaigns.total === 1 ? 'campaign' : `${campaigns.total} campaigns`} behind this`}
      onClick={() => onShow({ title, campaigns })}
    >
      {children}
    </button>
  );
}
