import type { BacklogItemView } from '../../../shared/model';

/** The optimization backlog, highest ICE score first (the order comes from the backend's rule). */
export function BacklogTable({ items }: { items: readonly BacklogItemView[] }) {
  if (items.length === 0) {
    return <p className="opt-muted">The backlog is empty: actions from reviews land here.</p>;
  }
  return (
    <table className="opt-table" aria-label="Optimization backlog">
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">From finding</th>
          <th scope="col" title="Impact">
            I
          </th>
          <th scope="col" title="Confidence">
            C
          </th>
          <th scope="col" title="Effort">
            E
          </th>
          <th scope="col" title="impact × confidence × (11 − effort)">
            ICE
          </th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr key={i.id}>
            <th scope="row">{i.title}</th>
            <td>{i.findingText ?? '—'}</td>
            <td>{i.impact}</td>
            <td>{i.confidence}</td>
            <td>{i.effort}</td>
            <td>
              <strong>{i.score}</strong>
            </td>
            <td>{i.status}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
