import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { Button } from './Button';
import { AlertCircleIcon, CheckCircleIcon, CloseIcon, InfoCircleIcon } from './icons';
import { useModalStack } from './modalStack';
import { DEFAULT_TOAST_MS, type ToastEntry, toast, useToastStore } from './toastStore';
import './Toast.css';

export { toast, type ToastInput, type ToastKind } from './toastStore';

const ICONS = { success: CheckCircleIcon, error: AlertCircleIcon, info: InfoCircleIcon };

/** Counts down unless sticky; hovering or focusing the toast pauses it so it can be read. */
function useAutoDismiss(entry: ToastEntry) {
  const [paused, setPaused] = useState(false);
  const remaining = useRef(entry.durationMs ?? DEFAULT_TOAST_MS);
  const sticky = entry.kind === 'error';
  useEffect(() => {
    if (sticky || paused) return;
    const started = Date.now();
    const timer = setTimeout(() => toast.dismiss(entry.id), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current -= Date.now() - started;
    };
  }, [sticky, paused, entry.id]);
  return {
    onMouseEnter: () => setPaused(true),
    onMouseLeave: () => setPaused(false),
    onFocus: () => setPaused(true),
    onBlur: () => setPaused(false),
  };
}

function ToastCard({ entry }: { entry: ToastEntry }) {
  const pause = useAutoDismiss(entry);
  const Icon = ICONS[entry.kind];
  return (
    <div className={`ui-toast ui-toast--${entry.kind}`} {...pause}>
      <Icon className="ui-toast__icon" />
      <div className="ui-toast__content">
        <p className="ui-toast__title">{entry.title}</p>
        {entry.body ? <p className="ui-toast__body">{entry.body}</p> : null}
        {entry.action ? (
          <button
            type="button"
            className="ui-toast__action"
            onClick={() => {
              entry.action?.onAction();
              toast.dismiss(entry.id);
            }}
          >
            {entry.action.label}
          </button>
        ) : null}
      </div>
      <Button
        variant="ghost"
        size="sm"
        icon={<CloseIcon size={14} />}
        aria-label="Dismiss notification"
        className="ui-toast__dismiss"
        onClick={() => toast.dismiss(entry.id)}
      />
    </div>
  );
}

/**
 * Mount once near the root. Both live regions exist before any toast arrives, because screen
 * readers only announce changes inside regions they already know about. While a modal dialog is
 * open the region renders inside it (see modalStack.ts).
 */
export function ToastRegion() {
  const toasts = useToastStore((s) => s.toasts);
  const host = useModalStack((s) => s.stack.at(-1));
  const errors = toasts.filter((t) => t.kind === 'error');
  const others = toasts.filter((t) => t.kind !== 'error');
  const region = (
    <section className="ui-toast-region" aria-label="Notifications">
      <div role="alert" className="ui-toast-region__list">
        {errors.map((t) => (
          <ToastCard key={t.id} entry={t} />
        ))}
      </div>
      <div role="status" aria-live="polite" className="ui-toast-region__list">
        {others.map((t) => (
          <ToastCard key={t.id} entry={t} />
        ))}
      </div>
    </section>
  );
  return host ? createPortal(region, host) : region;
}
