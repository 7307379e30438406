import type { GateView } from '../../../../shared/model';

type MissingItem = GateView['missing'][number];

// DOM ids that tie an item of the "What's missing" list to the control that fixes it.

export function fieldDomId(handoffId: string, key: string): string {
  return `handoff-${handoffId}-field-${key}`;
}

export function checklistDomId(itemId: string): string {
  return `handoff-checklist-${itemId}`;
}

export function raciDomId(handoffId: string, roleName: string): string {
  return `handoff-${handoffId}-raci-${roleName.toLowerCase()}`;
}

/** The pre-flight's sign button (or its section when the button is not offered). */
export function preflightDomId(handoffId: string): string {
  return `handoff-${handoffId}-preflight`;
}

/** The asset register section, where the assets the final verification names are approved. */
export function assetRegisterDomId(handoffId: string): string {
  return `handoff-${handoffId}-asset-register`;
}

export function qualityOwnerDomId(handoffId: string): string {
  return `handoff-${handoffId}-quality-owner`;
}

/** The element to focus for a missing item; checklist items are matched by label. */
export function missingTargetId(
  handoffId: string,
  item: Pick<MissingItem, 'kind' | 'key'>,
  checklist: readonly { id: string; label: string }[],
): string | null {
  switch (item.kind) {
    case 'field':
      return fieldDomId(handoffId, item.key);
    case 'checklist': {
      const entry = checklist.find((c) => c.label === item.key);
      return entry ? checklistDomId(entry.id) : null;
    }
    case 'raci':
      return raciDomId(handoffId, item.key);
    case 'quality_owner':
      return qualityOwnerDomId(handoffId);
    case 'preflight':
      return preflightDomId(handoffId);
    case 'asset':
      return assetRegisterDomId(handoffId);
  }
}

/** Focuses the control (or the first control inside the element) and scrolls it into view. */
export function focusTarget(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  const control = el.matches('input, textarea, select, button')
    ? el
    : el.querySelector<HTMLElement>('input, textarea, select, button');
  const target = control ?? el;
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  target.focus({ preventScroll: true });
  return document.activeElement === target;
}
