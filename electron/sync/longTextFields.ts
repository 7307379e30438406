import { GENERIC_TEMPLATE, templateById } from '../../shared/domain';
import { HandoffTemplate } from '../../shared/model';
import type { BatonDatabase } from '../db/batonDatabase';
import { preparedOnce } from '../db/prepared';

/**
 * The template a handoff started with: a built-in by its id, else the workspace's stored
 * version of that id (`handoff_templates`, one immutable row per version), else the generic
 * one. The sync engine's own lookup: it may not use the backend's catalog (import boundary).
 */
export function handoffTemplateOf(db: BatonDatabase, templateId: string): HandoffTemplate {
  const builtin = templateById(templateId);
  if (builtin) return builtin;
  const read = preparedOnce(db.sqlite, 'sync:storedTemplate', () =>
    db.sqlite.prepare<[string], string>('SELECT body FROM handoff_templates WHERE id = ?').pluck(),
  );
  const body = read.get(templateId);
  const parsed = body === undefined ? null : HandoffTemplate.safeParse(JSON.parse(body));
  return parsed?.success ? parsed.data : GENERIC_TEMPLATE;
}

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
  const template = handoffTemplateOf(db, row.templateId);
  return template.fields.find((f) => f.key === row.key)?.type === 'long_text';
}
