// Electron prints a pack or a meeting's minutes to PDF and asks where to save
// it (electron/print.ts); this says how that went, as every action does. The
// browser has no such call: its pages print with the browser's own dialog.
import type { PrintRequest } from '../../core/report';
import { shellKind } from '../api/client';
import { useJournalMutation } from '../api/mutation';

export const canSavePdf = () => shellKind === 'electron' && !!window.rapportShell?.printToPdf;

export function useSavePdf(words: { saved: string; cancelled: string; failed: string }, onSaved?: () => void) {
  return useJournalMutation(async (request: PrintRequest) => {
    const result = await window.rapportShell?.printToPdf(request);
    if (!result?.ok) throw new Error('not printed');
    return result;
  }, {
    refresh: false,
    failed: words.failed,
    said: (result) => (result.saved ? { text: words.saved, description: result.saved } : { text: words.cancelled, neutral: true }),
    onSuccess: (result) => {
      if (result.saved) onSaved?.();
    },
  });
}
