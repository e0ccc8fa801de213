// "Open" and "Save elsewhere" for an attachment in the desktop app: main reads
// the file from the journal by its id, opens a private copy with the
// operating system's program, or shows the save dialog (electron/
// attachment-files.ts). A type that would run as a program is never opened:
// the save dialog comes instead, as in the browser (files.ts).
import type { Attachment, AttachmentFileResult } from '../../core/attachments';
import { ApiFailure } from '../api/client';

type DesktopShell = NonNullable<Window['rapportShell']>;

/** The desktop shell's file calls, or null in the browser. */
export const desktopFiles = (): DesktopShell | null => (window.rapportShell?.openAttachment ? window.rapportShell : null);

/** The shell's reasons as the journal's error keys (errors.json), the file named. */
const KEYS: Record<string, string> = { noProgram: 'attachmentNoProgram', failed: 'attachmentFileFailed' };

/** Opens or saves through main; the save dialog's answer (where, or null when cancelled), or an ApiFailure thrown. */
export async function openOrSaveOnDesktop(
  shell: DesktopShell, a: Pick<Attachment, 'id' | 'name'>, save: boolean, onMustSave: () => void,
): Promise<AttachmentFileResult & { ok: true }> {
  let result = save ? await shell.saveAttachment({ id: a.id }) : await shell.openAttachment({ id: a.id });
  if (!result.ok && result.error === 'mustSave') {
    onMustSave();
    result = await shell.saveAttachment({ id: a.id });
  }
  if (result.ok) return result;
  const key = KEYS[result.error] ?? result.error;
  throw new ApiFailure({ code: 'internal', key, issues: [{ path: [], key, params: { name: a.name } }] });
}
