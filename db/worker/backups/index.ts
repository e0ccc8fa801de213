// Backups of the journal, and restoring from them: db/'s other modules and
// tests import them from here. One job a module:
//   names.ts      where backups live and what their names say
//   list.ts       the backups there are and what each holds
//   make.ts       making a verified backup of the live journal
//   rotation.ts   when the daily backup is due; keeping 7 daily + 4 weekly
//   restore.ts    replacing the journal with a backup (undo included)
//   leftovers.ts  removing what a cut-short backup or restore left behind
// Inspecting any journal file (read-only, never written) is db/worker/inspect-file.ts.
export { backupFileName, backupsDir, parseBackupName, type BackupKind, type WritableBackupKind } from './names';
export { listBackups, type BackupInfo } from './list';
export { backupNow } from './make';
export { DAILY_TO_KEEP, WEEKLY_TO_KEEP, dueForDailyBackup, rotateBackups } from './rotation';
export { restoreFrom, type RestoreOutcome } from './restore';
export { removeLeftoverPartials } from './leftovers';
