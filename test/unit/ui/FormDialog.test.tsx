// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { type FormEvent, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Button, FormDialog, TextField, type FormDialogSlot } from '../../../renderer/ui';

afterEach(cleanup);

/** A form that saves by waiting on `saving`, as a backend call would. */
function RenameForm({ formId, onBusy, saving }: FormDialogSlot & { saving: () => Promise<void> }) {
  const [name, setName] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    onBusy(true);
    await saving();
    onBusy(false);
  };
  return (
    <form id={formId} onSubmit={submit}>
      <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} />
    </form>
  );
}

function Harness(props: { onClose?: () => void; saving?: () => Promise<void> }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Rename</Button>
      <FormDialog
        open={open}
        onClose={() => {
          props.onClose?.();
          setOpen(false);
        }}
        title="Rename campaign"
        submitLabel="Save name"
      >
        {(slot) => <RenameForm {...slot} saving={props.saving ?? (() => Promise.resolve())} />}
      </FormDialog>
    </>
  );
}

function openDialog() {
  fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
  const dialog = document.querySelector('dialog');
  if (!dialog?.open) throw new Error('the dialog did not open');
  return dialog;
}

const submitButton = () => screen.getByRole('button', { name: 'Save name' });

describe('FormDialog', () => {
  it('puts Cancel then the submit button, tied to the form by its id, in the footer', () => {
    render(<Harness />);
    const dialog = openDialog();
    const footer = dialog.querySelector('.ui-dialog__footer');
    const buttons = [...(footer?.querySelectorAll('button') ?? [])].map((b) => b.textContent);
    expect(buttons).toEqual(['Cancel', 'Save name']);
    const form = dialog.querySelector('form');
    expect(form?.id).toBeTruthy();
    expect(submitButton().getAttribute('form')).toBe(form?.id);
    expect(submitButton().getAttribute('type')).toBe('submit');
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));
  });

  it('disables the submit button while the form saves, and enables it after', async () => {
    let finish = () => {};
    const saving = () => new Promise<void>((resolve) => (finish = resolve));
    render(<Harness saving={saving} />);
    const dialog = openDialog();
    expect(submitButton()).toHaveProperty('disabled', false);
    fireEvent.submit(dialog.querySelector('form')!);
    expect(submitButton()).toHaveProperty('disabled', true);
    expect(submitButton().getAttribute('aria-busy')).toBe('true');
    await act(async () => finish());
    expect(submitButton()).toHaveProperty('disabled', false);
    expect(submitButton().getAttribute('aria-busy')).toBeNull();
  });

  it('Cancel and Escape close it; a backdrop click does not (it holds unsaved input)', () => {
    const onClose = vi.fn();
    render(<Harness onClose={onClose} />);
    let dialog = openDialog();
    fireEvent.mouseDown(dialog);
    fireEvent.click(dialog);
    expect(onClose).not.toHaveBeenCalled();
    expect(dialog.open).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(dialog.open).toBe(false);

    dialog = openDialog();
    fireEvent.keyDown(screen.getByLabelText('Name'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(dialog.open).toBe(false);
  });

  it('reopening starts the form from fresh values', () => {
    render(<Harness />);
    openDialog();
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Spring launch' } });
    expect(screen.getByLabelText('Name')).toHaveProperty('value', 'Spring launch');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.querySelector('form')).toBeNull();
    openDialog();
    expect(screen.getByLabelText('Name')).toHaveProperty('value', '');
  });
});
