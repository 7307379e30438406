import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CampaignDetail, CommitNotice, HandoffDetail, Person } from '../../../shared/model';
import { useApi, useLiveRefetch } from '../../api/ApiContext';
import { toBatonError, type BatonError } from '../../api/errors';
import { useWorkspaceStore } from '../workspace/workspaceStore';

/** Everything the panel shows about one handoff, kept fresh by the live-update stream. */
export interface HandoffData {
  detail: HandoffDetail;
  /** People of the workspace (not archived), for names and pickers. */
  people: Person[];
  /**
   * Who uses this laptop: decides which status-flow buttons are offered. Taken from the
   * workspace store, the one place that knows who I am in this window: switching person in
   * Settings or the palette updates it and an open panel follows at once (that switch sends no
   * live-update notice, so a copy read when the panel opened would go stale).
   */
  me: Person | null;
  /** The campaign and its client (brand guidelines, plan slack); null until loaded or if it fails. */
  campaign: CampaignDetail | null;
  /** This device, to tell "this device" from a teammate's in the trail. */
  deviceId: string | null;
}

const DETAIL_TABLES = [
  'handoff',
  'handoffField',
  'checklistItem',
  'raci',
  'handoffEvent',
  'comment',
];
const PEOPLE_TABLES = ['person'];
const CAMPAIGN_TABLES = ['campaign', 'client', 'handoff'];
const ALL_TABLES = [...new Set([...DETAIL_TABLES, ...PEOPLE_TABLES, ...CAMPAIGN_TABLES])];

export function useHandoffData(handoffId: string | null) {
  const api = useApi();
  const [detail, setDetail] = useState<HandoffDetail | null>(null);
  const [error, setError] = useState<BatonError | null>(null);
  const [people, setPeople] = useState<Person[]>([]);
  const me = useWorkspaceStore((s) => s.view?.me ?? null);
  const [campaign, setCampaign] = useState<CampaignDetail | null>(null);
  const [deviceId, setDeviceId] = useState<string | null>(null);
  // Answers can arrive out of order; only the latest request (or mutation result) may land.
  const detailSeq = useRef(0);
  const campaignId = detail?.handoff.id === handoffId ? detail?.handoff.campaignId : undefined;

  const loadDetail = useCallback(async () => {
    if (!handoffId) return;
    const n = ++detailSeq.current;
    try {
      const d = await api.handoffs.get({ id: handoffId });
      if (n === detailSeq.current) {
        setDetail(d);
        setError(null);
      }
    } catch (err) {
      if (n === detailSeq.current) setError(toBatonError(err));
    }
  }, [api, handoffId]);

  const loadPeople = useCallback(async () => {
    try {
      const [list, info] = await Promise.all([api.people.list(), api.system.info()]);
      setPeople(list.filter((p) => p.deletedAt === null));
      setDeviceId(info.deviceId);
    } catch {
      // Names fall back to "a teammate"; the handoff itself still loads and shows its error.
    }
  }, [api]);

  const loadCampaign = useCallback(async () => {
    if (!campaignId) return;
    try {
      setCampaign(await api.campaigns.get({ id: campaignId }));
    } catch {
      // Brand guidelines and slack are extras: the package stays editable without them.
      setCampaign(null);
    }
  }, [api, campaignId]);

  useEffect(() => {
    setDetail(null);
    setError(null);
    setCampaign(null);
    if (!handoffId) return;
    void loadDetail();
    void loadPeople();
  }, [handoffId, loadDetail, loadPeople]);

  useEffect(() => {
    void loadCampaign();
  }, [loadCampaign]);

  const onNotice = useCallback(
    (n: CommitNotice) => {
      if (!handoffId) return;
      const hit = (tables: string[]) =>
        n.tables.includes('*') || n.tables.some((t) => tables.includes(t));
      if (hit(DETAIL_TABLES)) void loadDetail();
      if (hit(PEOPLE_TABLES)) void loadPeople();
      if (hit(CAMPAIGN_TABLES)) void loadCampaign();
    },
    [handoffId, loadDetail, loadPeople, loadCampaign],
  );
  useLiveRefetch(ALL_TABLES, onNotice);

  /** A mutation's answer is the freshest view: it wins over any fetch still in flight. */
  const applyDetail = useCallback((d: HandoffDetail) => {
    detailSeq.current++;
    setDetail(d);
  }, []);

  const data = useMemo<HandoffData | null>(
    () =>
      detail && detail.handoff.id === handoffId ? { detail, people, me, campaign, deviceId } : null,
    [detail, handoffId, people, me, campaign, deviceId],
  );
  return { data, error, reload: loadDetail, applyDetail };
}
