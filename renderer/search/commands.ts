// How the palette's typed text picks among its commands (the screens of the
// routes table, the actions): every typed word must begin a word of the label,
// accents and case ignored ("nieuw toez host" finds "Nieuwe toezegging voor Hosting BV").
import { words } from '../../core/search/words';

export function matchesWords(query: string, label: string, keywords: readonly string[] = []): boolean {
  // Hyphens as the search treats them: "backup" finds "Back-ups", "back-up" finds "Backups".
  const wanted = words(query.replace(/-/g, ''));
  if (!wanted.length) return true;
  const text = [label, ...keywords].join(' ');
  const have = [...words(text), ...words(text.replace(/-/g, ''))];
  return wanted.every((w) => have.some((h) => h.startsWith(w)));
}
