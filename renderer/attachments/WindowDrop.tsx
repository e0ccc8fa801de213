// Mails dropped anywhere on the app window (issue 25): on a supplier's page
// they are that supplier's, elsewhere the drafts come with the supplier their
// addresses match, to confirm or choose (MailDrafts.tsx). While files are
// dragged over the window an overlay says what a drop will do. Other files
// dropped outside a file list get a message where they can go. A file list
// (AttachmentList) that takes a drop itself marks it handled (preventDefault),
// and this listener, on the document, runs after React's and leaves it alone.
import { useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchPath, useLocation } from 'react-router';
import { toast } from 'sonner';
import { Mail } from 'lucide-react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { keys } from '../api/queries';
import { isMailFile } from './files';
import { useMailDrafts } from './MailDrafts';
import { carriesFiles } from '../layout/drop-guard';
import '../styles/drop.css';

/** The supplier whose page is shown, if any. */
function useShownSupplier(): number | null {
  const { pathname } = useLocation();
  const id = Number(matchPath('/suppliers/:supplierId', pathname)?.params.supplierId);
  return Number.isInteger(id) && id > 0 ? id : null;
}

export function WindowDrop() {
  const { t } = useTranslation('journal');
  const { readMails } = useMailDrafts();
  const supplierId = useShownSupplier();
  const supplier = useQuery({ queryKey: keys.supplier(supplierId ?? 0), queryFn: () => api.getSupplier({ id: supplierId! }), enabled: supplierId !== null });
  const [dragging, setDragging] = useState(false);
  // Read with the route and language of the moment of the drop, by listeners added once.
  const take = useEffectEvent((files: File[]) => {
    const mails = files.filter(isMailFile);
    const others = files.filter((f) => !isMailFile(f));
    if (mails.length) readMails(mails, supplierId);
    if (others.length) toast.info(t('drop.notMail', { count: others.length, names: others.map((f) => f.name).join(', ') }));
  });

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: count them to know when the drag left the window.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      event.dataTransfer!.dropEffect = 'copy';
    };
    const end = () => {
      depth = 0;
      setDragging(false);
    };
    const drop = (event: DragEvent) => {
      end();
      if (!carriesFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      take([...event.dataTransfer!.files]);
    };
    // One signal takes every listener away again.
    const listening = new AbortController();
    const { signal } = listening;
    document.addEventListener('dragenter', enter, { signal });
    document.addEventListener('dragleave', leave, { signal });
    document.addEventListener('dragover', over, { signal });
    document.addEventListener('drop', drop, { signal });
    window.addEventListener('dragend', end, { signal });
    window.addEventListener('blur', end, { signal });
    return () => listening.abort();
  }, []);

  if (!dragging) return null;
  return (
    // Never in the way of the drop: the file lists under it still take their own.
    <div className="window-drop" data-testid="window-drop">
      <div className="window-drop__card" role="status">
        <Mail size={28} aria-hidden="true" className="window-drop__icon" />
        <p className="window-drop__title">{t('drop.title')}</p>
        <p>{supplierId === null ? t('drop.elsewhere') : t('drop.onSupplier', { supplier: supplier.data?.name ?? t('drop.thisSupplier') })}</p>
        <p className="muted">{t('drop.otherFiles')}</p>
      </div>
    </div>
  );
}
