// File names that come from the page or the journal (the review pack's
// suggested name, document.body.dataset.reportFileName; an attachment's name)
// are input: each must stay one plain file name, in the folder main chose,
// whatever it contains (separators, "..", control or reserved characters, a
// Windows device name, an absurd length).
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
const MAX_CHARS = 120;

/** The name as one plain name, split into stem and extension (".pdf", or ''); null when nothing usable is left. */
function plainParts(raw: unknown): { stem: string; ext: string } | null {
  if (typeof raw !== 'string') return null;
  const name = raw
    .normalize('NFC')
    .replace(/[\\/]/g, ' ') // never a path: no folder parts at all
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[<>:"|?*\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '') // reserved, control and bidi characters
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, ''); // no hidden file, nothing Windows would strip
  const ext = /\.[A-Za-z0-9]{1,10}$/.exec(name)?.[0] ?? '';
  const stem = Array.from(name.slice(0, name.length - ext.length).replace(/[.\s]+$/, '')).slice(0, MAX_CHARS - ext.length).join('').trim();
  if (stem === '' || WINDOWS_DEVICE.test(stem)) return null;
  return { stem, ext };
}

/** The review pack's name: one plain name ending in .pdf ("Rapport.pdf" when nothing usable is left). */
export function safePdfName(raw: unknown): string {
  const parts = plainParts(raw);
  if (!parts) return 'Rapport.pdf';
  const stem = parts.ext.toLowerCase() === '.pdf' ? parts.stem : Array.from(parts.stem + parts.ext).slice(0, MAX_CHARS).join('');
  return `${stem}.pdf`;
}

/** An attachment's name on disk: one plain name, its extension kept (so the right program opens it); `fallback` plus that extension when nothing else is left. */
export function safeFileName(raw: unknown, fallback: string): string {
  const parts = plainParts(raw);
  if (parts) return parts.stem + parts.ext;
  const ext = typeof raw === 'string' ? (/\.[A-Za-z0-9]{1,10}$/.exec(raw.trim())?.[0] ?? '') : '';
  return fallback + ext;
}
