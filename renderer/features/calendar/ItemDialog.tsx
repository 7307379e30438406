import { type FormEvent, useId, useState } from 'react';
import {
  CALENDAR_CHANNELS,
  CALENDAR_STATUSES,
  type CalendarChannel,
  type CalendarItemView,
  type CalendarStatus,
  type CampaignSummary,
  type Person,
} from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { toBatonError, type BatonError } from '../../api/errors';
import {
  AlertCircleIcon,
  Button,
  Dialog,
  Select,
  TextArea,
  TextField,
  toast,
  TrashIcon,
} from '../../ui';
import { useCalendarStore } from './calendarStore';
import { CALENDAR_CHANNEL_LABELS } from './channelStyle';
import { blankForm, createInput, formOf, type ItemFormValues, updateInput } from './itemForm';
import { LinkedItems } from './LinkedItems';

/** What the dialog shows: a new item on a day, or an existing one by id. */
export type ItemDialogTarget = { kind: 'new'; date: string } | { kind: 'edit'; id: string };

interface ItemDialogProps {
  target: ItemDialogTarget | null;
  homeTimeZone: string;
  meId: string | null;
  onClose: () => void;
  onOpen: (target: ItemDialogTarget) => void;
}

export function ItemDialog({ target, homeTimeZone, meId, onClose, onOpen }: ItemDialogProps) {
  const item = useCalendarStore((s) =>
    target?.kind === 'edit' ? s.view?.items.find((i) => i.id === target.id) : undefined,
  );
  const formId = useId();
  const [busy, setBusy] = useState(false);
  const open = target !== null && (target.kind === 'new' || item !== undefined);
  const key = target ? (target.kind === 'new' ? `new:${target.date}` : target.id) : 'none';
  return (
    <Dialog
      open={open}
      onClose={onClose}
      dismissOnBackdrop={false}
      size="lg"
      className="cal-dialog"
      title={item ? item.title : 'New calendar item'}
      description={`Date and time in ${homeTimeZone}.`}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" form={formId} variant="primary" busy={busy}>
            {item ? 'Save' : 'Add item'}
          </Button>
        </>
      }
    >
      {open && target && (
        <ItemForm
          key={key}
          formId={formId}
          item={item}
          newDate={target.kind === 'new' ? target.date : null}
          homeTimeZone={homeTimeZone}
          meId={meId}
          onBusy={setBusy}
          onDone={onClose}
          onOpen={onOpen}
        />
      )}
    </Dialog>
  );
}

interface ItemFormProps {
  formId: string;
  item: CalendarItemView | undefined;
  newDate: string | null;
  homeTimeZone: string;
  meId: string | null;
  onBusy: (busy: boolean) => void;
  onDone: () => void;
  onOpen: (target: ItemDialogTarget) => void;
}

function isChannel(v: string): v is CalendarChannel {
  return (CALENDAR_CHANNELS as readonly string[]).includes(v);
}
function isStatus(v: string): v is CalendarStatus {
  return (CALENDAR_STATUSES as readonly string[]).includes(v);
}

function ItemForm(props: ItemFormProps) {
  const { formId, item, newDate, homeTimeZone, meId, onBusy, onDone, onOpen } = props;
  const api = useApi();
  const campaigns = useCalendarStore((s) => s.campaigns);
  const people = useCalendarStore((s) => s.people);
  const [before] = useState<ItemFormValues>(() =>
    item ? formOf(item) : blankForm(newDate ?? '', meId),
  );
  const [values, setValues] = useState<ItemFormValues>(before);
  const [error, setError] = useState<BatonError | null>(null);
  const set = (patch: Partial<ItemFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const fieldError = (field: string) =>
    error?.issues.find((i) => i.field === field)?.problem ?? undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    onBusy(true);
    setError(null);
    try {
      const result = item
        ? await api.calendar.update(
            updateInput(item.id, values, before, homeTimeZone, item.sourceItemId !== null),
          )
        : await api.calendar.create(createInput(values));
      void useCalendarStore.getState().load(api);
      if (result.adjustment) {
        toast.show({
          kind: 'info',
          title: `${result.item.title}: planned at another time`,
          body: result.adjustment,
          durationMs: 12_000,
        });
      } else {
        toast.show({ kind: 'success', title: item ? 'Saved' : `Added ${result.item.title}` });
      }
      onDone();
    } catch (err) {
      setError(toBatonError(err));
    } finally {
      onBusy(false);
    }
  };

  return (
    <form id={formId} className="cal-form" onSubmit={(e) => void submit(e)} noValidate>
      {error && (
        <p className="cal-form__error" role="alert">
          {error.issues.length > 0
            ? error.issues.map((i) => `${i.field} ${i.problem}`).join('; ')
            : error.message}
        </p>
      )}
      {item?.launchHandoffId && (
        <p className="cal-form__launch">
          From the campaign&apos;s launch sequence: a new day or time here is written back to its
          row, and editing the row moves this item.
        </p>
      )}
      {item && item.warnings.length > 0 && (
        <ul className="cal-form__warnings" aria-label="Coordination warnings">
          {item.warnings.map((w) => (
            <li key={`${w.ruleId}:${w.itemIds.join(',')}`}>
              <AlertCircleIcon />
              <span>{w.message}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="cal-form__row">
        <TextField
          label="Title"
          required
          value={values.title}
          onChange={(e) => set({ title: e.target.value })}
          error={fieldError('title')}
          data-autofocus
        />
      </div>
      <div className="cal-form__row cal-form__row--3">
        <TextField
          label="Date"
          type="date"
          required
          value={values.date}
          onChange={(e) => set({ date: e.target.value })}
          error={fieldError('date')}
        />
        <TextField
          label="Time"
          type="time"
          required
          value={values.time}
          onChange={(e) => set({ time: e.target.value })}
          error={fieldError('time')}
          hint={homeTimeZone}
        />
        <Select
          label="Channel"
          value={values.channel}
          onChange={(e) => isChannel(e.target.value) && set({ channel: e.target.value })}
        >
          {CALENDAR_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {CALENDAR_CHANNEL_LABELS[c]}
            </option>
          ))}
        </Select>
      </div>
      <div className="cal-form__row cal-form__row--3">
        <CampaignSelect
          campaigns={campaigns}
          value={values.campaignId}
          onChange={(campaignId) => set({ campaignId })}
          error={fieldError('campaignId')}
        />
        <OwnerSelect
          people={people}
          value={values.ownerId}
          onChange={(ownerId) => set({ ownerId })}
          error={fieldError('ownerId')}
        />
        <Select
          label="Status"
          value={values.status}
          onChange={(e) => isStatus(e.target.value) && set({ status: e.target.value })}
        >
          {CALENDAR_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s[0]!.toUpperCase() + s.slice(1)}
            </option>
          ))}
        </Select>
      </div>
      <TextField
        label="Audience segment"
        value={values.audienceSegment}
        onChange={(e) => set({ audienceSegment: e.target.value })}
        hint="Two sends to one segment on the same day are flagged."
        error={fieldError('audienceSegment')}
      />
      <TextArea
        label="Notes"
        rows={3}
        value={values.notes}
        onChange={(e) => set({ notes: e.target.value })}
        error={fieldError('notes')}
      />
      {item?.sourceItemId && (
        <TextArea
          label="How it was adapted"
          rows={2}
          value={values.adaptationNote}
          onChange={(e) => set({ adaptationNote: e.target.value })}
          error={fieldError('adaptationNote')}
        />
      )}
      {item && <ItemActions item={item} onDone={onDone} onOpen={onOpen} />}
    </form>
  );
}

function CampaignSelect(props: {
  campaigns: readonly CampaignSummary[];
  value: string;
  onChange: (id: string) => void;
  error: string | undefined;
}) {
  return (
    <Select
      label="Campaign"
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      error={props.error}
    >
      <option value="">No campaign</option>
      {props.campaigns.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </Select>
  );
}

function OwnerSelect(props: {
  people: readonly Person[];
  value: string;
  onChange: (id: string) => void;
  error: string | undefined;
}) {
  return (
    <Select
      label="Owner"
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      error={props.error}
    >
      <option value="">Nobody yet</option>
      {props.people.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </Select>
  );
}

/** Linked items, "Repurpose for…" and Delete (with Undo) of an existing item. */
function ItemActions(props: {
  item: CalendarItemView;
  onDone: () => void;
  onOpen: (target: ItemDialogTarget) => void;
}) {
  const { item, onDone, onOpen } = props;
  const api = useApi();
  const [channel, setChannel] = useState<CalendarChannel>(
    item.channel === 'social' ? 'email' : 'social',
  );
  const [busy, setBusy] = useState<'repurpose' | 'delete' | null>(null);

  const repurpose = async () => {
    setBusy('repurpose');
    try {
      const result = await api.calendar.repurpose({ sourceId: item.id, channel });
      const view = await useCalendarStore.getState().load(api);
      toast.show({
        kind: 'success',
        title: `Made ${result.item.title} for ${CALENDAR_CHANNEL_LABELS[channel]}`,
        body: result.adjustment ?? undefined,
      });
      const shown = view?.items.some((i) => i.id === result.item.id);
      if (shown) onOpen({ kind: 'edit', id: result.item.id });
    } catch (err) {
      toast.show({ kind: 'error', title: 'Not repurposed', body: toBatonError(err).message });
    } finally {
      setBusy(null);
    }
  };

  const remove = async () => {
    setBusy('delete');
    try {
      await api.calendar.remove({ id: item.id });
      void useCalendarStore.getState().load(api);
      onDone();
      toast.show({
        kind: 'success',
        title: `Deleted ${item.title}`,
        action: {
          label: 'Undo',
          onAction: () => {
            api.calendar
              .restore({ id: item.id })
              .then(() => useCalendarStore.getState().load(api))
              .catch((err: unknown) =>
                toast.show({
                  kind: 'error',
                  title: `${item.title} could not be restored`,
                  body: toBatonError(err).message,
                }),
              );
          },
        },
        durationMs: 8_000,
      });
    } catch (err) {
      setBusy(null);
      toast.show({ kind: 'error', title: 'Not deleted', body: toBatonError(err).message });
    }
  };

  return (
    <div className="cal-form__extra">
      <LinkedItems item={item} onOpen={(id) => onOpen({ kind: 'edit', id })} />
      <div className="cal-form__actions">
        <Select
          label="Repurpose for"
          value={channel}
          onChange={(e) => isChannel(e.target.value) && setChannel(e.target.value)}
        >
          {CALENDAR_CHANNELS.filter((c) => c !== item.channel).map((c) => (
            <option key={c} value={c}>
              {CALENDAR_CHANNEL_LABELS[c]}
            </option>
          ))}
        </Select>
        <Button onClick={() => void repurpose()} busy={busy === 'repurpose'}>
          Repurpose
        </Button>
        <span className="cal-form__spacer" />
        <Button
          variant="danger"
          icon={<TrashIcon />}
          onClick={() => void remove()}
          busy={busy === 'delete'}
        >
          Delete
        </Button>
      </div>
    </div>
  );
}
