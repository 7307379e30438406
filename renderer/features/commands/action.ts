import type { Person } from '../../../shared/model';
import type { MenuAction } from '../../../shared/api/shell';
import type { ApiClient } from '../../api/client';

/** The top-level screens of the window. */
export type Screen = 'board' | 'clients' | 'people' | 'templates' | 'settings';

/**
 * What an action may look at and do, built once by the app shell. Actions that need more (the
 * board's selected card, the open handoff) read their own feature's store instead of growing this.
 */
export interface ActionContext {
  api: ApiClient;
  screen: Screen;
  navigate: (screen: Screen) => void;
  /** Who uses Baton on this computer, or null before anyone is chosen. */
  me: Person | null;
  /** The database is open read-only (e.g. written by a newer Baton): writes would fail. */
  readOnly: boolean;
  /** Opens the command palette, optionally with a query typed in ("Go to campaign: "). */
  openPalette: (query?: string) => void;
}

/**
 * Where a shortcut works:
 * - 'app' (default): not while a modal dialog is open; a shortcut without Mod or Alt also not
 *   while typing in a field (so "?" still types a question mark).
 * - 'everywhere': also inside dialogs and fields (the palette toggle).
 * - 'outside-fields': never while typing, even with Mod (Mod+Z must stay the field's own undo).
 */
export type ShortcutScope = 'app' | 'everywhere' | 'outside-fields';

/**
 * One thing a person can do, declared once (after Excalidraw's actions): the keyboard, the
 * command palette and the Electron menu all run it through `perform`, and all ask `when`.
 */
export interface Action {
  /** Unique and stable, e.g. 'campaign.new'. A later registration with the same id wins. */
  id: string;
  /** What the palette shows, in sentence case: "New campaign". */
  label: string;
  /** Palette section heading, e.g. 'Campaigns', 'Go to'. */
  group?: string;
  /** 'Mod+N', 'Mod+Shift+K', 'Alt+1', '?': Mod is ⌘ on macOS and Ctrl elsewhere. */
  shortcut?: string;
  shortcutScope?: ShortcutScope;
  /** Other words people search for: "add", "create". */
  keywords?: readonly string[];
  /** The Electron menu item that runs this action. */
  menuAction?: MenuAction;
  /** Shown in the palette only once something is typed (one entry per campaign or person). */
  searchOnly?: boolean;
  /** Not offered in the palette (e.g. the palette's own toggle). */
  hideInPalette?: boolean;
  /** Whether the action makes sense now; unavailable actions are hidden and do not run. */
  when?: (ctx: ActionContext) => boolean;
  perform: (ctx: ActionContext) => void | Promise<void>;
}
