import { z } from 'zod';
import { Id } from './common';
import { DecisionLogEntry } from './launch';

/**
 * A decision log entry as the campaign screen shows it: the names of the people involved and
 * its confirmation state as decided by shared/domain/launch/decisionLog.ts (`overdue` when
 * unconfirmed for more than two business days of the workspace's home time zone).
 */
export const DecisionLogItem = DecisionLogEntry.extend({
  byName: z.string(),
  otherPartyName: z.string(),
  confirmedByName: z.string().nullable(),
  state: z.enum(['confirmed', 'awaiting', 'overdue']),
  statusMessage: z.string(),
});
export type DecisionLogItem = z.infer<typeof DecisionLogItem>;

export const DecisionLogQuery = z.object({ campaignId: Id });
export type DecisionLogQuery = z.infer<typeof DecisionLogQuery>;
