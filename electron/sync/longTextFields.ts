import { eq } from 'drizzle-orm';
import { GENERIC_TEMPLATE, templateById } from '../../shared/domain';
import type { BatonDatabase } from '../db/batonDatabase';
import * as s from '../db/schema';

/**
 * Whether a package field row is long text, merged line by line (merge rule 2): its template,
 * the one its handoff started with, says. False while the row or its handoff has not arrived.
 */
export function isLongTextField(db: BatonDatabase, handoffFieldId: string): boolean {
  const row = db.orm
    .select({ key: s.handoffFields.key, templateId: s.handoffs.templateId })
    .from(s.handoffFields)
    .innerJoin(s.handoffs, eq(s.handoffs.id, s.handoffFields.handoffId))
    .where(eq(s.handoffFields.id, handoffFieldId))
    .get();
  if (!row) return false;
  const template = templateById(row.templateId) ?? GENERIC_TEMPLATE;
  return template.fields.find((f) => f.key === row.key)?.type === 'long_text';
}
