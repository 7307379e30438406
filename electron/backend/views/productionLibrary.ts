import { isNull } from 'drizzle-orm';
import type { ChannelSpec } from '../../../shared/model/channelSpec';
import {
  BUILTIN_CHANNEL_SPECS,
  DEFAULT_NAMING_CONVENTION,
  parseNamingPattern,
  validateChannelSpecLibrary,
  type NamingConvention,
} from '../../../shared/domain/production';
import * as s from '../../db/schema';
import type { ReadDb } from '../../db/writeTx';

/** The naming convention and channel spec library the workspace's assets are checked against. */
export interface ProductionLibrary {
  convention: NamingConvention;
  channelSpecs: readonly ChannelSpec[];
  /** Whether the workspace set its own (false: the built-in default is in use). */
  customPattern: boolean;
  customSpecs: boolean;
}

/**
 * The workspace's own convention and library, or the built-ins when it has none. A stored
 * value this build cannot read (a teammate's newer app wrote it) falls back to the built-in
 * rather than blocking every asset check; saving through the service validates first.
 */
export function productionLibrary(read: ReadDb): ProductionLibrary {
  const ws = read
    .select({ pattern: s.workspaces.namingPattern, specs: s.workspaces.channelSpecs })
    .from(s.workspaces)
    .where(isNull(s.workspaces.deletedAt))
    .get();
  const parsedPattern = ws?.pattern ? parseNamingPattern(ws.pattern) : null;
  const parsedSpecs = ws?.specs != null ? validateChannelSpecLibrary(ws.specs) : null;
  return {
    convention: parsedPattern?.ok ? parsedPattern.convention : DEFAULT_NAMING_CONVENTION,
    channelSpecs: parsedSpecs?.ok ? parsedSpecs.library : BUILTIN_CHANNEL_SPECS,
    customPattern: parsedPattern?.ok ?? false,
    customSpecs: parsedSpecs?.ok ?? false,
  };
}
