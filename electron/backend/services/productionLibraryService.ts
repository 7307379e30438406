import {
  DEFAULT_NAMING_PATTERN,
  DomainError,
  describeShape,
  parseNamingPattern,
  validateChannelSpecLibrary,
} from '../../../shared/domain';
import type {
  ProductionLibraryView,
  SetChannelSpecsInput,
  SetNamingPatternInput,
} from '../../../shared/model';
import { actorOf, type BackendContext } from '../context';
import { productionLibrary } from '../views/productionLibrary';
import { requireWorkspace } from './workspaceService';

/** The convention and library assets are checked against, with what is custom. */
export function readProductionLibrary(ctx: BackendContext): ProductionLibraryView {
  const lib = productionLibrary(ctx.db.read);
  return {
    pattern: lib.convention.pattern,
    shape: describeShape(lib.convention),
    defaultPattern: DEFAULT_NAMING_PATTERN,
    customPattern: lib.customPattern,
    customSpecs: lib.customSpecs,
    channelSpecs: [...lib.channelSpecs],
  };
}

/** Saves the workspace's naming convention (null: back to the default) once it parses. */
export function setNamingPattern(
  ctx: BackendContext,
  input: SetNamingPatternInput,
): ProductionLibraryView {
  const { workspace } = requireWorkspace(ctx);
  let stored: string | null = null;
  if (input.pattern !== null) {
    const parsed = parseNamingPattern(input.pattern);
    if (!parsed.ok) {
      // The parser's problems already start with `pattern: `; the issue keeps the bare problem.
      const problems = parsed.problems.map((p) => p.replace(/^pattern: /, ''));
      throw new DomainError('RULE_VIOLATION', parsed.problems.join('; '), [
        ...problems.map((problem) => ({ field: 'pattern', problem })),
      ]);
    }
    stored = parsed.convention.pattern;
  }
  ctx.db.write(actorOf(ctx), (tx) =>
    tx.update('workspace', workspace.id, { namingPattern: stored }),
  );
  return readProductionLibrary(ctx);
}

/** Replaces the workspace's channel spec library (null: back to the built-in) once it checks. */
export function setChannelSpecs(
  ctx: BackendContext,
  input: SetChannelSpecsInput,
): ProductionLibraryView {
  const { workspace } = requireWorkspace(ctx);
  let stored: unknown = null;
  if (input.specs !== null) {
    const check = validateChannelSpecLibrary(input.specs);
    if (!check.ok) {
      throw new DomainError(
        'RULE_VIOLATION',
        check.problems.map((p) => p.message).join('; '),
        check.problems.map((p) => ({ field: p.field, problem: p.message })),
      );
    }
    stored = check.library;
  }
  ctx.db.write(actorOf(ctx), (tx) =>
    tx.update('workspace', workspace.id, { channelSpecs: stored }),
  );
  return readProductionLibrary(ctx);
}
