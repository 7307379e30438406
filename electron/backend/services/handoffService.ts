import { handoffFieldId } from '../../db/uuid';
import { and, eq } from 'drizzle-orm';
import { DomainError, ruleViolation, shapeProblem } from '../../../shared/domain';
import type { FieldValue, HandoffField } from '../../../shared/model';
import * as s from '../../db/schema';
import { actorOf, type BackendContext } from '../context';
import { templateOfHandoff } from '../templateCatalog';
import { reopenIfChangedSinceApproval } from './handoffFlowService';
import { afterHandoffFieldWrite } from './launchCalendarMirror';

/** Sets one package field. The value must fit the field's type; completeness is the gate's job. */
export function setHandoffField(
  ctx: BackendContext,
  input: { handoffId: string; key: string; value: FieldValue },
): HandoffField {
  return ctx.db.write(actorOf(ctx), (tx) => {
    const handoff = tx.require('handoff', input.handoffId);
    const template = templateOfHandoff(tx.read, handoff);
    const field = template.fields.find((f) => f.key === input.key);
    if (!field) throw ruleViolation('key', `is not a field of the ${template.name} package`);
    const problem = shapeProblem(field, input.value);
    // The issue names the field's key (what the UI binds to); the message reads as its label.
    if (problem) {
      throw new DomainError('RULE_VIOLATION', `${field.label} ${problem}`, [
        { field: field.key, problem },
      ]);
    }
    const existing = tx.read
      .select()
      .from(s.handoffFields)
      .where(
        and(eq(s.handoffFields.handoffId, input.handoffId), eq(s.handoffFields.key, input.key)),
      )
      .get();
    const row = existing
      ? existing.deletedAt
        ? (tx.restore('handoffField', existing.id),
          tx.update('handoffField', existing.id, { value: input.value }))
        : tx.update('handoffField', existing.id, { value: input.value })
      : tx.insert('handoffField', {
          id: handoffFieldId(input.handoffId, input.key),
          handoffId: input.handoffId,
          key: input.key,
          value: input.value,
        });
    reopenIfChangedSinceApproval(ctx, tx, input.handoffId);
    afterHandoffFieldWrite(tx, input.handoffId, input.key);
    return {
      id: row.id,
      handoffId: row.handoffId,
      key: row.key,
      value: (row.value ?? null) as FieldValue,
    };
  });
}
