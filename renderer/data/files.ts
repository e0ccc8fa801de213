// Files in and out of the browser: a picked file as base64 or text, and an
// exported text handed to the user as a download (Electron shows a save
// dialog for it, the browser saves it to Downloads).
import type { ExportedFile } from '../../core/files';
import type { ApiResult } from '../../core/errors';
import { api, ApiFailure, shellKind, transferUrl } from '../api/client';

/** A file's bytes as base64, in chunks (a multiple of 3 bytes, so the pieces join into one valid string). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const CHUNK = 3 * 8192;
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    parts.push(btoa(String.fromCharCode(...bytes.subarray(i, i + CHUNK))));
  }
  return parts.join('');
}

/** A text file as a string: UTF-8, or Windows-1252 when it is not valid UTF-8 (older Excel on Windows). */
export async function fileToText(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Hands bytes to the user as a download named `name` (Electron shows a save dialog, the browser saves to Downloads). */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Long enough for a large file's download to start reading it.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Hands an exported file to the user as a download (and returns it). */
export function downloadFile<F extends ExportedFile>(file: F): F {
  downloadBlob(new Blob([file.text], { type: `${file.mimeType};charset=utf-8` }), file.fileName);
  return file;
}

/** Hands a journal archive the shell wrote (exportArchive) to the user as a download, streamed from the disk by the browser. */
export function downloadArchive<F extends { fileName: string; download: string }>(file: F): F {
  const link = document.createElement('a');
  link.href = transferUrl(file.download, file.fileName);
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  return file;
}

/** A shell call's answer, or its failure thrown as the journal's (translated) error. */
export async function shellAnswer<T>(result: Promise<ApiResult<T>>): Promise<T> {
  const answer = await result;
  if (!answer.ok) throw new ApiFailure(answer.error);
  return answer.value;
}

/**
 * The whole journal as its archive (.zip, attachments as files), written by
 * the journal and streamed to the disk: in browser mode as a download, in the
 * desktop app where the save dialog says (null when cancelled).
 */
export async function exportJournal(): Promise<{ fileName: string } | null> {
  const shell = window.rapportShell;
  if (shellKind === 'electron' && shell?.saveJournalArchive) return shellAnswer(shell.saveJournalArchive());
  return api.exportArchive({}).then(downloadArchive);
}
