import type { HealthEvent } from './healthInput';

export const SEND_BACK_KINDS: ReadonlySet<string> = new Set(['changes_requested', 'sent_back']);

/**
 * A reason as people typed it, made comparable: lower case, single spaces, no trailing
 * punctuation. "Missing  UTM links." and "missing utm links" count as one reason.
 */
export function normaliseReason(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.!?,;:]+$/, '');
}

/**
 * The reasons one send-back gives: its reason text, or — for a receiver's send-back that only
 * named what is missing — "missing: <item>" per item.
 */
export function reasonsOf(event: HealthEvent): string[] {
  const text = normaliseReason(event.reason ?? '');
  if (text) return [text];
  return event.missing
    .map((m) => normaliseReason(m))
    .filter(Boolean)
    .map((m) => `missing: ${m}`);
}
