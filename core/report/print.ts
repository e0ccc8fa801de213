// What the shells hand Chromium's printToPDF besides the page: the running
// header and footer. Chromium draws them in the page margins on every page and
// fills in .pageNumber and .totalPages; they do not see the page's styles, so
// everything is inline and the font size explicit.
import type { PaperSize } from './route';

/** What the report page announces on <body data-…> once it is ready to print. */
export interface ReadyInfo {
  /** Left-hand footer text, e.g. "Noordlicht IT Services · Review pack 1 Sep 2026 to 27 Nov 2026". */
  footer: string;
  /** "Page" / "Pagina" */
  page: string;
  /** "of" / "van" */
  of: string;
  /** Suggested file name for the PDF. */
  fileName: string;
}

export const READY_ATTRIBUTE = 'reportReady';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const FONT = "font-family: 'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #5a6677;";

/** The header is left empty (the page carries its own); Chromium needs a template, else it prints the URL. */
export function headerTemplate(): string {
  return '<div style="font-size: 1px;"></div>';
}

export function footerTemplate(info: Pick<ReadyInfo, 'footer' | 'page' | 'of'>, paper: PaperSize): string {
  const side = paper === 'letter' ? '0.75in' : '18mm';
  return (
    `<div style="${FONT} width: 100%; margin: 0 ${side}; display: flex; justify-content: space-between; align-items: baseline; border-top: 0.5pt solid #d9dee6; padding-top: 4pt;">` +
    `<span>${escapeHtml(info.footer)}</span>` +
    `<span>${escapeHtml(info.page)} <span class="pageNumber"></span> ${escapeHtml(info.of)} <span class="totalPages"></span></span>` +
    '</div>'
  );
}

/** Page margins (CSS) per paper; the bottom one leaves room for the footer. */
export function pageCss(paper: PaperSize): string {
  return paper === 'letter'
    ? '@page { size: letter; margin: 0.55in 0.75in 0.7in 0.75in; }'
    : '@page { size: A4; margin: 15mm 18mm 20mm 18mm; }';
}

/** What rapportShell.printToPdf answers: where the PDF was saved (null: the user cancelled), or why it failed. */
export type PrintResult = { ok: true; saved: string | null } | { ok: false; error: 'forbidden' | 'invalid' | 'timeout' | 'failed' };
