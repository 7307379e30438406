/** One change row as the activity describer needs it. */
export interface ChangeFact {
  entity: string;
  entityId: string;
  field: string;
  value: unknown;
}

/** Names the describer looks up: people, stages, handoffs, field labels, checklist labels. */
export interface ActivityNames {
  person: (id: string | null) => string;
  stage: (id: string) => string;
  /** "Strategy → Creative" for a handoff id, or null when it is not one of this campaign's. */
  handoff: (id: string) => string | null;
  /** The handoff a child row (field, checklist item, RACI, event, comment) belongs to. */
  handoffOf: (entity: string, id: string) => string | null;
  fieldLabel: (handoffId: string, fieldId: string) => string;
  checklistLabel: (itemId: string) => string;
}

const EVENT_TEXT: Record<string, (handoff: string) => string> = {
  submitted: (h) => `submitted the ${h} handoff`,
  approved: (h) => `approved the ${h} handoff`,
  changes_requested: (h) => `requested changes to the ${h} handoff`,
  acknowledged: (h) => `confirmed they have what they need from the ${h} handoff`,
  sent_back: (h) => `sent the ${h} handoff back`,
  override: (h) => `overrode the gate of the ${h} handoff`,
  reopened: (h) => `reopened the ${h} handoff`,
  done: (h) => `completed the ${h} handoff`,
  preflight_signed: (h) => `signed the pre-flight of the ${h} handoff`,
};

const CAMPAIGN_FIELD_TEXT: Record<string, string> = {
  name: 'renamed the campaign',
  clientId: 'changed the client',
  type: 'changed the campaign type',
  channels: 'changed the channels',
  ownerId: 'changed the owner',
  team: 'changed the team',
  planOverrides: 'changed the plan’s durations',
};

/**
 * One readable sentence for one transaction of the change log, without the actor's name:
 * "approved the Strategy → Creative handoff". The most telling change of the transaction
 * wins (an approval over the status it set). Null when nothing in it is worth a line.
 */
export function describeTransaction(
  changes: readonly ChangeFact[],
  n: ActivityNames,
): string | null {
  const event = changes.find((c) => c.entity === 'handoffEvent' && c.field === 'kind');
  if (event) {
    const handoffId = n.handoffOf('handoffEvent', event.entityId);
    const h = handoffId ? n.handoff(handoffId) : null;
    const text = EVENT_TEXT[String(event.value)];
    const reason = changes.find((c) => c.entity === 'handoffEvent' && c.field === 'reason');
    if (h && text) return text(h) + (reason?.value ? `: “${String(reason.value)}”` : '');
  }
  const created = changes.find((c) => c.entity === 'campaign' && c.field === 'createdAt');
  if (created) return 'created the campaign';
  const moved = changes.find((c) => c.entity === 'campaign' && c.field === 'stageId');
  if (moved) return `moved the card to ${n.stage(String(moved.value))}`;
  const launch = changes.find((c) => c.entity === 'campaign' && c.field === 'launchDate');
  if (launch)
    return launch.value
      ? `moved the launch date to ${String(launch.value)}`
      : 'cleared the launch date';
  const deleted = changes.find((c) => c.entity === 'campaign' && c.field === 'deletedAt');
  if (deleted) return deleted.value ? 'archived the campaign' : 'restored the campaign';
  const campaignField = changes.find(
    (c) => c.entity === 'campaign' && CAMPAIGN_FIELD_TEXT[c.field],
  );
  if (campaignField) return CAMPAIGN_FIELD_TEXT[campaignField.field]!;
  const tick = changes.find((c) => c.entity === 'checklistItem' && c.field === 'done');
  if (tick) {
    const h = handoffName(n, 'checklistItem', tick.entityId);
    return `${tick.value ? 'ticked' : 'unticked'} “${n.checklistLabel(tick.entityId)}”${h}`;
  }
  const field = changes.find((c) => c.entity === 'handoffField' && c.field === 'value');
  if (field) {
    const handoffId = n.handoffOf('handoffField', field.entityId);
    return `edited ${handoffId ? n.fieldLabel(handoffId, field.entityId) : 'a field'}${handoffName(n, 'handoffField', field.entityId)}`;
  }
  const raci = changes.find((c) => c.entity === 'raci');
  if (raci) return `changed the RACI${handoffName(n, 'raci', raci.entityId)}`;
  const owner = changes.find((c) => c.entity === 'handoff' && c.field === 'qualityOwnerId');
  if (owner && !changes.some((c) => c.entity === 'handoff' && c.field === 'createdAt')) {
    const h = n.handoff(owner.entityId);
    return `made ${n.person(owner.value as string | null)} quality owner of the ${h ?? ''} handoff`.replace(
      '  ',
      ' ',
    );
  }
  const comment = changes.find((c) => c.entity === 'comment' && c.field === 'body');
  if (comment)
    return `commented${handoffName(n, 'comment', comment.entityId)}: “${String(comment.value).slice(0, 140)}”`;
  const opened = changes.find((c) => c.entity === 'handoff' && c.field === 'createdAt');
  if (opened) return `opened the ${n.handoff(opened.entityId) ?? ''} handoff`.replace('  ', ' ');
  return null;
}

function handoffName(n: ActivityNames, entity: string, id: string): string {
  const handoffId = n.handoffOf(entity, id);
  const h = handoffId ? n.handoff(handoffId) : null;
  return h ? ` in the ${h} handoff` : '';
}
