import { useId } from 'react';
import type { CampaignSummary, Person, Stage } from '../../../shared/model';
import { Card } from './Card';

export function Column({
  stage,
  campaigns,
  people,
}: {
  stage: Stage;
  campaigns: CampaignSummary[];
  people: Person[];
}) {
  const headingId = useId();
  return (
    <section className="board-column" aria-labelledby={headingId}>
      <header className="board-column__header">
        <h2 id={headingId}>{stage.name}</h2>
        <span className="board-column__count" aria-label={`${campaigns.length} campaigns`}>
          {campaigns.length}
        </span>
      </header>
      <div className="board-column__cards">
        {campaigns.map((c) => (
          <Card key={c.id} campaign={c} people={people} />
        ))}
      </div>
    </section>
  );
}
