import type { AssetRegisterView } from '../../../../shared/model';

/** The order to make the assets in (each after what it needs), or the cycle preventing one. */
export function MakingOrder({ order }: { order: AssetRegisterView['order'] }) {
  if (!order.ok) {
    return (
      <div className="ar-order ar-order--blocked" role="alert">
        <p className="ar-order__title">No making order: the dependencies go round in a circle.</p>
        <ul>
          {order.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </div>
    );
  }
  if (!order.steps.some((s) => s.needsNames.length > 0)) return null;
  return (
    <div className="ar-order">
      <p className="ar-order__title">Making order</p>
      <ol className="ar-order__list">
        {order.steps.map((s) => (
          <li key={s.id} style={{ marginInlineStart: `calc(${s.depth} * var(--space-4))` }}>
            {s.name}
            {s.needsNames.length > 0 ? (
              <span className="hf-muted"> — after {s.needsNames.join(', ')}</span>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
