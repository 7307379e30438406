import type { LeadImportPreview } from '../../../shared/model';

// The rows an import leaves out, by line of the file: bad rows with why, duplicates with what
// they duplicate. Shown under the preview (what will be left out) and the result (what was).

interface Props {
  duplicates: LeadImportPreview['duplicates'];
  bad: LeadImportPreview['bad'];
  /** Before the import ("will be left out") or after it ("was left out"). */
  tense: 'before' | 'after';
}

/** Long lists stay readable: the first rows, then how many more. */
const SHOWN = 200;

function verb(count: number, tense: Props['tense']): string {
  return tense === 'before' ? 'will be' : count === 1 ? 'was' : 'were';
}

export function LeadImportProblems({ duplicates, bad, tense }: Props) {
  return (
    <div className="lead-import__problems">
      {bad.length > 0 && (
        <section aria-label="Bad rows">
          <h3>
            {bad.length} bad row{bad.length === 1 ? '' : 's'} {verb(bad.length, tense)} left out
          </h3>
          <ul className="lead-import__lines">
            {bad.slice(0, SHOWN).map((b) => (
              <li key={`bad-${b.line}`}>
                <span className="lead-import__line">Line {b.line}</span> {b.reason}
              </li>
            ))}
          </ul>
          {bad.length > SHOWN && (
            <p className="lead-import__more">…and {bad.length - SHOWN} more</p>
          )}
        </section>
      )}
      {duplicates.length > 0 && (
        <section aria-label="Duplicates">
          <h3>
            {duplicates.length} duplicate{duplicates.length === 1 ? '' : 's'} by email{' '}
            {verb(duplicates.length, tense)} skipped
          </h3>
          <ul className="lead-import__lines">
            {duplicates.slice(0, SHOWN).map((d) => (
              <li key={`dup-${d.line}`}>
                <span className="lead-import__line">Line {d.line}</span> {d.email} is already{' '}
                {d.of === 'a lead already in the workspace' ? 'a lead in Baton' : `on ${d.of}`}
              </li>
            ))}
          </ul>
          {duplicates.length > SHOWN && (
            <p className="lead-import__more">…and {duplicates.length - SHOWN} more</p>
          )}
        </section>
      )}
    </div>
  );
}
