import type { GateView, HandoffStatus } from '../../../shared/model';
import type { BadgeTone } from '../../ui';

// How states look in the panel: colour follows urgency; the words always say it too.

export { HANDOFF_STATUS_LABELS as STATUS_LABELS } from '../../../shared/model/labels';

export function statusTone(status: HandoffStatus): BadgeTone {
  switch (status) {
    case 'draft':
      return 'neutral';
    case 'submitted':
      return 'info';
    case 'approved':
      return 'accent';
    case 'changes_requested':
      return 'warning';
    case 'acknowledged':
    case 'done':
      return 'success';
  }
}

export function gateTone(gate: GateView): BadgeTone {
  if (gate.passed) return gate.overridden ? 'warning' : 'success';
  if (gate.changedSinceApproval) return 'warning';
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
