// The native application menu. Every item that can be a role is one, so the
// operating system supplies (and translates) labels, accelerators and
// behaviour. Developer tools are only in the menu of unpackaged builds.
import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { Words } from '../core/catalogue';

export interface JournalMenuActions {
  newJournal: () => void;
  openJournal: () => void;
  /** Locks the journal now (its key dropped; the window shows only the unlock screen). */
  lockJournal: () => void;
  /** The menu's own words, in the journal's language (roles are translated by the system). */
  words: Words;
}

export interface MenuOptions {
  /** app.isPackaged: no developer tools, no reload in a shipped build. */
  packaged: boolean;
  platform?: NodeJS.Platform;
  journal?: JournalMenuActions;
}

/** File: New journal…, Open journal…, Lock journal, then Close (macOS) or Quit. */
function fileMenu(journal: JournalMenuActions | undefined, isMac: boolean): MenuItemConstructorOptions {
  if (!journal) return { role: 'fileMenu' };
  return {
    label: journal.words('menu.file'),
    submenu: [
      { label: journal.words('menu.newJournal'), accelerator: 'CmdOrCtrl+Shift+N', click: journal.newJournal },
      { label: journal.words('menu.openJournal'), accelerator: 'CmdOrCtrl+O', click: journal.openJournal },
      { type: 'separator' },
      { label: journal.words('menu.lockJournal'), accelerator: 'CmdOrCtrl+Shift+L', click: journal.lockJournal },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
}

export function buildMenuTemplate({ packaged, platform = process.platform, journal }: MenuOptions): MenuItemConstructorOptions[] {
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
    fileMenu(journal, isMac),
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
    // On macOS "About" is in the app menu already (a role-built submenu is
    // honoured as given, so an empty Help menu is left out rather than shown).
    ...(isMac ? [] : [{ role: 'help', submenu: [{ role: 'about' }] } as MenuItemConstructorOptions]),
  ];
  return template;
}

/** Sets the application menu; called again when the journal's language changes. */
export function installMenu(journal?: JournalMenuActions): void {
  app.setAboutPanelOptions({
    applicationName: 'Rapport',
    applicationVersion: app.getVersion(),
    copyright: 'Rapport',
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ packaged: app.isPackaged, ...(journal ? { journal } : {}) })));
}
