// The pack's page: size, margins and the running footer as CSS (page-margin
// boxes), and what the report page announces once it is ready to print.
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

/** A CSS string literal: quotes, backslashes and line breaks escaped, "<" too (the rule sits in a <style>). */
function cssString(text: string): string {
  const escaped = [...text].map((c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return ' ';
    return c === '\\' || c === '"' || c === '<' ? `\\${code.toString(16)} ` : c;
  });
  return `"${escaped.join('')}"`;
}

const FOOTER_STYLE = "font-family: 'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #5a6677;";

/**
 * Page size and margins (CSS) per paper, and with `footer` the running footer
 * in the bottom margin of every page: supplier and period on the left, "Page
 * n of m" on the right, in the pack's language. It is part of the pack's own
 * CSS (page-margin boxes), so every shell prints it: Electron's printToPDF and
 * the browser's print dialog alike, with no browser header or footer needed.
 */
export function pageCss(paper: PaperSize, footer?: Pick<ReadyInfo, 'footer' | 'page' | 'of'>, sections: readonly PageSection[] = []): string {
  const size = paper === 'letter' ? 'size: letter; margin: 0.55in 0.75in 0.7in 0.75in;' : 'size: A4; margin: 15mm 18mm 20mm 18mm;';
  if (!footer) return `@page { ${size} }`;
  const box = `${FOOTER_STYLE} vertical-align: top; padding-top: 4pt; border-top: 0.5pt solid #d9dee6;`;
  const top = `${FOOTER_STYLE} vertical-align: bottom; padding-bottom: 4pt;`;
  return (
    `@page { ${size} ` +
    `@bottom-left { content: ${cssString(footer.footer)}; ${box} } ` +
    `@bottom-right { content: ${cssString(`${footer.page} `)} counter(page) ${cssString(` ${footer.of} `)} counter(pages); ${box} text-align: right; } }` +
    // Each supplier of a portfolio pack prints on pages of its own name, which carry that name at the top: a page that
    // continues a supplier's part says whose it is.
    sections.map((section) => ` @page ${supplierPageName(section.id)} { @top-left { content: ${cssString(section.label)}; ${top} } }`).join('') +
    // Chromium starts a page when the page name changes, at the end of the document too: the boxes around the last
    // part carry its name, so closing them starts no blank page. The overview has a name of its own.
    (sections.length === 0 ? '' :
      ` html, body, #root, .report-page, .report-sheet, .report-doc { page: ${supplierPageName(sections.at(-1)!.id)}; } .rp-overview { page: rp-overview; }`)
  );
}

/** A part of a pack printed on its own named pages (a portfolio pack's supplier). */
export interface PageSection {
  id: number;
  label: string;
}

/** The CSS page name of a supplier's part of a portfolio pack. */
export function supplierPageName(id: number): string {
  return `rp-supplier-${Math.trunc(id)}`;
}

/** What rapportShell.printToPdf answers: where the PDF was saved (null: the user cancelled), or why it failed. */
export type PrintResult = { ok: true; saved: string | null } | { ok: false; error: 'forbidden' | 'invalid' | 'timeout' | 'failed' };
