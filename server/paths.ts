// Where the desktop app keeps its journal, so browser mode opens the same file
// (Electron's app.getPath('userData') for an app named "Rapport").
import os from 'node:os';
import path from 'node:path';
import { DATA_FILE_NAME } from '../db';

export function userDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Rapport');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Rapport');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Rapport');
}

export function defaultDataFile(): string {
  return path.join(userDataDir(), DATA_FILE_NAME);
}
