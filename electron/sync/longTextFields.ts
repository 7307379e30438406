import { GENERIC_TEMPLATE, templateById } from '../../shared/domain';
import type { BatonDatabase } from '../db/batonDatabase';
import { preparedOnce } from '../db/prepared';

/**
 * Whether a package field row is long text, merged line by line (merge rule 2): its template,
 * the one its handoff started with, says. False while the row or its handoff has not arrived.
 * Asked for every field a batch edits: one prepared read, the template looked up by id.
 */
export function isLongTextField(db: BatonDatabase, handoffFieldId: string): boolean {
  const read = preparedOnce(db.sqlite, 'sync:fieldTemplate', () =>
    db.sqlite.prepare<[string], { key: string; templateId: string }>(
      `SELECT f.key AS key, h.template_id AS templateId
         FROM handoff_fields f JOIN handoffs h ON h.id = f.handoff_id WHERE f.id = ?`,
    ),
  );
  const row = read.get(handoffFieldId);
  if (!row) return false;
  const template = templateById(row.templateId) ?? GENERIC_TEMPLATE;
  return template.fields.find((f) => f.key === row.key)?.type === 'long_text';
}
