import { isNull } from 'drizzle-orm';
import { DomainError } from '../../../shared/domain';
import {
  activeRules,
  checkRuleSettings,
  storedRuleSettings,
  toRuleSetting,
  type CoordinationRule,
} from '../../../shared/domain/calendar';
import type { CoordinationRulesView, SetCoordinationRules } from '../../../shared/model';
import * as s from '../../db/schema';
import type { ReadDb } from '../../db/writeTx';
import { actorOf, type BackendContext } from '../context';
import { requireWorkspace } from './workspaceService';

function stored(read: ReadDb): unknown {
  return (
    read
      .select({ rules: s.workspaces.coordinationRules })
      .from(s.workspaces)
      .where(isNull(s.workspaces.deletedAt))
      .get()?.rules ?? null
  );
}

/** The rules calendar.list checks: the workspace's switched-on ones (built-in unless edited). */
export function rulesInForce(read: ReadDb): CoordinationRule[] {
  return activeRules(storedRuleSettings(stored(read)).rules);
}

export function readCoordinationRules(ctx: BackendContext): CoordinationRulesView {
  const { rules, isDefault } = storedRuleSettings(stored(ctx.db.read));
  return { rules: rules.map(toRuleSetting), isDefault };
}

/** Null puts the built-in rules back; a list is checked first and refused naming rule and field. */
export function setCoordinationRules(
  ctx: BackendContext,
  input: SetCoordinationRules,
): CoordinationRulesView {
  const { workspace } = requireWorkspace(ctx);
  let value: unknown = null;
  if (input.rules !== null) {
    const checked = checkRuleSettings(input.rules);
    if (!checked.ok) {
      throw new DomainError(
        'RULE_VIOLATION',
        checked.problems.map((p) => p.problem).join('; '),
        checked.problems,
      );
    }
    value = checked.rules;
  }
  ctx.db.write(actorOf(ctx), (tx) =>
    tx.update('workspace', workspace.id, { coordinationRules: value }),
  );
  return readCoordinationRules(ctx);
}
