import { useCampaignDialogStore } from '../campaigns/campaignDialogStore';
import type { FigureSelection } from './FigureButton';

/** The campaigns behind the figure last pressed; each opens as it does from the board. */
export function CampaignsBehind({
  selection,
  names,
  onClose,
}: {
  selection: FigureSelection;
  names: Record<string, string>;
  onClose: () => void;
}) {
  const openDetails = useCampaignDialogStore((s) => s.openDetails);
  const { ids, total } = selection.campaigns;
  return (
    <div className="health-behind" role="region" aria-label={`Campaigns behind ${selection.title}`}>
      <div className="health-behind__head">
        <strong>Behind {selection.title}</strong>
        <button type="button" className="health-behind__close" onClick={onClose}>
          Hide
        </button>
      </div>
      <ul className="health-behind__list">
        {ids.map((id) => (
          <li key={id}>
            <button type="button" className="health-campaign" onClick={() => openDetails(id)}>
              {names[id] ?? 'A campaign'}
            </button>
          </li>
        ))}
      </ul>
      {total > ids.length && <p className="health-behind__more">and {total - ids.length} more</p>}
    </div>
  );
}
