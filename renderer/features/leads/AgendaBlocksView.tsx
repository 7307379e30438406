import type { AgendaBlock } from '../../../shared/domain/leads/agendaBlocks';

// The agenda's blocks as the page shows them: its Markdown headings one level under the view's
// heading, lists, and tables with counts right-aligned.

const HEADINGS = { 1: 'h3', 2: 'h4', 3: 'h5' } as const;

/**
 * A column of numbers and percentages (a dash where there is none) holds figures: right-aligned.
 * A column of dashes alone (no campaign anywhere) is text.
 */
function figureColumns(b: Extract<AgendaBlock, { kind: 'table' }>): boolean[] {
  const figure = /^\d+(\.\d+)?%?$/;
  return b.columns.map((_, k) => {
    const cells = b.rows.map((r) => r[k] ?? '');
    return cells.some((c) => figure.test(c)) && cells.every((c) => figure.test(c) || c === '—');
  });
}

export function AgendaBlocksView({ blocks }: { blocks: readonly AgendaBlock[] }) {
  return (
    <article className="agenda" aria-label="Agenda">
      {blocks.map((b, i) => {
        switch (b.kind) {
          case 'heading': {
            const H = HEADINGS[b.level];
            return (
              <H key={i} className={`agenda__h${b.level}`}>
                {b.text}
              </H>
            );
          }
          case 'paragraph':
            return <p key={i}>{b.text}</p>;
          case 'list':
            return (
              <ul key={i} className="agenda__list">
                {b.items.map((item, j) =>
                  item.task ? (
                    <li key={j} className="agenda__task">
                      <span aria-hidden="true">☐</span>{' '}
                      {item.text || (
                        <span className="lead-report__muted">What the meeting agrees</span>
                      )}
                    </li>
                  ) : (
                    <li key={j}>{item.text}</li>
                  ),
                )}
              </ul>
            );
          case 'table': {
            const figures = figureColumns(b);
            const num = (k: number) => (figures[k] ? 'agenda-table__num' : undefined);
            return (
              <div key={i} className="lead-report__scroll">
                <table className="agenda-table">
                  <thead>
                    <tr>
                      {b.columns.map((c, j) => (
                        <th key={j} scope="col" className={num(j)}>
                          {c}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {b.rows.map((r, j) => (
                      <tr key={j}>
                        {r.map((cell, k) => (
                          <td key={k} className={num(k)}>
                            {cell}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          }
        }
      })}
    </article>
  );
}
