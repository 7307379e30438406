import { type CSSProperties } from 'react';
import { cx } from './cx';
import './Avatar.css';

export type AvatarSize = 'xs' | 'sm' | 'md' | 'lg';

export interface AvatarProps {
  /** Full name: read by screen readers and the source of the initials. */
  name: string;
  /** Override the derived initials (two characters are shown, one at size xs). */
  initials?: string;
  /** Background as a hex colour; the text colour is picked for contrast. Derived from the name if absent. */
  color?: string;
  size?: AvatarSize;
  className?: string;
}

/* Mid-tone hues that all keep white initials above 4.5:1. */
const PALETTE = [
  '#3b5bdb',
  '#0b7285',
  '#237032',
  '#9c36b5',
  '#c2255c',
  '#b34a0c',
  '#5f3dc4',
  '#1971c2',
];

export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '?';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

function colorFor(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? '#3b5bdb';
}

function luminance(hex: string): number | undefined {
  const m = /^#([0-9a-f]{6})$/i.exec(hex)?.[1];
  if (!m) return undefined;
  const channel = (i: number) => {
    const v = parseInt(m.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

const LIGHT_TEXT = '#ffffff';
const DARK_TEXT = '#1a1c21';

/** Whichever of white or near-black initials contrasts more with a caller-chosen colour. */
function textOn(bg: string): string {
  const l = luminance(bg);
  const dark = luminance(DARK_TEXT);
  if (l === undefined || dark === undefined) return LIGHT_TEXT;
  return 1.05 / (l + 0.05) >= (l + 0.05) / (dark + 0.05) ? LIGHT_TEXT : DARK_TEXT;
}

export function Avatar({ name, initials, color, size = 'md', className }: AvatarProps) {
  const bg = color ?? colorFor(name);
  const style: CSSProperties = { backgroundColor: bg, color: textOn(bg) };
  return (
    <span
      role="img"
      aria-label={name}
      title={name}
      className={cx('ui-avatar', `ui-avatar--${size}`, className)}
      style={style}
    >
      <span aria-hidden="true">
        {(initials ?? initialsOf(name)).slice(0, size === 'xs' ? 1 : 2)}
      </span>
    </span>
  );
}

export interface AvatarStackProps {
  people: { name: string; color?: string; initials?: string }[];
  /** How many avatars to draw before collapsing the rest into "+n". */
  max?: number;
  size?: AvatarSize;
  className?: string;
}

export function AvatarStack({ people, max = 4, size = 'sm', className }: AvatarStackProps) {
  // Showing "+1" saves no room over the avatar itself.
  const shown = people.length > max ? people.slice(0, Math.max(max - 1, 1)) : people;
  const hidden = people.slice(shown.length);
  return (
    <span className={cx('ui-avatar-stack', className)}>
      {shown.map((p, i) => (
        <Avatar key={`${p.name}-${i}`} {...p} size={size} />
      ))}
      {hidden.length > 0 ? (
        <span
          role="img"
          aria-label={`${hidden.length} more: ${hidden.map((p) => p.name).join(', ')}`}
          title={hidden.map((p) => p.name).join(', ')}
          className={cx('ui-avatar', `ui-avatar--${size}`, 'ui-avatar--more')}
        >
          <span aria-hidden="true">+{hidden.length}</span>
        </span>
      ) : null}
    </span>
  );
}
