import { describe, expect, it } from 'vitest';
import { roleName, validateRaci, type RaciEntry } from '../../../shared/domain/raci';

const e = (personId: string, role: RaciEntry['role']): RaciEntry => ({ personId, role });

describe('validateRaci', () => {
  it.each<{ name: string; entries: RaciEntry[]; issues: [string, string][] }>([
    { name: 'one R, one A', entries: [e('a', 'R'), e('b', 'A')], issues: [] },
    { name: 'the same person R and A', entries: [e('a', 'R'), e('a', 'A')], issues: [] },
    {
      name: 'several R, one A, with C and I',
      entries: [e('a', 'R'), e('b', 'R'), e('c', 'A'), e('d', 'C'), e('e', 'I'), e('f', 'I')],
      issues: [],
    },
    {
      name: 'empty',
      entries: [],
      issues: [
        ['Responsible', 'needs at least one person'],
        ['Accountable', 'needs exactly one person'],
      ],
    },
    {
      name: 'no Responsible',
      entries: [e('b', 'A'), e('c', 'C')],
      issues: [['Responsible', 'needs at least one person']],
    },
    {
      name: 'no Accountable',
      entries: [e('a', 'R'), e('c', 'I')],
      issues: [['Accountable', 'needs exactly one person']],
    },
    {
      name: 'two Accountable',
      entries: [e('a', 'R'), e('b', 'A'), e('c', 'A')],
      issues: [['Accountable', 'has 2 people; exactly one allowed']],
    },
    {
      name: 'three Accountable',
      entries: [e('a', 'R'), e('b', 'A'), e('c', 'A'), e('d', 'A')],
      issues: [['Accountable', 'has 3 people; exactly one allowed']],
    },
    {
      name: 'a person listed twice in one role',
      entries: [e('a', 'R'), e('a', 'R'), e('b', 'A')],
      issues: [['Responsible', 'lists a person twice']],
    },
    {
      name: 'a person twice as Accountable is also two Accountable',
      entries: [e('a', 'R'), e('b', 'A'), e('b', 'A')],
      issues: [
        ['Accountable', 'has 2 people; exactly one allowed'],
        ['Accountable', 'lists a person twice'],
      ],
    },
  ])('$name', ({ entries, issues }) => {
    expect(validateRaci(entries).map((i) => [i.field, i.problem])).toEqual(issues);
  });
});

describe('roleName', () => {
  it.each([
    ['R', 'Responsible'],
    ['A', 'Accountable'],
    ['C', 'Consulted'],
    ['I', 'Informed'],
  ] as const)('%s is %s', (role, name) => {
    expect(roleName(role)).toBe(name);
  });
});
