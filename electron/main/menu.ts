import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../../shared/api/shell';

/** What the menu can do; index.ts supplies the implementations. */
export interface MenuActions {
  /** Commands the renderer carries out (it owns the dialogs and the current selection). */
  sendToRenderer(action: MenuAction): void;
  backup(): void;
  about(): void;
  openDataFolder(): void;
}

export interface MenuOptions {
  isMac: boolean;
  isDev: boolean;
  appName?: string;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate(
  actions: MenuActions,
  { isMac, isDev, appName = 'Baton' }: MenuOptions,
): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = [];
  // Alt-key mnemonics are a Windows/Linux convention; macOS would show the ampersand.
  const m = (label: string): string => (isMac ? label.replace(/&/g, '') : label);

  // macOS convention: About, Hide and Quit live in the application menu, not in File.
  if (isMac) {
    template.push({
      label: appName,
      submenu: [
        { label: `About ${appName}`, click: () => actions.about() },
        separator,
        { role: 'services' },
        separator,
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        separator,
        { role: 'quit', label: `Quit ${appName}` },
      ],
    });
  }

  template.push({
    label: m('&File'),
    submenu: [
      {
        id: 'new-campaign',
        label: 'New Campaign',
        accelerator: 'CmdOrCtrl+N',
        click: () => actions.sendToRenderer('new-campaign'),
      },
      separator,
      {
        id: 'export',
        label: 'Export…',
        accelerator: 'CmdOrCtrl+E',
        click: () => actions.sendToRenderer('export'),
      },
      { id: 'backup', label: 'Back Up Database', click: () => actions.backup() },
      separator,
      isMac ? { role: 'close' } : { role: 'quit', label: m('E&xit'), accelerator: 'Ctrl+Q' },
    ],
  });

  template.push({
    label: m('&Edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac
        ? ([{ role: 'pasteAndMatchStyle' }, { role: 'delete' }] as MenuItemConstructorOptions[])
        : []),
      { role: 'selectAll' },
    ],
  });

  template.push({
    label: m('&View'),
    submenu: [
      // Reloading a production window would only lose unsaved form state; it is a dev tool.
      ...(isDev
        ? ([
            { role: 'reload' },
            { role: 'forceReload' },
            { role: 'toggleDevTools' },
            separator,
          ] as MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  });

  if (isMac) template.push({ role: 'windowMenu' });

  template.push({
    label: m('&Help'),
    role: 'help',
    submenu: [
      ...(isMac
        ? []
        : ([
            { id: 'about', label: m(`&About ${appName}`), click: () => actions.about() },
          ] as MenuItemConstructorOptions[])),
      { id: 'open-data-folder', label: 'Open Data Folder', click: () => actions.openDataFolder() },
    ],
  });

  return template;
}
