import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HANDOFF_MAP,
  defaultRowsStillShown,
} from '../../../shared/domain/handoffMapDefaults';

describe('defaultRowsStillShown', () => {
  it.each([
    { saved: [], shown: DEFAULT_HANDOFF_MAP.length },
    {
      saved: [{ fromStage: 'strategy', toStage: 'creative' }],
      shown: DEFAULT_HANDOFF_MAP.length - 1,
    },
    { saved: [{ fromStage: 'strategy', toStage: 'launch' }], shown: DEFAULT_HANDOFF_MAP.length },
  ])('$saved.length saved rows leave $shown defaults', ({ saved, shown }) => {
    expect(defaultRowsStillShown(saved)).toHaveLength(shown);
  });

  it('has a row for Strategy → Creative in Baton', () => {
    expect(DEFAULT_HANDOFF_MAP[0]).toMatchObject({ fromStage: 'strategy', location: 'In Baton' });
  });
});
