import type { CardGate } from '../../../shared/model';
import type { BadgeTone } from '../../ui';

/** How a gate state looks on a card: colour follows urgency, the text says it in words. */
export function gateTone(gate: Pick<CardGate, 'passed' | 'overridden' | 'state'>): BadgeTone {
  if (gate.passed) return gate.overridden ? 'warning' : 'success';
  switch (gate.state) {
    case 'missing':
      return 'danger';
    case 'awaiting_approval':
      return 'info';
    case 'awaiting_receiver':
      return 'accent';
    default:
      return 'neutral';
  }
}
