import { useCallback, useEffect, useId, useState } from 'react';
import {
  CAMPAIGN_TYPES,
  CHANNELS,
  type CampaignType,
  type Channel,
  type Client,
  type PlaybookHit,
} from '../../../shared/model';
import { playbookTagWords } from '../../../shared/domain/retrospective/playbookRelevance';
import { CAMPAIGN_TYPE_LABELS, CHANNEL_LABELS } from '../../../shared/model/labels';
import { useApi, useLiveRefetch } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { Select, TextField } from '../../ui';

const PLAYBOOK_TABLES = ['playbookEntry', 'client'];

/** The playbook: full-text search (title hits first, accents ignored) with tag filters. */
export function PlaybookSearchPanel() {
  const api = useApi();
  const headingId = useId();
  const [text, setText] = useState('');
  const [campaignType, setCampaignType] = useState<CampaignType | ''>('');
  const [channel, setChannel] = useState<Channel | ''>('');
  const [clientId, setClientId] = useState('');
  const [clients, setClients] = useState<Client[]>([]);
  const [hits, setHits] = useState<PlaybookHit[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  // A learning added here or by a teammate shows up in the results without retyping.
  const [version, setVersion] = useState(0);
  const bump = useCallback(() => setVersion((v) => v + 1), []);
  useLiveRefetch(PLAYBOOK_TABLES, bump);

  useEffect(() => {
    api.clients.list().then(setClients, () => setClients([]));
  }, [api]);
  useEffect(() => {
    let current = true;
    api.playbook
      .search({
        text,
        campaignType: campaignType || undefined,
        channel: channel || undefined,
        clientId: clientId || undefined,
      })
      .then(
        (h) => current && (setHits(h), setProblem(null)),
        (err: unknown) => current && setProblem(toBatonError(err).message),
      );
    return () => {
      current = false;
    };
  }, [api, text, campaignType, channel, clientId, version]);

  return (
    <section className="retro-playbook" aria-labelledby={headingId}>
      <h2 id={headingId}>Playbook</h2>
      <div className="retro-playbook__filters">
        <TextField
          label="Search the playbook"
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <Select
          label="Campaign type"
          value={campaignType}
          onChange={(e) => setCampaignType(e.target.value as CampaignType | '')}
        >
          <option value="">Any type</option>
          {CAMPAIGN_TYPES.map((t) => (
            <option key={t} value={t}>
              {CAMPAIGN_TYPE_LABELS[t]}
            </option>
          ))}
        </Select>
        <Select
          label="Channel"
          value={channel}
          onChange={(e) => setChannel(e.target.value as Channel | '')}
        >
          <option value="">Any channel</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {CHANNEL_LABELS[c]}
            </option>
          ))}
        </Select>
        <Select label="Client" value={clientId} onChange={(e) => setClientId(e.target.value)}>
          <option value="">Any client</option>
          {clients.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </div>
      {problem && <p role="alert">{problem}</p>}
      {hits.length === 0 ? (
        <p className="retro-muted">No learnings match.</p>
      ) : (
        <ul className="retro-learnings__list" aria-label="Playbook results">
          {hits.map((h) => (
            <li key={h.entry.id} className="retro-learnings__item">
              <strong>{h.entry.title}</strong>
              {h.entry.body ? <p>{h.entry.body}</p> : null}
              <span className="retro-muted">{playbookTagWords(h.entry)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
