// Cleaning up after a backup or restore that was cut short (a kill, a power
// cut): their temporary files are removed at start, and only those.
import fs from 'node:fs';
import path from 'node:path';
import { backupsDir } from './names';

const LEFTOVER_IN_BACKUPS = /^\.rapport-.+\.sqlite\.partial(-journal|-wal|-shm)?$/;
const LEFTOVER_RESTORE = /^\.rapport-restore-\d+-\d+\.sqlite\.partial(-journal|-wal|-shm)?$/;

/**
 * Removes the temporary files a backup or restore cut short (a kill, a power
 * cut) left behind: backups/.<name>.partial, .rapport-restore-*.partial and
 * <data file>.restoring-* beside the data file, with their sidecars. Only our
 * own temporary names are touched; returns what was removed. Called once at
 * start, before this process makes any backup of its own.
 */
export function removeLeftoverPartials(dataFile: string): string[] {
  const data = path.resolve(dataFile);
  const restoring = new RegExp(`^${path.basename(data).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.restoring-[0-9TZ-]+$`);
  const removed: string[] = [];
  const sweep = (dir: string, match: (name: string) => boolean) => {
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names.filter(match)) {
      try {
        fs.rmSync(path.join(dir, name), { force: true });
        removed.push(path.join(dir, name));
      } catch (err) {
        console.warn(`[rapport] could not remove leftover ${name}:`, err);
      }
    }
  };
  sweep(backupsDir(data), (n) => LEFTOVER_IN_BACKUPS.test(n));
  sweep(path.dirname(data), (n) => LEFTOVER_RESTORE.test(n) || restoring.test(n));
  return removed;
}
