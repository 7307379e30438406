import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuActions } from '../../../electron/main/menu';

function fakeActions() {
  return {
    sendToRenderer: vi.fn<MenuActions['sendToRenderer']>(),
    backup: vi.fn<MenuActions['backup']>(),
    about: vi.fn<MenuActions['about']>(),
    openDataFolder: vi.fn<MenuActions['openDataFolder']>(),
  } satisfies MenuActions;
}

function submenuOf(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const submenu = item?.submenu;
  return Array.isArray(submenu) ? submenu : [];
}

function topLevel(template: MenuItemConstructorOptions[], label: string) {
  return template.find((item) => item.label?.replace(/&/g, '') === label);
}

function allItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...allItems(submenuOf(item))]);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  // The click signature wants Electron's MenuItem/BrowserWindow/KeyboardEvent; the actions
  // under test ignore them, so the test passes nothing.
  (item?.click as (() => void) | undefined)?.();
}

const platforms = [
  { name: 'Windows/Linux', isMac: false },
  { name: 'macOS', isMac: true },
];

describe.each(platforms)('buildMenuTemplate on $name', ({ isMac }) => {
  it('has File, Edit, View and Help menus', () => {
    const template = buildMenuTemplate(fakeActions(), { isMac, isDev: false });
    for (const label of ['File', 'Edit', 'View', 'Help']) {
      expect(topLevel(template, label), label).toBeDefined();
    }
  });

  it('offers Quit', () => {
    const items = allItems(buildMenuTemplate(fakeActions(), { isMac, isDev: false }));
    expect(items.some((item) => item.role === 'quit')).toBe(true);
  });

  it('sends New Campaign and Export to the renderer, with shortcuts', () => {
    const actions = fakeActions();
    const file = submenuOf(topLevel(buildMenuTemplate(actions, { isMac, isDev: false }), 'File'));
    const newCampaign = file.find((item) => item.id === 'new-campaign');
    const exportItem = file.find((item) => item.id === 'export');
    expect(newCampaign?.accelerator).toBe('CmdOrCtrl+N');
    expect(exportItem?.accelerator).toBe('CmdOrCtrl+E');

    click(newCampaign);
    click(exportItem);
    expect(actions.sendToRenderer.mock.calls).toEqual([['new-campaign'], ['export']]);
  });

  it('backs up from File and opens the data folder from Help in the main process', () => {
    const actions = fakeActions();
    const template = buildMenuTemplate(actions, { isMac, isDev: false });
    click(submenuOf(topLevel(template, 'File')).find((item) => item.id === 'backup'));
    click(submenuOf(topLevel(template, 'Help')).find((item) => item.id === 'open-data-folder'));
    expect(actions.backup).toHaveBeenCalledOnce();
    expect(actions.openDataFolder).toHaveBeenCalledOnce();
    expect(actions.sendToRenderer).not.toHaveBeenCalled();
  });

  it('has an About Baton item', () => {
    const actions = fakeActions();
    const about = allItems(buildMenuTemplate(actions, { isMac, isDev: false })).find(
      (item) => item.label?.replace(/&/g, '') === 'About Baton',
    );
    click(about);
    expect(actions.about).toHaveBeenCalledOnce();
  });

  it('has the standard edit roles', () => {
    const edit = submenuOf(
      topLevel(buildMenuTemplate(fakeActions(), { isMac, isDev: false }), 'Edit'),
    );
    const roles = edit.map((item) => item.role);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']) {
      expect(roles, role).toContain(role);
    }
  });

  it('hides reload and developer tools outside development', () => {
    const view = submenuOf(
      topLevel(buildMenuTemplate(fakeActions(), { isMac, isDev: false }), 'View'),
    );
    const roles = view.map((item) => item.role);
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).toEqual(
      expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']),
    );
  });

  it('shows reload and developer tools in development', () => {
    const view = submenuOf(
      topLevel(buildMenuTemplate(fakeActions(), { isMac, isDev: true }), 'View'),
    );
    const roles = view.map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
});

describe('platform conventions', () => {
  it('puts the app menu first and Quit in it on macOS', () => {
    const template = buildMenuTemplate(fakeActions(), { isMac: true, isDev: false });
    expect(template[0]?.label).toBe('Baton');
    expect(submenuOf(template[0]).some((item) => item.role === 'quit')).toBe(true);
    expect(allItems(template).every((item) => !item.label?.includes('&'))).toBe(true);
  });

  it('puts Quit in File elsewhere', () => {
    const template = buildMenuTemplate(fakeActions(), { isMac: false, isDev: false });
    expect(template[0]?.label?.replace(/&/g, '')).toBe('File');
    expect(submenuOf(template[0]).some((item) => item.role === 'quit')).toBe(true);
  });
});
