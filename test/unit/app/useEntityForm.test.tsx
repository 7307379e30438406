// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { requiredErrors } from '../../../renderer/features/manage/fieldErrors';
import { useEntityForm } from '../../../renderer/features/manage/useEntityForm';
import { TextField, toast } from '../../../renderer/ui';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

interface Values {
  name: string;
  email: string;
}
const LABELS = { name: 'Name', email: 'Email' };

/** A person-like form: Name required, Email checked only by the "backend" (`save`). */
function PersonLikeForm(props: {
  save: (v: Values) => Promise<void>;
  onBusy: (b: boolean) => void;
}) {
  const { formRef, field, submit } = useEntityForm({
    initial: () => ({ name: '', email: '' }),
    labels: LABELS,
    validate: (v) => requiredErrors(v, ['name'], LABELS),
    save: props.save,
    onBusy: props.onBusy,
  });
  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <TextField {...field('name')} />
      <TextField {...field('email')} />
      <button type="submit">Save</button>
    </form>
  );
}

function setup(save: (v: Values) => Promise<void> = async () => undefined) {
  const saveSpy = vi.fn(save);
  const onBusy = vi.fn();
  render(<PersonLikeForm save={saveSpy} onBusy={onBusy} />);
  const name = screen.getByLabelText('Name');
  const email = screen.getByLabelText('Email');
  const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  return { save: saveSpy, onBusy, name, email, submit };
}

/** What the oRPC client throws for input its schema refused. */
function badRequest(...issues: [field: string, message: string][]) {
  return Object.assign(new Error('Input validation failed'), {
    code: 'BAD_REQUEST',
    data: { issues: issues.map(([field, message]) => ({ path: [field], message })) },
  });
}

describe('useEntityForm', () => {
  it('names a blank required field inline, focuses it and does not save', () => {
    const { save, onBusy, name, email, submit } = setup();
    email.focus();
    submit();
    expect(screen.getByText('Name is required')).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(name);
    expect(save).not.toHaveBeenCalled();
    expect(onBusy).not.toHaveBeenCalled();
  });

  it('clears a field’s error as soon as it is edited', () => {
    const { name, submit } = setup();
    submit();
    fireEvent.change(name, { target: { value: 'Grace' } });
    expect(screen.queryByText('Name is required')).toBeNull();
    expect(name.getAttribute('aria-invalid')).toBeNull();
  });

  it('saves the values, busy while the save runs', async () => {
    const { save, onBusy, name, submit } = setup();
    fireEvent.change(name, { target: { value: 'Grace' } });
    submit();
    await vi.waitFor(() => expect(onBusy).toHaveBeenLastCalledWith(false));
    expect(save).toHaveBeenCalledWith({ name: 'Grace', email: '' });
    expect(onBusy.mock.calls).toEqual([[true], [false]]);
  });

  it('shows the backend’s issues on the fields they name, focused, and the rest as a toast', async () => {
    const show = vi.spyOn(toast, 'show');
    const { name, email, submit } = setup(async () => {
      throw badRequest(['email', 'must be an email address'], ['team.0', 'is unknown']);
    });
    fireEvent.change(name, { target: { value: 'Grace' } });
    submit();
    await screen.findByText('Email must be an email address');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    // Focus moves in the effect after the error renders (a later tick on a busy machine).
    await vi.waitFor(() => expect(document.activeElement).toBe(email));
    expect(show).toHaveBeenCalledWith({ kind: 'error', title: 'team.0 is unknown' });

    // The same failure again still takes the person back to the field.
    name.focus();
    submit();
    await vi.waitFor(() => expect(document.activeElement).toBe(email));
  });
});
