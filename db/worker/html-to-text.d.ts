// html-to-text ships no types: the one function the mail reader calls (db/worker/mail.ts).
declare module 'html-to-text' {
  export function convert(html: string, options?: Record<string, unknown>): string;
}
