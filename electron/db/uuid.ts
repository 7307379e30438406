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
