// The palette's fixed commands (screens and actions) and how the typed text
// picks among them: every typed word must begin a word of the label, accents
// and case ignored ("nieuw toez host" finds "Nieuwe toezegging voor Hosting BV").
import { words } from '../../core/search/words';

export function matchesWords(query: string, label: string, keywords: readonly string[] = []): boolean {
  // Hyphens as the search treats them: "backup" finds "Back-ups", "back-up" finds "Backups".
  const wanted = words(query.replace(/-/g, ''));
  if (!wanted.length) return true;
  const text = [label, ...keywords].join(' ');
  const have = [...words(text), ...words(text.replace(/-/g, ''))];
  return wanted.every((w) => have.some((h) => h.startsWith(w)));
}

export interface Screen {
  id: string;
  path: string;
  /** Key in the search namespace. */
  label: string;
}

export const SCREENS: readonly Screen[] = [
  { id: 'overview', path: '/', label: 'screens.overview' },
  { id: 'agenda', path: '/agenda', label: 'screens.agenda' },
  { id: 'search', path: '/search', label: 'screens.search' },
  { id: 'data', path: '/data', label: 'screens.data' },
  { id: 'trash', path: '/trash', label: 'screens.trash' },
  { id: 'settings', path: '/settings', label: 'screens.settings' },
  { id: 'trust', path: '/how-trust-works', label: 'screens.howTrustWorks' },
  { id: 'newSupplier', path: '/suppliers/new', label: 'screens.newSupplier' },
];
