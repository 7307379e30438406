import type { CoordinationRuleSetting } from '../../model';
import { DEFAULT_COORDINATION_RULES, type CoordinationRule } from './coordinationRules';

/** A rule as the workspace keeps it: one of the three kinds, switched on or off. */
export type EditableCoordinationRule = CoordinationRule & { enabled: boolean };

export interface RuleSettingProblem {
  /** `rules.<index>.<field>`, so the settings form marks the right input. */
  field: string;
  problem: string;
}

export type CheckedRuleSettings =
  { ok: true; rules: EditableCoordinationRule[] } | { ok: false; problems: RuleSettingProblem[] };

// Bounds a planner could mean: a teaser weeks ahead is a campaign of its own, and a gap of more
// than a week between an email and a post is no longer "coordination" but a schedule.
export const RULE_BOUNDS = {
  minDays: { min: 0, max: 60, unit: 'days' },
  minHours: { min: 0, max: 168, unit: 'hours' },
} as const;

const NAME_MAX = 80;
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,59}$/;
const KINDS = ['teaserBeforeEmail', 'segmentOncePerDay', 'clientEmailSocialGap'] as const;

export function defaultRuleSettings(): EditableCoordinationRule[] {
  return DEFAULT_COORDINATION_RULES.map((r) => ({ ...r, enabled: true }));
}

function withoutFlag(r: EditableCoordinationRule): CoordinationRule {
  switch (r.kind) {
    case 'teaserBeforeEmail':
      return { id: r.id, kind: r.kind, name: r.name, minDays: r.minDays };
    case 'segmentOncePerDay':
      return { id: r.id, kind: r.kind, name: r.name };
    case 'clientEmailSocialGap':
      return { id: r.id, kind: r.kind, name: r.name, minHours: r.minHours };
  }
}

/** The rules the warnings use: the switched-on ones, without the flag. */
export function activeRules(rules: readonly EditableCoordinationRule[]): CoordinationRule[] {
  return rules.filter((r) => r.enabled).map(withoutFlag);
}

/** The wire shape of a kept rule (thresholds only where the kind has one). */
export function toRuleSetting(rule: EditableCoordinationRule): CoordinationRuleSetting {
  return { ...rule };
}

function threshold(
  value: number | undefined,
  key: keyof typeof RULE_BOUNDS,
  label: string,
  field: string,
  problems: RuleSettingProblem[],
): number {
  const b = RULE_BOUNDS[key];
  if (value === undefined || !Number.isFinite(value)) {
    problems.push({
      field,
      problem: `${label}: ${key} is required (${b.unit}, ${b.min}–${b.max})`,
    });
    return 0;
  }
  if (value < b.min || value > b.max) {
    problems.push({
      field,
      problem: `${label}: ${key} must be between ${b.min} and ${b.max} ${b.unit}, not ${value}`,
    });
  }
  return value;
}

/**
 * Checks an edited rules list: ids present, well-formed and unique, names non-empty, kinds
 * known, thresholds within RULE_BOUNDS. Every problem names the rule (by name, else by position)
 * and the field; the rules come back trimmed with only their kind's threshold.
 */
export function checkRuleSettings(input: readonly CoordinationRuleSetting[]): CheckedRuleSettings {
  const problems: RuleSettingProblem[] = [];
  const seen = new Map<string, number>();
  const rules: EditableCoordinationRule[] = [];
  input.forEach((raw, index) => {
    const at = (f: string) => `rules.${index}.${f}`;
    const id = raw.id.trim();
    const name = raw.name.trim();
    const label = name === '' ? `Rule ${index + 1}` : `Rule ${index + 1} ('${name}')`;
    if (id === '') problems.push({ field: at('id'), problem: `${label}: id is required` });
    else if (!ID_PATTERN.test(id)) {
      problems.push({
        field: at('id'),
        problem: `${label}: id must be lower-case letters, digits and dashes (at most 60), not '${id}'`,
      });
    } else if (seen.has(id)) {
      problems.push({
        field: at('id'),
        problem: `${label}: id '${id}' is used by rule ${(seen.get(id) ?? 0) + 1} too`,
      });
    } else seen.set(id, index);
    if (name === '') problems.push({ field: at('name'), problem: `${label}: name is required` });
    else if (name.length > NAME_MAX) {
      problems.push({
        field: at('name'),
        problem: `${label}: name must be at most ${NAME_MAX} characters`,
      });
    }
    const enabled = raw.enabled;
    switch (raw.kind) {
      case 'teaserBeforeEmail': {
        const minDays = threshold(raw.minDays, 'minDays', label, at('minDays'), problems);
        rules.push({ id, kind: raw.kind, name, minDays, enabled });
        break;
      }
      case 'segmentOncePerDay':
        rules.push({ id, kind: raw.kind, name, enabled });
        break;
      case 'clientEmailSocialGap': {
        const minHours = threshold(raw.minHours, 'minHours', label, at('minHours'), problems);
        rules.push({ id, kind: raw.kind, name, minHours, enabled });
        break;
      }
      default:
        problems.push({
          field: at('kind'),
          problem: `${label}: kind must be one of ${KINDS.join(', ')}, not '${raw.kind}'`,
        });
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rules };
}

/**
 * The rules a workspace uses from what it stored: null means the built-in ones, and so does a
 * stored list that no longer passes the check (a hand-edited file, a newer app's kinds), so
 * the calendar still warns instead of failing to open.
 */
export function storedRuleSettings(stored: unknown): {
  rules: EditableCoordinationRule[];
  isDefault: boolean;
} {
  if (!Array.isArray(stored)) return { rules: defaultRuleSettings(), isDefault: true };
  const shaped = stored.flatMap((r: unknown): CoordinationRuleSetting[] => {
    if (typeof r !== 'object' || r === null) return [];
    const o = r as Record<string, unknown>;
    return [
      {
        id: typeof o.id === 'string' ? o.id : '',
        kind: typeof o.kind === 'string' ? o.kind : '',
        name: typeof o.name === 'string' ? o.name : '',
        enabled: o.enabled !== false,
        minDays: typeof o.minDays === 'number' ? o.minDays : undefined,
        minHours: typeof o.minHours === 'number' ? o.minHours : undefined,
      },
    ];
  });
  const checked = checkRuleSettings(shaped);
  if (!checked.ok || shaped.length !== stored.length) {
    return { rules: defaultRuleSettings(), isDefault: true };
  }
  return { rules: checked.rules, isDefault: false };
}
