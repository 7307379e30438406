// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ToastRegion, toast } from '../../../renderer/ui';

beforeEach(() => {
  vi.useFakeTimers();
  render(<ToastRegion />);
});

afterEach(() => {
  act(() => toast.clear());
  cleanup();
  vi.useRealTimers();
});

const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('Toast', () => {
  it('shows a success toast in the polite status region and hides it after ~5 s', () => {
    act(() => void toast.show({ kind: 'success', title: 'Handoff sent', body: 'Creative knows.' }));
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(within(status).getByText('Handoff sent')).toBeTruthy();
    expect(within(status).getByText('Creative knows.')).toBeTruthy();
    advance(4900);
    expect(screen.queryByText('Handoff sent')).not.toBeNull();
    advance(200);
    expect(screen.queryByText('Handoff sent')).toBeNull();
  });

  it('keeps errors in the alert region until dismissed', () => {
    act(() => void toast.show({ kind: 'error', title: 'Could not sync' }));
    expect(within(screen.getByRole('alert')).getByText('Could not sync')).toBeTruthy();
    advance(60_000);
    expect(screen.queryByText('Could not sync')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss notification' }));
    expect(screen.queryByText('Could not sync')).toBeNull();
  });

  it('runs the action and then dismisses', () => {
    const onAction = vi.fn();
    act(() => {
      toast.show({ kind: 'error', title: 'Upload failed', action: { label: 'Retry', onAction } });
    });
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onAction).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Upload failed')).toBeNull();
  });

  it('pauses while hovered so it can be read', () => {
    act(() => void toast.show({ kind: 'info', title: 'Synced' }));
    advance(3000);
    fireEvent.mouseEnter(screen.getByText('Synced'));
    advance(10_000);
    expect(screen.queryByText('Synced')).not.toBeNull();
    fireEvent.mouseLeave(screen.getByText('Synced'));
    advance(1900);
    expect(screen.queryByText('Synced')).not.toBeNull();
    advance(200);
    expect(screen.queryByText('Synced')).toBeNull();
  });
});
