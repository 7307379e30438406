import { useCallback, useEffect, useId, useState } from 'react';
import type { PlaybookHit } from '../../../shared/model';
import { useApi, useLiveRefetch } from '../../api/ApiContext';
import { useHandoff } from '../handoff/handoffContext';
import './retrospectives.css';

const PLAYBOOK_TABLES = ['playbookEntry', 'campaign'];

/**
 * "Learnings from past campaigns" in a Strategy → Creative handoff: the playbook entries of the
 * campaign's type (and any-type ones), same channels and client first — what the strategist
 * should know before writing the brief.
 */
export function LearningsSection() {
  const { detail } = useHandoff();
  if (detail.template.from !== 'strategy') return null;
  return <Learnings campaignId={detail.handoff.campaignId} />;
}

function Learnings({ campaignId }: { campaignId: string }) {
  const api = useApi();
  const headingId = useId();
  const [hits, setHits] = useState<PlaybookHit[] | null>(null);
  const load = useCallback(() => {
    api.playbook.forCampaign({ campaignId, limit: 5 }).then(setHits, () => setHits([]));
  }, [api, campaignId]);
  useEffect(load, [load]);
  useLiveRefetch(PLAYBOOK_TABLES, load);
  if (!hits || hits.length === 0) return null;
  return (
    <section className="hp-section retro-learnings" aria-labelledby={headingId}>
      <h3 id={headingId} className="hp-section__title">
        Learnings from past campaigns
      </h3>
      <ul className="retro-learnings__list">
        {hits.map((h) => (
          <li key={h.entry.id} className="retro-learnings__item">
            <strong>{h.entry.title}</strong>
            {h.entry.body ? <p>{h.entry.body}</p> : null}
            <span className="retro-muted">{h.reasons.join(' · ')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
