import type { LeadFormValues } from './leadForm';

// A refused hand-off names the package's missing parts; each part the lead panel can fix gets
// a button that puts the person in the control that fixes it. The parts are matched by the
// name leads.handOff gives them (shared/domain/leads/leadPackage.ts).

/** The panel's controls that fix a missing part: a detail field, or the Add touch form's kind. */
export type LeadFixField = keyof LeadFormValues | 'touchKind';

export interface LeadFix {
  field: LeadFixField;
  /** The control's label, for the button's accessible name. */
  label: string;
}

const FIXES: Readonly<Record<string, LeadFix>> = {
  Receiver: { field: 'assigneeId', label: 'Assignee (sales)' },
  Company: { field: 'company', label: 'Company' },
  // "Name the source campaign or channel": the campaign comes first, the channel just below it.
  Source: { field: 'sourceCampaignId', label: 'Source campaign' },
  Journey: { field: 'touchKind', label: 'Add touch' },
  // "Add notes or interests": notes become talking points sentence by sentence.
  'Talking points': { field: 'notes', label: 'Notes' },
};

/**
 * The control that fixes a missing part, or null where the panel has none: the email is set
 * when the lead is made (the panel shows it, never edits it), and a score is not a field.
 */
export function leadFixFor(part: string): LeadFix | null {
  return FIXES[part] ?? null;
}

/** The DOM id of a fixing control of one lead's panel. */
export function leadFieldDomId(leadId: string, field: LeadFixField): string {
  return `lead-${leadId}-field-${field}`;
}

/** Scrolls the control into the middle of the view and focuses it; false when it is not shown. */
export function focusLeadField(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  target.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  target.focus({ preventScroll: true });
  return document.activeElement === target;
}
