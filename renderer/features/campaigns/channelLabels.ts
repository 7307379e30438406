import type { Channel } from '../../../shared/model';
import { CHANNEL_LABELS } from '../../../shared/model/labels';

/** Every channel in display order (from the labels, so the zod schemas stay out of the bundle). */
export const CHANNEL_OPTIONS = Object.keys(CHANNEL_LABELS) as Channel[];
