import type { AssetRegisterRow } from '../../../../shared/model';
import { exactTime, relativeTime } from '../formatTime';

/** Every version, newest first: its file, who made it, when, and what changed. */
export function VersionHistory({ row }: { row: AssetRegisterRow }) {
  return (
    <ol className="ar-history" reversed>
      {[...row.versions].reverse().map((v) => (
        <li key={v.id} className="ar-history__item">
          <span className="ar-history__label">{v.label}</span>
          <span className="ar-history__body">
            <code className="ar-file">{v.fileName}</code>
            <span className="hf-muted">
              {v.byName ?? 'someone no longer in the workspace'},{' '}
              <time dateTime={v.at} title={exactTime(v.at)}>
                {relativeTime(v.at)}
              </time>
              {v.note ? ` — ${v.note}` : ''}
            </span>
          </span>
        </li>
      ))}
    </ol>
  );
}
