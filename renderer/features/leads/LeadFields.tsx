import type { BatonError } from '../../api/errors';
import { Select, TextArea, TextField } from '../../ui';
import { fieldProblem, type LeadFormValues } from './leadForm';
import { useLeadOptions } from './leadOptions';
import { PersonOptions } from '../people/PersonOptions';

interface LeadFieldsProps {
  values: LeadFormValues;
  set: (patch: Partial<LeadFormValues>) => void;
  error: BatonError | null;
  /** Which fields to show; the panel leaves out the ones its header already edits. */
  only?: readonly (keyof LeadFormValues)[];
  /** Put on the first field so the dialog focuses it on open. */
  autoFocusFirst?: boolean;
  /** Ids for the controls, so a missing part of a refused hand-off can point at its field. */
  idOf?: (f: keyof LeadFormValues) => string;
}

/** The lead's fields, each marked with the problem the backend named for it. */
export function LeadFields({ values, set, error, only, autoFocusFirst, idOf }: LeadFieldsProps) {
  const { people, campaigns } = useLeadOptions();
  const shows = (f: keyof LeadFormValues) => only === undefined || only.includes(f);
  const problem = (f: keyof LeadFormValues) => fieldProblem(error, f);
  const first = only?.[0] ?? 'personName';
  const controlProps = (f: keyof LeadFormValues) => ({
    id: idOf?.(f),
    ...(autoFocusFirst && f === first ? { 'data-autofocus': true } : {}),
  });

  return (
    <div className="lead-fields">
      {shows('personName') && (
        <TextField
          label="Person"
          required
          autoComplete="off"
          value={values.personName}
          onChange={(e) => set({ personName: e.target.value })}
          error={problem('personName')}
          {...controlProps('personName')}
        />
      )}
      {shows('email') && (
        <TextField
          label="Email"
          type="email"
          required
          autoComplete="off"
          value={values.email}
          onChange={(e) => set({ email: e.target.value })}
          error={problem('email')}
          {...controlProps('email')}
        />
      )}
      {shows('company') && (
        <TextField
          label="Company"
          value={values.company}
          onChange={(e) => set({ company: e.target.value })}
          error={problem('company')}
          {...controlProps('company')}
        />
      )}
      {shows('jobTitle') && (
        <TextField
          label="Job title"
          value={values.jobTitle}
          onChange={(e) => set({ jobTitle: e.target.value })}
          error={problem('jobTitle')}
          {...controlProps('jobTitle')}
        />
      )}
      {shows('sourceCampaignId') && (
        <Select
          label="Source campaign"
          value={values.sourceCampaignId}
          onChange={(e) => set({ sourceCampaignId: e.target.value })}
          error={problem('sourceCampaignId')}
          {...controlProps('sourceCampaignId')}
        >
          <option value="">No campaign</option>
          {campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      )}
      {shows('sourceChannel') && (
        <TextField
          label="Source channel"
          placeholder="e.g. webinar, LinkedIn ad, referral"
          value={values.sourceChannel}
          onChange={(e) => set({ sourceChannel: e.target.value })}
          error={problem('sourceChannel')}
          {...controlProps('sourceChannel')}
        />
      )}
      {shows('ownerId') && (
        <Select
          label="Owner (marketing)"
          value={values.ownerId}
          onChange={(e) => set({ ownerId: e.target.value })}
          error={problem('ownerId')}
          {...controlProps('ownerId')}
        >
          <PersonOptions people={people} none="Nobody" />
        </Select>
      )}
      {shows('assigneeId') && (
        <Select
          label="Assignee (sales)"
          value={values.assigneeId}
          onChange={(e) => set({ assigneeId: e.target.value })}
          error={problem('assigneeId')}
          {...controlProps('assigneeId')}
          hint="The salesperson who receives the lead at hand-off."
        >
          <PersonOptions people={people} none="Nobody yet" />
        </Select>
      )}
      {shows('interests') && (
        <TextField
          label="Interests"
          className="lead-fields__wide"
          placeholder="e.g. pricing, onboarding, integrations"
          hint="Separate with commas."
          value={values.interests}
          onChange={(e) => set({ interests: e.target.value })}
          error={problem('interests')}
          {...controlProps('interests')}
        />
      )}
      {shows('notes') && (
        <TextArea
          label="Notes"
          className="lead-fields__wide"
          rows={3}
          hint="Sentences here become talking points for sales."
          value={values.notes}
          onChange={(e) => set({ notes: e.target.value })}
          error={problem('notes')}
          {...controlProps('notes')}
        />
      )}
    </div>
  );
}
