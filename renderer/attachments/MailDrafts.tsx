// Mails dropped or chosen (on a supplier, or anywhere on the window:
// WindowDrop.tsx): each read into a draft interaction (readMail, core/mail.ts)
// and reviewed one after another, in one queue for the whole app; saving
// writes the interaction with the mail kept on it (saveMailEntry). A mail
// dropped on a supplier is that supplier's; one dropped elsewhere comes with
// the supplier its addresses match, for the manager to confirm or choose. A
// file that is no mail says so and nothing is written.
import { createContext, lazy, Suspense, useContext, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { api } from '../api/client';
import { errorText } from '../api/errors';
import { useJournalMutation } from '../api/mutation';
import { fileToBase64 } from '../data/files';
import { limitText, overLimit } from './files';
import type { Review } from './MailReview';

// The review dialog (its form, date field and the mail's rules) loads with the first mail, not with every screen.
const MailReview = lazy(() => import('./MailReview').then((m) => ({ default: m.MailReview })));

interface MailDrafts {
  /** Reads the files into drafts; supplierId null: dropped outside a supplier, the supplier is matched and confirmed. */
  readMails: (files: File[], supplierId: number | null) => void;
  busy: boolean;
}

const MailDraftsContext = createContext<MailDrafts | null>(null);

export function useMailDrafts(): MailDrafts {
  const drafts = useContext(MailDraftsContext);
  if (!drafts) throw new Error('useMailDrafts outside MailDraftsProvider');
  return drafts;
}

/** The app's one queue of mail drafts, and the review dialog of the first. */
export function MailDraftsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation('journal');
  const [queue, setQueue] = useState<Review[]>([]);
  const counter = useRef(0);

  const read = useJournalMutation(
    async ({ files, supplierId }: { files: File[]; supplierId: number | null }) => {
      const read: Review[] = [];
      for (const file of files) {
        if (overLimit(file)) {
          toast.error(`${file.name}: ${t('errors:attachmentTooLarge', { max: limitText() })}`);
          continue;
        }
        const contentBase64 = await fileToBase64(file);
        try {
          read.push({ draft: await api.readMail({ supplierId, name: file.name, contentBase64 }), contentBase64, fixed: supplierId !== null, key: ++counter.current });
        } catch (err) {
          // One file that is no mail does not stop the others.
          toast.error(`${file.name}: ${errorText(t, err)}`);
        }
      }
      return read;
    },
    { refresh: false, onSuccess: (read) => setQueue((q) => [...q, ...read]) },
  );

  const next = () => setQueue((q) => q.slice(1));
  const current = queue[0] ?? null;
  const value: MailDrafts = { readMails: (files, supplierId) => read.mutate({ files, supplierId }), busy: read.isPending };
  return (
    <MailDraftsContext.Provider value={value}>
      {children}
      {current && (
        <Suspense fallback={null}>
          <MailReview key={current.key} review={current} remaining={queue.length - 1} onDone={next} />
        </Suspense>
      )}
    </MailDraftsContext.Provider>
  );
}

