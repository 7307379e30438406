import { CALENDAR_CHANNELS } from '../../../shared/model';
import { cx } from '../../ui';
import { CALENDAR_CHANNEL_LABELS, channelClass } from './channelStyle';

/** Which colour is which channel; the chips also name their channel in words. */
export function ChannelLegend() {
  return (
    <ul className="cal-legend" aria-label="Channel colours">
      {CALENDAR_CHANNELS.map((c) => (
        <li key={c} className={cx('cal-legend__item', channelClass(c))}>
          <span className="cal-swatch" aria-hidden="true" />
          {CALENDAR_CHANNEL_LABELS[c]}
        </li>
      ))}
    </ul>
  );
}
