import type { RetrospectiveView } from '../../../shared/model';
import type { BadgeTone } from '../../ui';

export function stateTone(r: Pick<RetrospectiveView, 'state'>): BadgeTone {
  return r.state === 'overdue' ? 'danger' : r.state === 'held' ? 'success' : 'warning';
}
