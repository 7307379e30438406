import { checkTrackingEvents } from '../../../../../shared/domain/launch/trackingChecks';
import { Button, CheckCircleIcon, CloseIcon, PlusIcon } from '../../../../ui';
import { exactTime } from '../../formatTime';
import type { TableRowDraft } from '../fieldValues';
import type { EditorProps } from './editorProps';
import { groupFocusHandlers } from './groupFocus';

interface TrackingEventsEditorProps extends EditorProps<TableRowDraft[]> {
  /** Who "Mark tested" records: the person using the app. */
  meName: string | null;
  /** The moment "Mark tested" records, as an ISO date-time. */
  now: () => string;
}

function blankEvent(): TableRowDraft {
  return { name: '', platform: '', testedBy: '', testedAt: '' };
}

/**
 * Pixels and conversion events: name and platform typed, the test ticked with "Mark tested",
 * which records who and when ("tested by Pat Kim at …"). Events nobody tested stand out.
 */
export function TrackingEventsEditor(p: TrackingEventsEditorProps) {
  const rows = p.value.length > 0 ? p.value : [blankEvent()];
  const { issues } = checkTrackingEvents(rows);

  const setRow = (r: number, patch: Partial<TableRowDraft>) =>
    p.onChange(
      rows.map((row, i): TableRowDraft => {
        if (i !== r) return row;
        const next: TableRowDraft = { ...blankEvent(), ...row };
        for (const [k, v] of Object.entries(patch)) if (v !== undefined) next[k] = v;
        return next;
      }),
    );

  return (
    <div
      className="hf-events"
      role="group"
      aria-labelledby={p.labelId}
      aria-describedby={p.describedBy}
      {...groupFocusHandlers(p.onFocus, p.onBlur)}
    >
      <ul className="hf-events__items">
        {rows.map((row, r) => {
          const tested = (row.testedBy ?? '').trim() !== '' && (row.testedAt ?? '').trim() !== '';
          const rowIssues = issues.filter(
            (i) => i.row === r && !(i.field === 'testedBy' && !tested),
          );
          const name = (row.name ?? '').trim() || `event ${r + 1}`;
          return (
            <li
              key={r}
              className={`hf-events__item${tested ? '' : ' hf-events__item--untested'}`}
              aria-label={`Event ${r + 1}`}
            >
              <div className="hf-events__inputs">
                <input
                  id={r === 0 ? p.id : undefined}
                  className="ui-control"
                  placeholder="Event (Purchase, Lead…)"
                  aria-label={`Event name, row ${r + 1}`}
                  value={row.name ?? ''}
                  onChange={(e) => setRow(r, { name: e.currentTarget.value })}
                />
                <input
                  className="ui-control"
                  placeholder="Platform (Meta, GA4…)"
                  aria-label={`Platform, row ${r + 1}`}
                  value={row.platform ?? ''}
                  onChange={(e) => setRow(r, { platform: e.currentTarget.value })}
                />
                <Button
                  size="sm"
                  variant="ghost"
                  icon={<CloseIcon />}
                  aria-label={`Remove event ${r + 1}`}
                  disabled={p.value.length === 0}
                  onClick={() => p.onChange(rows.filter((_, i) => i !== r))}
                />
              </div>
              <div className="hf-events__test">
                {tested ? (
                  <>
                    <span className="hf-events__tested">
                      <CheckCircleIcon size={16} aria-hidden="true" /> tested by {row.testedBy} at{' '}
                      {readable(row.testedAt ?? '')}
                    </span>
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={`Clear the test of ${name}`}
                      onClick={() => setRow(r, { testedBy: '', testedAt: '' })}
                    >
                      Clear
                    </Button>
                  </>
                ) : (
                  <>
                    <span className="hf-events__untested">Not tested yet</span>
                    <Button
                      size="sm"
                      variant="secondary"
                      aria-label={`Mark ${name} tested`}
                      disabled={!p.meName}
                      title={p.meName ? undefined : 'Choose who you are first'}
                      onClick={() => setRow(r, { testedBy: p.meName ?? '', testedAt: p.now() })}
                    >
                      Mark tested
                    </Button>
                  </>
                )}
              </div>
              {rowIssues.length > 0 ? (
                <ul className="hf-events__problems">
                  {rowIssues.map((i) => (
                    <li key={`${i.field}:${i.problem}`}>{i.message}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
      <div className="hf-table__add">
        <Button
          size="sm"
          variant="ghost"
          icon={<PlusIcon />}
          onClick={() => {
            const last = rows[rows.length - 1];
            const blank = last && Object.values(last).every((v) => v.trim() === '');
            if (!blank) p.onChange([...rows, blankEvent()]);
          }}
        >
          Add event
        </Button>
      </div>
    </div>
  );
}

/** A stored instant as the panel shows times; a typed one it cannot read, as it is. */
function readable(at: string): string {
  return Number.isNaN(Date.parse(at)) ? at : exactTime(at);
}
