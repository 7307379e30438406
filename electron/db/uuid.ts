import crypto from 'node:crypto';
import { v7 } from 'uuid';

/** Time-ordered ids generated on the device, so rows created offline never collide. */
export function newId(): string {
  return v7();
}

/** A UUID (version 8: custom) derived from a name, the same on every device. */
export function derivedId(name: string): string {
  const h = crypto.createHash('sha256').update(`baton:${name}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * A package field's row id: one per handoff and key (the table allows one), derived so that
 * two laptops filling the same empty field offline create the same row, whose value then
 * merges like any field, instead of two rows that cannot both exist.
 */
export function handoffFieldId(handoffId: string, key: string): string {
  return derivedId(`handoffField:${handoffId}:${key}`);
}

/**
 * The handoff a campaign opens on one transition: derived, so two laptops moving the same card
 * forward offline open one handoff (its fields merge), not two for the same step.
 */
export function handoffRowId(campaignId: string, fromStageId: string, toStageId: string): string {
  return derivedId(`handoff:${campaignId}:${fromStageId}:${toStageId}`);
}

/** A template's checklist item on one handoff (items a person adds get fresh ids). */
export function checklistItemId(handoffId: string, key: string): string {
  return derivedId(`checklistItem:${handoffId}:${key}`);
}

/** One person in one RACI role on one handoff: removing and adding again is one row's edits. */
export function raciId(handoffId: string, personId: string, role: string): string {
  return derivedId(`raci:${handoffId}:${personId}:${role}`);
}
