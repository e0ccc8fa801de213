// Cleaning up after a backup, restore or first start that was cut short (a
// kill, a power cut): their temporary files are removed at start, and only those.
import fs from 'node:fs';
import path from 'node:path';
import { backupsDir } from './names';

const LEFTOVER_IN_BACKUPS = /^\.(rapport|before-migration)-.+\.sqlite\.partial(-journal|-wal|-shm|\.holder)?$/;
const LEFTOVER_RESTORE = /^\.rapport-restore-\d+-\d+\.sqlite\.partial(-journal|-wal|-shm|\.holder)?$/;

/**
 * Removes the temporary files a backup, restore or first start cut short (a
 * kill, a power cut) left behind: backups/.<name>.partial (backups and
 * before-migration copies), .rapport-restore-*.partial, <data file>.restoring-*
 * .<data file>.creating-<pid> (a journal being made) and
 * .<data file>.converting-<pid> (one being locked with another key) beside the data file,
 * with their sidecars. Only our own temporary names are touched; returns what
 * was removed. Called once at start, before this process makes any backup of
 * its own or the journal itself.
 */
export function removeLeftoverPartials(dataFile: string): string[] {
  const data = path.resolve(dataFile);
  const base = path.basename(data).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const restoring = new RegExp(`^${base}\\.restoring-[0-9TZ-]+$`);
  const creating = new RegExp(`^\\.${base}\\.creating-\\d+(-journal|-wal|-shm)?$`);
  // A conversion to another key cut short (db/worker/lock/convert.ts): its new journal, not yet in place.
  const converting = new RegExp(`^\\.${base}\\.converting-\\d+(-journal|-wal|-shm|\\.holder)?$`);
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
  sweep(path.dirname(data), (n) => LEFTOVER_RESTORE.test(n) || restoring.test(n) || creating.test(n) || converting.test(n));
  return removed;
}
