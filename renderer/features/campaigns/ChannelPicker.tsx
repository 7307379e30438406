import { useId } from 'react';
import type { Channel } from '../../../shared/model';
import { CHANNEL_LABELS } from '../../../shared/model/labels';
import { AlertCircleIcon } from '../../ui';
import { toggleIn } from './campaignForm';
import { CHANNEL_OPTIONS } from './channelLabels';

/** Channels as a group of checkboxes: few enough to show at once, quicker than a list box. */
export function ChannelPicker(props: {
  value: Channel[];
  onChange: (channels: Channel[]) => void;
  error?: string;
}) {
  const { value, onChange, error } = props;
  const errorId = useId();
  return (
    <fieldset
      className="choice-group"
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="choice-group__legend">Channels</legend>
      <div className="choice-group__chips">
        {CHANNEL_OPTIONS.map((channel) => (
          <label key={channel} className="choice-chip">
            <input
              type="checkbox"
              checked={value.includes(channel)}
              onChange={(e) =>
                onChange(toggleIn(value, channel, e.target.checked, CHANNEL_OPTIONS))
              }
            />
            <span>{CHANNEL_LABELS[channel]}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="choice-group__error">
          <AlertCircleIcon size={14} /> {error}
        </p>
      ) : null}
    </fieldset>
  );
}
