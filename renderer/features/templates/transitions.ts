import type { StageKey } from '../../../shared/model';
import { DEFAULT_STAGES } from '../../../shared/domain/stages';

/** The default transitions, in board order: the ones templates are kept for. */
export const TRANSITIONS: readonly { from: StageKey; to: StageKey }[] = DEFAULT_STAGES.slice(
  0,
  -1,
).map((s, i) => ({ from: s.key, to: DEFAULT_STAGES[i + 1]!.key }));

export function stageName(key: StageKey): string {
  return DEFAULT_STAGES.find((s) => s.key === key)?.name ?? key;
}
