import { describe, expect, it } from 'vitest';
import type { PlanStep } from '../../../shared/model';
import {
  emptyCampaignForm,
  missingCampaignFields,
  toCampaignInput,
  toggleIn,
} from '../../../renderer/features/campaigns/campaignForm';
import {
  blankPlanCells,
  draftOf,
  planStepsInput,
  slackText,
  stepsChanged,
} from '../../../renderer/features/campaigns/planDraft';
import { toClientInput, clientFormOf } from '../../../renderer/features/clients/clientForm';
import { fieldErrorsOf } from '../../../renderer/features/manage/fieldErrors';

describe('field errors', () => {
  const labels = { name: 'Name', team: 'Team', 'brand.dos': 'Do' };

  it('puts each issue under its nearest labelled field, worded with the label', () => {
    const { fields, other } = fieldErrorsOf(
      {
        code: 'BAD_REQUEST',
        message: '',
        issues: [
          { field: 'name', problem: 'is required' },
          { field: 'team.3', problem: 'names a person who is not in the workspace' },
          { field: 'brand.dos.0', problem: 'must be at most 500 characters' },
          { field: 'launchDate', problem: 'must be a date like 2026-03-14' },
        ],
      },
      labels,
    );
    expect(fields).toEqual({
      name: 'Name is required',
      team: 'Team names a person who is not in the workspace',
      'brand.dos': 'Do must be at most 500 characters',
    });
    expect(other).toEqual(['launchDate must be a date like 2026-03-14']);
  });

  it('keeps the message of an error that names no field', () => {
    const { fields, other } = fieldErrorsOf(
      { code: 'OFFLINE', message: 'Baton’s backend is not reachable', issues: [] },
      labels,
    );
    expect(fields).toEqual({});
    expect(other).toEqual(['Baton’s backend is not reachable']);
  });
});

describe('campaign form', () => {
  it('names blank required fields before asking the backend', () => {
    expect(missingCampaignFields(emptyCampaignForm())).toEqual({
      name: 'Name is required',
      clientId: 'Client is required',
    });
    expect(missingCampaignFields({ ...emptyCampaignForm('c1'), name: ' x ' })).toEqual({});
  });

  it('sends empty optional fields as null', () => {
    const input = toCampaignInput({ ...emptyCampaignForm('c1'), name: 'Spring' });
    expect(input).toMatchObject({ launchDate: null, ownerId: null, team: [], channels: [] });
  });

  it('toggles a choice keeping the display order', () => {
    const all = ['email', 'instagram', 'sms'] as const;
    expect(toggleIn(['sms'], 'email', true, all)).toEqual(['email', 'sms']);
    expect(toggleIn(['email', 'sms'], 'email', false, all)).toEqual(['sms']);
  });
});

describe('client form', () => {
  it('turns one rule per line into lists, dropping blank lines', () => {
    const values = { ...clientFormOf(null), name: 'Acme', 'brand.dos': ' a \n\n b ' };
    expect(toClientInput(values).brand.dos).toEqual(['a', 'b']);
  });
});

describe('plan draft', () => {
  const step = (over: Partial<PlanStep>): PlanStep => ({
    fromStageId: 's1',
    toStageId: 's2',
    name: 'Strategy → Creative',
    dueDate: '2026-03-02',
    durationDays: 5,
    bufferDays: 2,
    slackDays: 3,
    done: false,
    ...over,
  });

  it('says how much slack a step has, and when it is short', () => {
    expect(slackText(step({ slackDays: 3 }))).toEqual({ text: '3 days to spare', short: false });
    expect(slackText(step({ slackDays: 0 }))).toEqual({ text: 'No slack', short: false });
    expect(slackText(step({ slackDays: -1 }))).toEqual({ text: '1 day short', short: true });
    expect(slackText(step({ done: true }))).toBeNull();
    expect(slackText(step({ slackDays: null }))).toBeNull();
  });

  it('tracks edits, asks for blank cells and sends numbers', () => {
    const plan = [
      step({}),
      step({ fromStageId: 's2', toStageId: 's3', name: 'Creative → Production' }),
    ];
    const draft = draftOf(plan, '2026-03-20');
    expect(stepsChanged(plan, draft)).toBe(false);
    const edited = {
      ...draft,
      steps: { ...draft.steps, s2: { durationDays: '', bufferDays: '4' } },
    };
    expect(stepsChanged(plan, edited)).toBe(true);
    expect(blankPlanCells(plan, edited)).toEqual(['steps.1.durationDays']);
    const fixed = {
      ...draft,
      steps: { ...draft.steps, s2: { durationDays: '8', bufferDays: '4' } },
    };
    expect(planStepsInput(plan, fixed)).toEqual([
      { fromStageId: 's1', durationDays: 5, bufferDays: 2 },
      { fromStageId: 's2', durationDays: 8, bufferDays: 4 },
    ]);
  });
});
