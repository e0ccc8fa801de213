// The system's language, for the browser-mode command line's own words
// (core/catalogue.ts) until the journal's preference is known, or when it has none.
import { languageOfLocale } from '../core/catalogue';
import type { Language } from '../core/types';

/**
 * The system's language: the POSIX locale variables in their order of
 * precedence (LC_ALL, LC_MESSAGES, LANG), else the locale Node's Intl sees
 * (Windows and macOS set no LANG for a program started from their desktop).
 */
export function systemLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  const posix = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v && v.trim() !== '');
  return languageOfLocale(posix ?? Intl.DateTimeFormat().resolvedOptions().locale);
}
