import { useId } from 'react';
import { formatWait } from '../../../shared/domain/health';
import type { HealthTrendWeek } from '../../../shared/model';

const WIDTH = 560;
const HEIGHT = 160;
const PAD = { top: 12, right: 8, bottom: 28, left: 32 };

/**
 * Handoffs completed and send-backs per ISO week as grouped bars, drawn in SVG so the page needs
 * no chart library. Colours come from the theme tokens, so it reads in light and dark.
 */
export function TrendChart({ label, weeks }: { label: string; weeks: readonly HealthTrendWeek[] }) {
  const titleId = useId();
  const descId = useId();
  const max = Math.max(1, ...weeks.flatMap((w) => [w.completed, w.sendBacks]));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, weeks.length);
  const bar = Math.max(2, slot / 3);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const totalCompleted = weeks.reduce((sum, w) => sum + w.completed, 0);
  const totalSendBacks = weeks.reduce((sum, w) => sum + w.sendBacks, 0);
  return (
    <figure className="health-trend">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        className="health-trend__chart"
      >
        <title id={titleId}>{`${label}: the last ${weeks.length} weeks`}</title>
        <desc id={descId}>
          {`${totalCompleted} handoffs completed and ${totalSendBacks} send-backs in ${weeks.length} weeks. ` +
            weeks
              .map(
                (w) =>
                  `${w.week}: ${w.completed} completed, ${w.sendBacks} sent back, median wait ${formatWait(w.medianWaitHours)}`,
              )
              .join('; ')}
        </desc>
        <line
          className="health-trend__axis"
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={y(0)}
          y2={y(0)}
        />
        <line className="health-trend__axis" x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={y(0)} />
        <text className="health-trend__tick" x={PAD.left - 6} y={y(max) + 4} textAnchor="end">
          {max}
        </text>
        <text className="health-trend__tick" x={PAD.left - 6} y={y(0) + 4} textAnchor="end">
          0
        </text>
        <line
          className="health-trend__grid"
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={y(max)}
          y2={y(max)}
        />
        {weeks.map((w, i) => {
          const x = PAD.left + i * slot + (slot - 2 * bar) / 2;
          return (
            <g key={w.week}>
              <rect
                className="health-trend__completed"
                x={x}
                y={y(w.completed)}
                width={bar}
                height={y(0) - y(w.completed)}
              />
              <rect
                className="health-trend__sendbacks"
                x={x + bar}
                y={y(w.sendBacks)}
                width={bar}
                height={y(0) - y(w.sendBacks)}
              />
              {/* Every other week, counted back from this one so this week is always named. */}
              {((weeks.length - 1 - i) % 2 === 0 || weeks.length <= 6) && (
                <text
                  className="health-trend__tick"
                  x={PAD.left + i * slot + slot / 2}
                  y={HEIGHT - 10}
                  textAnchor="middle"
                >
                  {w.week.slice(5)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="health-trend__legend">
        <span className="health-trend__key health-trend__key--completed" aria-hidden="true" />
        Completed
        <span className="health-trend__key health-trend__key--sendbacks" aria-hidden="true" />
        Sent back
        <span className="health-trend__note">per ISO week, oldest left</span>
      </figcaption>
    </figure>
  );
}
