// Small facts the desktop shell keeps between runs that belong to the app on
// this computer, not to a journal: a JSON file in the app's settings folder
// beside the list of recent journals (db/shell/journal-files.ts). Today: the day a
// reminder was last shown, so the one at start comes once a day.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileDurably } from '../common/durable-file';

const FILE_NAME = 'shell-state.json';

export type ShellStateValue = string | number | boolean | null;

export class ShellState {
  private readonly file: string;

  constructor(settingsDir: string) {
    this.file = path.join(settingsDir, FILE_NAME);
  }

  private readAll(): Record<string, ShellStateValue> {
    try {
      const parsed = JSON.parse(fs.readFileSync(this.file, 'utf8')) as unknown;
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, ShellStateValue>) : {};
    } catch {
      return {};
    }
  }

  /** The value kept under `key`, or null; a file that cannot be read holds nothing (it is only a convenience). */
  get(key: string): ShellStateValue {
    const all = this.readAll();
    return Object.prototype.hasOwnProperty.call(all, key) ? (all[key] ?? null) : null;
  }

  /** Keeps `value` under `key`. Written durably (db/common/durable-file.ts): a crash or a power cut leaves the old file or the new one, never half or none. */
  set(key: string, value: ShellStateValue): void {
    const all = { ...this.readAll(), [key]: value };
    try {
      writeFileDurably(this.file, JSON.stringify(all, null, 2));
    } catch (err) {
      console.warn('[rapport] could not keep the shell state:', err);
    }
  }
}
