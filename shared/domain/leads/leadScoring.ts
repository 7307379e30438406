import type {
  FitRule,
  LeadFitField,
  LeadScore,
  LeadScoring,
  ScoreLine,
  TouchKind,
} from '../../model';

// A lead's score: fit points from rules on its fields plus engagement points per touch, each
// touch fading by a half-life so last year's webinar counts less than yesterday's. Every point
// comes with a line saying where it came from, so the score explains itself.

export interface ScorableLead {
  jobTitle: string;
  company: string;
  email: string;
  sourceChannel: string;
  interests: readonly string[];
  notes: string;
}

export interface ScorableTouch {
  kind: TouchKind;
  at: string;
}

/** What a new workspace scores by until the team sets its own criteria. */
export const DEFAULT_LEAD_SCORING: LeadScoring = {
  fitRules: [
    { field: 'jobTitle', op: 'contains', values: ['Head', 'Director', 'VP', 'Chief'], points: 15 },
    { field: 'jobTitle', op: 'contains', values: ['Manager'], points: 8 },
  ],
  touchPoints: {
    'email-open': 1,
    'email-click': 3,
    webinar: 10,
    form: 10,
    download: 5,
    visit: 2,
    meeting: 20,
    call: 15,
  },
  halfLifeDays: 30,
  salesReadyThreshold: 40,
};

const FIELD_WORDS: Record<LeadFitField, string> = {
  jobTitle: 'job title',
  company: 'company',
  email: 'email',
  sourceChannel: 'source channel',
  interests: 'interests',
  notes: 'notes',
};

const DAY_MS = 86_400_000;

function fieldValues(lead: ScorableLead, field: LeadFitField): string[] {
  return field === 'interests' ? [...lead.interests] : [lead[field]];
}

/** The first of the rule's values the lead matches, or null. */
function matchedValue(lead: ScorableLead, rule: FitRule): string | null {
  const have = fieldValues(lead, rule.field).map((v) => v.trim().toLowerCase());
  for (const value of rule.values) {
    const want = value.trim().toLowerCase();
    const hit =
      rule.op === 'contains' ? have.some((h) => h.includes(want)) : have.some((h) => h === want);
    if (hit) return value;
  }
  return null;
}

function signed(points: number): string {
  return points >= 0 ? `+${points}` : String(points);
}

function ruleText(rule: FitRule, matched: string): string {
  const field = FIELD_WORDS[rule.field];
  if (rule.op === 'in') return `${field} is one of ${rule.values.map((v) => `'${v}'`).join(', ')}`;
  return `${field} ${rule.op} '${matched}'`;
}

function ageText(days: number): string {
  if (days < 1) return 'today';
  return days < 2 ? '1 day ago' : `${Math.floor(days)} days ago`;
}

/** The score of a lead under the rules at `now`, with one explaining line per point source. */
export function scoreLead(
  lead: ScorableLead,
  touches: readonly ScorableTouch[],
  scoring: LeadScoring,
  now: string,
): LeadScore {
  const lines: ScoreLine[] = [];
  for (const rule of scoring.fitRules) {
    const matched = matchedValue(lead, rule);
    if (matched === null || rule.points === 0) continue;
    lines.push({
      kind: 'fit',
      points: rule.points,
      text: `${signed(rule.points)} ${ruleText(rule, matched)}`,
    });
  }
  const nowMs = Date.parse(now);
  const sorted = [...touches].sort((a, b) => b.at.localeCompare(a.at));
  for (const touch of sorted) {
    const full = scoring.touchPoints[touch.kind] ?? 0;
    if (full === 0) continue;
    // A touch dated in the future (a clock skew, a typo) counts as today, never more than full.
    const days = Math.max(0, (nowMs - Date.parse(touch.at)) / DAY_MS);
    const factor = scoring.halfLifeDays === null ? 1 : 0.5 ** (days / scoring.halfLifeDays);
    const points = Math.round(full * factor);
    if (points === 0) {
      lines.push({
        kind: 'engagement',
        points: 0,
        text: `+0 ${touch.kind} ${ageText(days)} (faded from ${full})`,
      });
      continue;
    }
    const decayed = points === full ? '' : ` (decayed from ${full})`;
    lines.push({
      kind: 'engagement',
      points,
      text: `${signed(points)} ${touch.kind} ${ageText(days)}${decayed}`,
    });
  }
  const score = lines.reduce((sum, l) => sum + l.points, 0);
  return {
    score,
    threshold: scoring.salesReadyThreshold,
    salesReady: score >= scoring.salesReadyThreshold,
    lines,
  };
}
