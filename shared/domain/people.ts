/** Up to two letters for an avatar: first letters of the first and last word of the name. */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  if (words.length === 0) return '?';
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const letters = words.length === 1 ? first.slice(0, 2) : first[0]! + last[0]!;
  return letters.toLocaleUpperCase();
}

/** Avatar colours chosen for at least 4.5:1 contrast with white initials. */
export const AVATAR_COLORS = [
  '#1f5fbf',
  '#8a3ffc',
  '#b0246b',
  '#a3400f',
  '#1b7045',
  '#0f6f7a',
  '#5b4bb7',
  '#6b5b00',
] as const;

/** A stable colour per person so a teammate looks the same on every laptop. */
export function avatarColorFor(id: string): string {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return AVATAR_COLORS[h % AVATAR_COLORS.length]!;
}
