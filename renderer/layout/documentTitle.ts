// The window title (and a browser tab's): "<screen> · Rapport", back to
// "Rapport" when the screen goes. The routes table (routes.tsx) names most
// screens; a screen whose title is its subject (a supplier) sets its own.
import { useEffect } from 'react';

/** Null leaves the title as it is (the screen has none of its own yet). */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    if (!title) return;
    document.title = `${title} · Rapport`;
    return () => {
      document.title = 'Rapport';
    };
  }, [title]);
}
