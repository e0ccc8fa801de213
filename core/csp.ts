// The Content-Security-Policy of every page of the app, in both shells
// (electron/app-protocol.ts, server/app.ts).
/**
 * Strict by default. 'unsafe-inline' for styles only: React's style props and
 * recharts set inline styles. No remote origin is allowed anywhere: the journal
 * is private and the app works offline.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
