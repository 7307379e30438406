import type { PainScore } from '../../model';

/** A send-back on every handoff weighs as much as this many days of waiting. */
export const SEND_BACK_WEIGHT = 10;
/** Every handoff overdue weighs as much as this many days of waiting. */
export const OVERDUE_WEIGHT = 5;

export const PAIN_RULE =
  `Pain score = p90 wait after submission in days + ${SEND_BACK_WEIGHT} × send-back rate + ` +
  `${OVERDUE_WEIGHT} × overdue rate. One day of slow waiting counts 1 point; a handoff type ` +
  `sent back every time gets ${SEND_BACK_WEIGHT} points, one always late ${OVERDUE_WEIGHT}. ` +
  'The highest score is the handoff that hurts most.';

const round = (n: number) => Math.round(n * 100) / 100;

/** The pain score of one handoff type, with the part that weighs most said in words. */
export function painScore(input: {
  p90WaitDays: number | null;
  sendBackRate: number;
  overdueRate: number;
}): PainScore {
  const waitPoints = round(input.p90WaitDays ?? 0);
  const sendBackPoints = round(SEND_BACK_WEIGHT * input.sendBackRate);
  const overduePoints = round(OVERDUE_WEIGHT * input.overdueRate);
  const score = round(waitPoints + sendBackPoints + overduePoints);
  const pct = (r: number) => `${Math.round(r * 100)}%`;
  const parts: [number, string][] = [
    [sendBackPoints, `sent back on ${pct(input.sendBackRate)} of submissions`],
    [
      waitPoints,
      `the slowest tenth wait ${round(input.p90WaitDays ?? 0)} days or more after submission`,
    ],
    [overduePoints, `${pct(input.overdueRate)} of handoffs with a due date are overdue`],
  ];
  const ranked = parts.filter(([points]) => points > 0).sort((a, b) => b[0] - a[0]);
  const because =
    ranked.length === 0
      ? 'no waiting, send-backs or overdue handoffs measured'
      : ranked.map(([, words]) => words).join('; ');
  return { score, waitPoints, sendBackPoints, overduePoints, because };
}
