// "Open" for an attachment in the desktop app: the operating system's program
// for the type opens a copy written to a private temporary folder (0700,
// created once per run, removed when the app quits). Each copy gets its own
// subfolder, so two attachments of the same name never meet, and a plain name
// (file-name.ts), never a path from the attachment's name. Only types that
// are documents open; anything a double click would run (.exe, .bat, .js,
// .desktop, .app, a macro workbook, ...) is only saved elsewhere. Plain Node,
// no Electron, so it is tested here; electron/attachment-files.ts hands the
// path to shell.openPath.
import fs from 'node:fs';
import path from 'node:path';
import { safeFileName } from './file-name';

/** Documents the operating system opens in a viewer or an editor, never runs. */
const OPENS_AS_DOCUMENT = new Set([
  'pdf', 'txt', 'csv', 'md', 'rtf', 'eml', 'msg',
  'png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'tif', 'tiff', 'heic',
  'docx', 'xlsx', 'pptx', 'doc', 'xls', 'ppt', 'odt', 'ods', 'odp',
]);

/** Does a double click on a file of this name open it as a document (and not run it)? */
export function opensAsDocument(name: string): boolean {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext !== undefined && OPENS_AS_DOCUMENT.has(ext);
}

export class OpenCopies {
  private dir: string | null = null;

  /** @param tempRoot the system's temporary folder (app.getPath('temp')) */
  constructor(private readonly tempRoot: string) {}

  /** Writes a copy to open and returns its path; null when the type must not be opened (save it instead). */
  write(name: string, bytes: Uint8Array): string | null {
    const fileName = safeFileName(name, 'attachment');
    if (!opensAsDocument(fileName)) return null;
    // mkdtemp makes the folders readable by this user only (0700).
    this.dir ??= fs.mkdtempSync(path.join(this.tempRoot, 'rapport-open-'));
    const file = path.join(fs.mkdtempSync(path.join(this.dir, 'f-')), fileName);
    fs.writeFileSync(file, bytes, { mode: 0o600, flag: 'wx' });
    return file;
  }

  /** Removes every copy (at quit). A copy still held open by its program on Windows stays behind, in the temporary folder. */
  removeAll(): void {
    if (!this.dir) return;
    try {
      fs.rmSync(this.dir, { recursive: true, force: true });
    } catch (err) {
      console.warn(`[rapport] could not remove ${this.dir}:`, err);
    }
    this.dir = null;
  }
}
