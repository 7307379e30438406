import { useId, useMemo, useState } from 'react';
import { CAMPAIGN_TYPES_FOR_UI, CAMPAIGN_TYPE_LABELS } from './campaignTypes';
import type { CampaignType } from '../../../shared/model';
import { Badge, Select, Spinner } from '../../ui';
import { TemplateEditor } from './TemplateEditor';
import type { TemplateSlot } from './templateDraft';
import { useTemplates } from './templatesStore';
import { stageName, TRANSITIONS } from './transitions';
import '../manage/manageScreen.css';
import './templates.css';

/** Handoff templates per transition and campaign type: pick one, edit it, save a new version. */
export function TemplatesScreen() {
  const headingId = useId();
  const { status, templates, error } = useTemplates();
  const [type, setType] = useState<CampaignType>('email');
  const [slot, setSlot] = useState<TemplateSlot>({
    from: 'strategy',
    to: 'creative',
    campaignType: 'email',
  });
  const rows = useMemo(() => templates.filter((t) => t.campaignType === type), [templates, type]);

  return (
    <section className="manage-screen templates-screen" aria-labelledby={headingId}>
      <header className="manage-screen__header">
        <div>
          <h1 id={headingId}>Handoff templates</h1>
          <p>
            What each handoff’s package asks for, per transition and campaign type. Saving makes a
            new version: new handoffs use it, handoffs already open keep the one they started with.
          </p>
        </div>
      </header>
      <div className="templates-layout">
        <nav className="templates-nav" aria-label="Templates">
          <Select
            label="Campaign type"
            value={type}
            onChange={(e) => {
              const next = e.target.value as CampaignType;
              setType(next);
              setSlot((s) => ({ ...s, campaignType: next }));
            }}
          >
            {CAMPAIGN_TYPES_FOR_UI.map((t) => (
              <option key={t} value={t}>
                {CAMPAIGN_TYPE_LABELS[t]}
              </option>
            ))}
          </Select>
          {status === 'idle' ? (
            <p className="manage-screen__state" role="status">
              <Spinner size="sm" /> Loading templates…
            </p>
          ) : status === 'error' ? (
            <p className="manage-screen__state" role="alert">
              Templates could not be loaded: {error?.message}
            </p>
          ) : (
            <ul className="templates-nav__list">
              {TRANSITIONS.map(({ from, to }) => {
                const t = rows.find((r) => r.from === from && r.to === to);
                const selected = slot.from === from && slot.to === to;
                return (
                  <li key={`${from}-${to}`}>
                    <button
                      type="button"
                      className="templates-nav__item"
                      aria-current={selected ? 'true' : undefined}
                      onClick={() => setSlot({ from, to, campaignType: type })}
                    >
                      <span className="templates-nav__title">
                        {stageName(from)} → {stageName(to)}
                        {t?.edited ? <Badge tone="info">Edited</Badge> : null}
                      </span>
                      {t ? (
                        <span className="templates-nav__sub">
                          {t.name} · v{t.version} · {t.requiredFieldCount} required of{' '}
                          {t.fieldCount} fields
                        </span>
                      ) : null}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </nav>
        <TemplateEditor key={`${slot.from}-${slot.to}-${slot.campaignType}`} slot={slot} />
      </div>
    </section>
  );
}
