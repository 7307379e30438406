// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Button, Dialog, TextField } from '../../../renderer/ui';

afterEach(cleanup);

function Harness({ onClose }: { onClose?: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Rename</Button>
      <Dialog
        open={open}
        onClose={() => {
          onClose?.();
          setOpen(false);
        }}
        title="Rename campaign"
        description="Shown on every board."
        footer={<Button onClick={() => setOpen(false)}>Cancel</Button>}
      >
        <TextField label="Name" />
      </Dialog>
    </>
  );
}

function openDialog() {
  const opener = screen.getByRole('button', { name: 'Rename' });
  opener.focus();
  fireEvent.click(opener);
  const dialog = document.querySelector('dialog');
  if (!dialog) throw new Error('no <dialog> rendered');
  return { opener, dialog };
}

describe('Dialog', () => {
  it('opens modal, is named by its title and moves focus inside', () => {
    render(<Harness />);
    const { dialog } = openDialog();
    expect(dialog.open).toBe(true);
    const title = document.getElementById(dialog.getAttribute('aria-labelledby') ?? '');
    expect(title?.textContent).toBe('Rename campaign');
    const description = document.getElementById(dialog.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe('Shown on every board.');
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));
  });

  it('Escape calls onClose and focus returns to the opener', () => {
    const onClose = vi.fn();
    render(<Harness onClose={onClose} />);
    const { opener, dialog } = openDialog();
    fireEvent.keyDown(screen.getByLabelText('Name'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(dialog.open).toBe(false);
    expect(screen.queryByLabelText('Name')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('leaves Escape to a child that already handled it', () => {
    const onClose = vi.fn();
    render(<Harness onClose={onClose} />);
    const { dialog } = openDialog();
    const input = screen.getByLabelText('Name');
    input.addEventListener('keydown', (e) => e.preventDefault());
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(onClose).not.toHaveBeenCalled();
    expect(dialog.open).toBe(true);
  });

  it('returns focus to the opener when a footer action closes it', () => {
    render(<Harness />);
    const { opener, dialog } = openDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it('the close button calls onClose', () => {
    const onClose = vi.fn();
    render(<Harness onClose={onClose} />);
    openDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
