// The save dialog's suggested name for a review pack comes from the page
// (document.body.dataset.reportFileName). The page is ours, but a name from a
// renderer is still input: it must stay one plain file name, in the folder
// main chose, whatever it contains (separators, "..", control or reserved
// characters, a Windows device name, an absurd length).
const FALLBACK = 'Rapport.pdf';
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

export function safePdfName(raw: unknown): string {
  if (typeof raw !== 'string') return FALLBACK;
  let name = raw
    .normalize('NFC')
    .replace(/[\\/]/g, ' ') // never a path: no folder parts at all
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[<>:"|?*\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '') // reserved, control and bidi characters
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, ''); // no hidden file, nothing Windows would strip
  if (name.toLowerCase().endsWith('.pdf')) name = name.slice(0, -4).replace(/[.\s]+$/, '');
  name = Array.from(name).slice(0, 120).join('').trim();
  if (name === '' || WINDOWS_DEVICE.test(name)) return FALLBACK;
  return `${name}.pdf`;
}
