import {
  CAMPAIGN_TYPE_LABELS,
  type CampaignInput,
  type CampaignType,
  type Channel,
} from '../../../shared/model';
import { requiredErrors, type FieldErrors } from '../manage/fieldErrors';

/** What the "New campaign" form holds while it is being filled in. */
export interface CampaignFormValues {
  name: string;
  clientId: string;
  type: CampaignType;
  channels: Channel[];
  launchDate: string;
  ownerId: string;
  team: string[];
}

export type CampaignField = keyof CampaignFormValues;

/** Labels double as the start of each inline error: "Client is required". */
export const CAMPAIGN_FIELD_LABELS: Record<CampaignField, string> = {
  name: 'Name',
  clientId: 'Client',
  type: 'Type',
  channels: 'Channels',
  launchDate: 'Launch date',
  ownerId: 'Owner',
  team: 'Team',
};

export const CAMPAIGN_TYPE_OPTIONS = Object.keys(CAMPAIGN_TYPE_LABELS) as CampaignType[];

export function emptyCampaignForm(clientId = ''): CampaignFormValues {
  return {
    name: '',
    clientId,
    type: 'multi_channel',
    channels: [],
    launchDate: '',
    ownerId: '',
    team: [],
  };
}

/** Blank required fields, caught before the round trip so the person sees them at once. */
export function missingCampaignFields(values: CampaignFormValues): FieldErrors<CampaignField> {
  return requiredErrors(values, ['name', 'clientId'], CAMPAIGN_FIELD_LABELS);
}

/** The form as the contract's input: empty optional fields become null. */
export function toCampaignInput(values: CampaignFormValues): CampaignInput {
  return {
    name: values.name,
    clientId: values.clientId,
    type: values.type,
    channels: values.channels,
    launchDate: values.launchDate || null,
    ownerId: values.ownerId || null,
    team: values.team,
  };
}

/** Adds or removes one value of a multi-choice field, keeping the order of `all`. */
export function toggleIn<T>(selected: readonly T[], value: T, on: boolean, all: readonly T[]): T[] {
  const next = new Set(selected);
  if (on) next.add(value);
  else next.delete(value);
  return all.filter((v) => next.has(v));
}
