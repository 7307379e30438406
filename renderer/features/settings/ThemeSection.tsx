import { useId } from 'react';
import { THEME_LABELS, type ThemeChoice, useThemeStore } from './theme';

const CHOICES: ThemeChoice[] = ['system', 'light', 'dark'];

/** Light, dark or the system's: a per-computer preference. */
export function ThemeSection() {
  const headingId = useId();
  const { choice, choose } = useThemeStore();
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Appearance</h2>
      <fieldset className="settings-radios">
        <legend>Theme</legend>
        {CHOICES.map((c) => (
          <label key={c} className="settings-radio">
            <input
              type="radio"
              name="theme"
              value={c}
              checked={choice === c}
              onChange={() => choose(c)}
            />
            <span
              className={`settings-radio__preview settings-radio__preview--${c}`}
              aria-hidden="true"
            />
            <span>{THEME_LABELS[c]}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
