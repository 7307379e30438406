import { describe, expect, it } from 'vitest';
import { agendaBlocks, tableCells } from '../../../shared/domain/leads/agendaBlocks';
import { leadQualityReport } from '../../../shared/domain/leads/leadQuality';
import { weeklyAgendaMarkdown } from '../../../shared/domain/leads/weeklyAgenda';

describe('tableCells', () => {
  it.each([
    ['| a | b |', ['a', 'b']],
    ['| Ana | Pipe \\| Co | x |', ['Ana', 'Pipe | Co', 'x']],
    ['| | Handed off |', ['', 'Handed off']],
    ['|a|b', ['a', 'b']],
  ])('%s', (line, cells) => {
    expect(tableCells(line)).toEqual(cells);
  });
});

describe('agendaBlocks', () => {
  it.each([
    ['', []],
    ['# Title', [{ kind: 'heading', level: 1, text: 'Title' }]],
    ['### Sub  ', [{ kind: 'heading', level: 3, text: 'Sub' }]],
    [
      'one\ntwo\n\nthree',
      [
        { kind: 'paragraph', text: 'one two' },
        { kind: 'paragraph', text: 'three' },
      ],
    ],
    ['#hashtag is no heading', [{ kind: 'paragraph', text: '#hashtag is no heading' }]],
    ['#### too deep', [{ kind: 'paragraph', text: '#### too deep' }]],
    [
      '- a\n- b',
      [
        {
          kind: 'list',
          items: [
            { text: 'a', task: false },
            { text: 'b', task: false },
          ],
        },
      ],
    ],
    ['- [ ] ', [{ kind: 'list', items: [{ text: '', task: true }] }]],
    ['- [x] done', [{ kind: 'list', items: [{ text: 'done', task: true }] }]],
    [
      '| A | B |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |',
      [
        {
          kind: 'table',
          columns: ['A', 'B'],
          rows: [
            ['1', '2'],
            ['3', '4'],
          ],
        },
      ],
    ],
    [
      'text\n- item',
      [
        { kind: 'paragraph', text: 'text' },
        { kind: 'list', items: [{ text: 'item', task: false }] },
      ],
    ],
  ])('%j', (md, blocks) => {
    expect(agendaBlocks(md)).toEqual(blocks);
  });

  it('reads back every part of a generated agenda', () => {
    const quality = leadQualityReport([
      {
        campaignId: 'c1',
        campaignName: 'Spring | webinar',
        sourceChannel: 'Webinar',
        at: '2026-03-16T09:00:00Z',
        outcome: 'rejected',
        reasonCode: 'bad-timing',
        decidedAt: '2026-03-16T10:00:00Z',
      },
    ]);
    const md = weeklyAgendaMarkdown({
      timeZone: 'UTC',
      weekStart: '2026-03-16',
      weekEnd: '2026-03-22',
      handoffs: [
        {
          personName: 'Ana Ruiz',
          company: 'Beta GmbH',
          campaignName: 'Spring | webinar',
          at: '2026-03-16T09:00:00Z',
          outcome: 'rejected',
          reasonLabel: 'Bad timing',
          reasonText: 'Budget freeze',
        },
      ],
      slaMisses: [{ personName: 'Ben', company: 'Cedar', text: '3 h overdue to accept' }],
      quality,
    });
    const blocks = agendaBlocks(md);
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Sales ↔ marketing weekly sync, 2026-03-16 to 2026-03-22',
      "1. This week's handoffs (1: 0 accepted, 1 rejected, 0 waiting)",
      '2. SLA misses (1)',
      '3. Lead quality',
      'By campaign',
      'By source channel',
      '4. Actions',
    ]);
    const tables = blocks.filter((b) => b.kind === 'table');
    expect(tables[0]).toEqual({
      kind: 'table',
      columns: ['Lead', 'Company', 'Campaign', 'Handed off', 'Answer'],
      rows: [
        [
          'Ana Ruiz',
          'Beta GmbH',
          'Spring | webinar',
          '2026-03-16',
          'rejected: Bad timing (Budget freeze)',
        ],
      ],
    });
    expect(tables[1]!.rows).toEqual([['Spring | webinar', '1', '0%', 'Bad timing (1)']]);
    expect(blocks).toContainEqual({
      kind: 'list',
      items: [{ text: 'Ben (Cedar): 3 h overdue to accept', task: false }],
    });
    expect(blocks.at(-1)).toEqual({ kind: 'list', items: [{ text: '', task: true }] });
  });
});
