// The native application menu. Every item that can be a role is one, so the
// operating system supplies (and translates) labels, accelerators and
// behaviour. Developer tools are only in the menu of unpackaged builds.
import { app, Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  /** app.isPackaged: no developer tools, no reload in a shipped build. */
  packaged: boolean;
  platform?: NodeJS.Platform;
}

export function buildMenuTemplate({ packaged, platform = process.platform }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';

  const view: MenuItemConstructorOptions = {
    role: 'viewMenu',
    submenu: [
      ...(packaged
        ? []
        : ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[])),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const template: MenuItemConstructorOptions[] = [
    // macOS: the app menu (About, Services, Hide, Quit) comes first.
    ...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    // fileMenu = Close (macOS) or Quit (elsewhere).
    { role: 'fileMenu' },
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
    // On macOS "About" is in the app menu already (a role-built submenu is
    // honoured as given, so an empty Help menu is left out rather than shown).
    ...(isMac ? [] : [{ role: 'help', submenu: [{ role: 'about' }] } as MenuItemConstructorOptions]),
  ];
  return template;
}

export function installMenu(): void {
  app.setAboutPanelOptions({
    applicationName: 'Rapport',
    applicationVersion: app.getVersion(),
    copyright: 'Rapport',
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ packaged: app.isPackaged })));
}
