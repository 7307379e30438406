import { useId } from 'react';
import type { MetricEntry, MetricStandard } from '../../../shared/model';

const WIDTH = 360;
const HEIGHT = 150;
const PAD = { top: 12, right: 10, bottom: 24, left: 40 };

function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 86_400_000;
}

function short(n: number): string {
  return Math.abs(n) >= 1000 ? `${Math.round(n / 100) / 10}k` : `${Math.round(n * 100) / 100}`;
}

/**
 * One metric's daily figures as a line against its target (dashed) with the launch date marked,
 * in SVG like the health trend so the page needs no chart library.
 */
export function MetricChart({
  metric,
  entries,
  launchDate,
}: {
  metric: MetricStandard;
  entries: readonly MetricEntry[];
  launchDate: string | null;
}) {
  const titleId = useId();
  const descId = useId();
  const points = [...entries].sort((a, b) => a.day.localeCompare(b.day));
  const days = points.map((p) => dayNumber(p.day));
  if (launchDate) days.push(dayNumber(launchDate));
  const first = Math.min(...days);
  const last = Math.max(first + 1, ...days);
  const max = Math.max(metric.target, ...points.map((p) => p.value)) * 1.1 || 1;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (d: number) => PAD.left + ((d - first) / (last - first)) * plotW;
  const y = (v: number) => PAD.top + plotH - (Math.max(0, v) / max) * plotH;
  const latest = points[points.length - 1];
  const onTarget =
    latest &&
    (metric.direction === 'higher' ? latest.value >= metric.target : latest.value <= metric.target);
  return (
    <figure className="opt-chart">
      <figcaption className="opt-chart__caption">
        <strong>{metric.name}</strong>{' '}
        <span className="opt-chart__target">
          target {short(metric.target)} {metric.unit} ({metric.direction} is better)
        </span>
        {latest && (
          <span className={onTarget ? 'opt-chart__ok' : 'opt-chart__off'}>
            {' '}
            latest {short(latest.value)} {onTarget ? '· on target' : '· off target'}
          </span>
        )}
      </figcaption>
      {points.length === 0 ? (
        <p className="opt-chart__empty">No figures yet.</p>
      ) : (
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          className="opt-chart__svg"
        >
          <title id={titleId}>{`${metric.name} per day against its target`}</title>
          <desc id={descId}>
            {`Target ${metric.target} ${metric.unit}. ` +
              (launchDate ? `Launch ${launchDate}. ` : '') +
              points.map((p) => `${p.day}: ${p.value}`).join('; ')}
          </desc>
          <line
            className="opt-chart__axis"
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={y(0)}
            y2={y(0)}
          />
          <line className="opt-chart__axis" x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={y(0)} />
          <text className="opt-chart__tick" x={PAD.left - 4} y={y(0) + 4} textAnchor="end">
            0
          </text>
          <line
            className="opt-chart__targetline"
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={y(metric.target)}
            y2={y(metric.target)}
          />
          <text
            className="opt-chart__tick"
            x={PAD.left - 4}
            y={y(metric.target) + 4}
            textAnchor="end"
          >
            {short(metric.target)}
          </text>
          {launchDate && (
            <g>
              <line
                className="opt-chart__launch"
                x1={x(dayNumber(launchDate))}
                x2={x(dayNumber(launchDate))}
                y1={PAD.top}
                y2={y(0)}
              />
              <text className="opt-chart__tick" x={x(dayNumber(launchDate)) + 3} y={PAD.top + 8}>
                launch
              </text>
            </g>
          )}
          <polyline
            className="opt-chart__line"
            points={points.map((p) => `${x(dayNumber(p.day))},${y(p.value)}`).join(' ')}
          />
          {points.map((p) => (
            <circle
              key={p.id}
              className="opt-chart__dot"
              cx={x(dayNumber(p.day))}
              cy={y(p.value)}
              r={2.5}
            />
          ))}
          <text className="opt-chart__tick" x={PAD.left} y={HEIGHT - 6}>
            {points[0]!.day.slice(5)}
          </text>
          <text className="opt-chart__tick" x={WIDTH - PAD.right} y={HEIGHT - 6} textAnchor="end">
            {points[points.length - 1]!.day.slice(5)}
          </text>
        </svg>
      )}
    </figure>
  );
}
