// When the automatic backup is due (once a day) and which automatic backups
// are kept: 7 daily and 4 weekly. Other kinds are never deleted.
import fs from 'node:fs';
import { isoWeek } from '../../../core/dates';
import { backupFiles } from './names';

export const DAILY_TO_KEEP = 7;
export const WEEKLY_TO_KEEP = 4;

/** True when no automatic backup was made yet on now's day (UTC). */
export function dueForDailyBackup(dataFile: string, now: Date = new Date()): boolean {
  const today = now.toISOString().slice(0, 10);
  return !backupFiles(dataFile).some((b) => b.kind === 'auto' && b.createdAt.slice(0, 10) === today);
}

/**
 * Thins out AUTOMATIC backups only: keeps the newest one of each of the 7
 * most recent days that have one, the newest one of each of the 4 most
 * recent ISO weeks that have one, and anything dated after `now` (a clock
 * set back). "Most recent that have one" rather than "the last 7 calendar
 * days": after a month away the old backups are thinned, never all deleted.
 * Manual, before-restore and before-migration backups are never deleted.
 */
export function rotateBackups(dataFile: string, now: Date = new Date()): { kept: string[]; deleted: string[] } {
  const autos = backupFiles(dataFile).filter((b) => b.kind === 'auto');
  const keep = new Set<string>();
  const days = new Set<string>();
  const weeks = new Set<string>();
  for (const b of autos) {
    if (b.createdAt > now.toISOString()) {
      keep.add(b.file); // dated after now: kept, and not counted as one of the recent days or weeks
      continue;
    }
    const day = b.createdAt.slice(0, 10);
    if (!days.has(day) && days.size < DAILY_TO_KEEP) {
      days.add(day);
      keep.add(b.file);
    }
    const week = isoWeek(day);
    if (!weeks.has(week) && weeks.size < WEEKLY_TO_KEEP) {
      weeks.add(week);
      keep.add(b.file);
    }
  }
  const deleted: string[] = [];
  for (const b of autos) {
    if (keep.has(b.file)) continue;
    try {
      fs.rmSync(b.file);
      deleted.push(b.file);
    } catch {
      keep.add(b.file); // cannot delete now: try again next time
    }
  }
  return { kept: autos.filter((b) => keep.has(b.file)).map((b) => b.file), deleted };
}
