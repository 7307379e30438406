import type { FitRule, LeadFitField, TouchKind } from '../../../shared/model';

// Words the lead settings show for the lead model's codes.

export const FIT_FIELD_LABELS: Record<LeadFitField, string> = {
  jobTitle: 'Job title',
  company: 'Company',
  email: 'Email',
  sourceChannel: 'Source channel',
  interests: 'Interests',
  notes: 'Notes',
};

export type FitOp = FitRule['op'];
export const FIT_OPS: readonly FitOp[] = ['contains', 'equals', 'in'];

export const FIT_OP_LABELS: Record<FitOp, string> = {
  contains: 'contains',
  equals: 'equals',
  in: 'is one of',
};

export const TOUCH_KIND_LABELS: Record<TouchKind, string> = {
  'email-open': 'Email open',
  'email-click': 'Email click',
  webinar: 'Webinar',
  form: 'Form',
  download: 'Download',
  visit: 'Visit',
  meeting: 'Meeting',
  call: 'Call',
  other: 'Other',
};

/** Sunday first, as BusinessHours numbers them (0 = Sunday … 6 = Saturday). */
export const WEEKDAY_LABELS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
