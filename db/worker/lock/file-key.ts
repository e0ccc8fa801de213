// The key a file the manager picks is read with: the journal's own, or the
// recovery key typed for it when the file is locked with another (a backup
// from before a cut conversion, someone else's journal, an upload).
import { JournalError } from '../../../core/errors';
import { parseRecoveryKey } from '../../../core/lock';
import type { FileOptions } from '../inspect-file';
import type { KeyHex } from './cipher';

/** The options to read `file` with: the typed recovery key when there is one, else the journal's key. */
export function optionsForFile(options: FileOptions, recoveryKey: string | null): FileOptions & { sourceKey: KeyHex | null } {
  if (recoveryKey === null) return { ...options, sourceKey: options.key ?? null };
  const hex = parseRecoveryKey(recoveryKey);
  if (!hex) throw new JournalError('validation', 'notARecoveryKey', [{ path: ['recoveryKey'], key: 'notARecoveryKey', params: {} }]);
  return { ...options, sourceKey: hex };
}

/** What inspects the file itself: its own key. */
export function sourceOptions(options: FileOptions & { sourceKey: KeyHex | null }): FileOptions {
  return { ...options, key: options.sourceKey };
}
