import { type RefObject, useLayoutEffect, useMemo, useRef } from 'react';
import type { Person } from '../../shared/model';
import { useApi } from '../api/ApiContext';
import type { ActionContext, Screen } from '../features/commands/action';
import { usePaletteStore } from '../features/commands/paletteStore';

/**
 * The context every action sees, rebuilt when what it holds changes. The ref is for the
 * window-level listeners (keyboard, menu), attached once and reading the latest context.
 */
export function useActionContext(p: {
  screen: Screen;
  navigate: (screen: Screen) => void;
  me: Person | null;
  readOnly: boolean;
}): { ctx: ActionContext; ctxRef: RefObject<ActionContext> } {
  const api = useApi();
  const openPalette = usePaletteStore((s) => s.show);
  const { screen, navigate, me, readOnly } = p;
  const ctx = useMemo<ActionContext>(
    () => ({ api, screen, navigate, me, readOnly, openPalette }),
    [api, screen, navigate, me, readOnly, openPalette],
  );
  const ctxRef = useRef(ctx);
  useLayoutEffect(() => {
    ctxRef.current = ctx;
  }, [ctx]);
  return { ctx, ctxRef };
}
