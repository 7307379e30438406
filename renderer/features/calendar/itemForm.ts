import type {
  CalendarChannel,
  CalendarItemView,
  CalendarStatus,
  NewCalendarItemInput,
  UpdateCalendarItem,
} from '../../../shared/model';

/** The dialog's fields as typed (selects hold '' for "none"). */
export interface ItemFormValues {
  date: string;
  time: string;
  channel: CalendarChannel;
  title: string;
  campaignId: string;
  audienceSegment: string;
  ownerId: string;
  status: CalendarStatus;
  notes: string;
  adaptationNote: string;
}

export function blankForm(date: string, ownerId: string | null): ItemFormValues {
  return {
    date,
    time: '09:00',
    channel: 'email',
    title: '',
    campaignId: '',
    audienceSegment: '',
    ownerId: ownerId ?? '',
    status: 'planned',
    notes: '',
    adaptationNote: '',
  };
}

export function formOf(item: CalendarItemView): ItemFormValues {
  return {
    date: item.localDate,
    time: item.localTime,
    channel: item.channel,
    title: item.title,
    campaignId: item.campaignId ?? '',
    audienceSegment: item.audienceSegment,
    ownerId: item.ownerId ?? '',
    status: item.status,
    notes: item.notes,
    adaptationNote: item.adaptationNote,
  };
}

function common(v: ItemFormValues) {
  return {
    date: v.date,
    time: v.time,
    channel: v.channel,
    title: v.title,
    campaignId: v.campaignId || null,
    audienceSegment: v.audienceSegment,
    ownerId: v.ownerId || null,
    status: v.status,
    notes: v.notes,
  };
}

/** A new item in the home zone (the backend's default zone). */
export function createInput(v: ItemFormValues): NewCalendarItemInput {
  return common(v);
}

/**
 * The fields of an existing item; its date and time only when changed, and then read in the
 * home zone the dialog shows times in (an item planned elsewhere is re-planned at home).
 */
export function updateInput(
  id: string,
  v: ItemFormValues,
  before: ItemFormValues,
  homeTimeZone: string,
  adapted: boolean,
): UpdateCalendarItem {
  const { date, time, ...fields } = common(v);
  const moved = date !== before.date || time !== before.time;
  return {
    id,
    ...fields,
    ...(moved ? { date, time, timeZone: homeTimeZone } : {}),
    ...(adapted ? { adaptationNote: v.adaptationNote } : {}),
  };
}
