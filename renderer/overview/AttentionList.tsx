// What a tile on the overview counts, listed: the tile opens this dialog with
// the very items behind its number, each a link to where it is dealt with.
import * as Dialog from '@radix-ui/react-dialog';
import { useQuery } from '@tanstack/react-query';
import { X } from 'lucide-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Entry } from '../../core/types';
import type { SupplierSummary } from '../../core/views';
import { api } from '../api/client';
import { Spinner } from '../components/Spinner';
import { useFormat } from '../i18n/format';

export type Attention = 'active' | 'overdue' | 'incidents' | 'reviews';

interface Item {
  key: string;
  to: string;
  title: string;
  supplier: string;
  date: string | null;
}

/** The overdue promises or open incidents of the suppliers that have any (the same rule as the tile's count). */
async function entriesOf(which: 'overdue' | 'incidents', suppliers: readonly SupplierSummary[], today: string): Promise<Item[]> {
  const withSome = suppliers.filter((s) => (which === 'overdue' ? s.overduePromises : s.openIncidents) > 0);
  const lists = await Promise.all(
    withSome.map(async (s) => {
      const entries = await api.listEntries({ supplierId: s.id, kinds: [which === 'overdue' ? 'promise' : 'incident'] });
      return entries.filter((e) => counts(which, e, today)).map((e) => ({
        key: `e${e.id}`,
        to: `/suppliers/${s.id}?entry=${e.id}`,
        title: e.title,
        supplier: s.name,
        date: e.kind === 'promise' ? e.dueOn : e.date,
      }));
    }),
  );
  return lists.flat().sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
}

function counts(which: 'overdue' | 'incidents', e: Entry, today: string): boolean {
  if (which === 'overdue') return e.kind === 'promise' && e.status === 'open' && e.side === 'supplier' && e.dueOn !== null && e.dueOn < today;
  return e.kind === 'incident' && e.resolvedOn === null;
}

export function AttentionList({
  which, onClose, active, reviewsDue, today,
}: {
  which: Attention | null;
  onClose: () => void;
  active: readonly SupplierSummary[];
  /** Suppliers whose review is overdue, with the date it fell due. */
  reviewsDue: readonly { supplier: SupplierSummary; due: string }[];
  today: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const returnTo = useRef<HTMLElement | null>(null);
  const fromEntries = which === 'overdue' || which === 'incidents';
  const entries = useQuery({
    queryKey: ['attention', which, active.map((s) => s.id).join(',')],
    queryFn: () => entriesOf(which as 'overdue' | 'incidents', active, today),
    enabled: fromEntries,
  });
  const items: Item[] | undefined =
    which === 'active'
      ? active.map((s) => ({ key: `s${s.id}`, to: `/suppliers/${s.id}`, title: s.name, supplier: s.category, date: null }))
      : which === 'reviews'
        ? reviewsDue.map(({ supplier, due }) => ({ key: `s${supplier.id}`, to: `/suppliers/${supplier.id}`, title: supplier.name, supplier: supplier.category, date: due }))
        : entries.data;
  const dateLabel = which === 'overdue' ? 'home.listDue' : which === 'incidents' ? 'home.listSince' : 'home.listReviewDue';

  return (
    <Dialog.Root open={which !== null} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog"
          data-testid="attention-list"
          onOpenAutoFocus={() => {
            returnTo.current = document.activeElement as HTMLElement | null;
          }}
          onCloseAutoFocus={(event) => {
            // Opened by a tile, not a Radix trigger: give focus back to that tile.
            if (!returnTo.current?.isConnected) return;
            event.preventDefault();
            returnTo.current.focus();
          }}
        >
          <div className="dialog-head">
            <Dialog.Title className="dialog-title">{which && t(`home.listTitle.${which}`)}</Dialog.Title>
            <Dialog.Close className="icon-button" aria-label={t('actions.close')}>
              <X size={18} aria-hidden="true" />
            </Dialog.Close>
          </div>
          <Dialog.Description className="dialog-description">{which && t(`home.listIntro.${which}`)}</Dialog.Description>
          {!items && <Spinner block />}
          {items && items.length === 0 && <p className="muted">{t('home.listEmpty')}</p>}
          {items && items.length > 0 && (
            <ul className="attention-list">
              {items.map((item) => (
                <li key={item.key}>
                  <Link to={item.to} onClick={onClose} className="attention-item">
                    <span className="attention-title">{item.title}</span>
                    <span className="attention-meta">
                      {item.supplier}
                      {item.date && <> · {t(dateLabel, { date: format.date(item.date) })}</>}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
