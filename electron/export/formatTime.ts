/** `2026-06-10T09:00:05.000Z` → `2026-06-10 09:00 UTC`: exports are read by people, not parsers. */
export function formatTime(iso: string | null): string {
  if (!iso) return '—';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}
