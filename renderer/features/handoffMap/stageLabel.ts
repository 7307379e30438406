import { DEFAULT_STAGES } from '../../../shared/domain';

/** `creative` → "Creative"; a stage key the defaults do not know is shown as written. */
export function stageLabel(key: string): string {
  return DEFAULT_STAGES.find((s) => s.key === key)?.name ?? key;
}

export const STAGE_KEYS = DEFAULT_STAGES.map((s) => s.key);
