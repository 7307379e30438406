import { eq } from 'drizzle-orm';
import { packageHash, type PlannedHandoff } from '../../../shared/domain';
import type { FieldValue } from '../../../shared/model';
import * as schema from '../../db/schema';
import { handoffFieldId } from '../../db/uuid';
import type { WriteTx } from '../../db/writeTx';
import { afterHandoffFieldWrite } from './launchCalendarMirror';

// Filling a sample package the way a person would: answers typed into its fields, then the
// checklist ticked by whoever is writing (the write's actor, at the write's time).

/** Writes the template's answers the demo has; `partial` writes only the first two. */
export function fillPackage(
  tx: WriteTx,
  handoffId: string,
  step: PlannedHandoff,
  values: Record<string, FieldValue>,
  partial: boolean,
): void {
  const fields = step.template.fields.filter((f) => values[f.key] !== undefined);
  // A partial package has its first answers and is missing the rest: the gate names them.
  for (const f of partial ? fields.slice(0, 2) : fields) {
    tx.insert('handoffField', {
      id: handoffFieldId(handoffId, f.key),
      handoffId,
      key: f.key,
      value: values[f.key]!,
    });
    // As setHandoffField does: a launch sequence written is mirrored into the calendar.
    afterHandoffFieldWrite(tx, handoffId, f.key);
  }
}

export function tickChecklist(tx: WriteTx, handoffId: string): void {
  const items = tx.read
    .select()
    .from(schema.checklistItems)
    .where(eq(schema.checklistItems.handoffId, handoffId))
    .all();
  for (const item of items) {
    tx.update('checklistItem', item.id, { done: true, doneById: tx.actorId, doneAt: tx.at });
  }
}

/**
 * The hash of exactly what the package holds now (fields prefilled when the handoff opened
 * included), as the gate will compute it, or a sample approval would read as "changed since
 * approval".
 */
export function currentPackageHash(tx: WriteTx, handoffId: string): string {
  const fields = tx.read
    .select()
    .from(schema.handoffFields)
    .where(eq(schema.handoffFields.handoffId, handoffId))
    .all();
  const checklist = tx.read
    .select()
    .from(schema.checklistItems)
    .where(eq(schema.checklistItems.handoffId, handoffId))
    .all();
  return packageHash({
    fields: Object.fromEntries(fields.map((f) => [f.key, (f.value ?? null) as FieldValue])),
    checklist: checklist.map((c) => ({ label: c.label, done: c.done })),
  });
}
