// "New entry": first the kind (six, each with a one-line explanation), then
// that kind's form.
import { ArrowLeft } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTRY_KINDS } from '../../core/schemas';
import type { Entry, EntryKind } from '../../core/types';
import { EntryForm } from './EntryForm';
import { KindIcon } from './kinds';
import { Button } from '../components/Button';
import { Modal } from '../components/Dialog';

export function NewEntryDialog({
  supplierId, open, onOpenChange, onCreated,
}: {
  supplierId: number;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated?: (entry: Entry) => void;
}) {
  const { t } = useTranslation('journal');
  const [kind, setKind] = useState<EntryKind | null>(null);

  const change = (next: boolean) => {
    if (!next) setKind(null);
    onOpenChange(next);
  };

  return (
    <Modal
      open={open}
      onOpenChange={change}
      wide={kind !== null}
      title={kind ? t('form.newTitle', { kind: t(`kind.${kind}`) }) : t('newEntry.title')}
      description={kind ? undefined : t('newEntry.chooseKind')}
    >
      {kind === null ? (
        <div className="j-kind-grid" role="group" aria-label={t('newEntry.chooseKind')}>
          {ENTRY_KINDS.map((k, i) => (
            <button
              key={k}
              type="button"
              className={`j-kind-choice j-kind-choice--${k}`}
              onClick={() => setKind(k)}
              onKeyDown={(e) => {
                const buttons = Array.from(e.currentTarget.parentElement?.querySelectorAll('button') ?? []);
                const cols = 2;
                const move = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: cols, ArrowUp: -cols }[e.key];
                if (move) {
                  e.preventDefault();
                  buttons[(i + move + buttons.length) % buttons.length]?.focus();
                }
              }}
            >
              <span className="j-kind-choice__icon">
                <KindIcon kind={k} size={22} />
              </span>
              <span className="j-kind-choice__text">
                <span className="j-kind-choice__label">{t(`kind.${k}`)}</span>
                <span className="j-kind-choice__hint">{t(`kindHint.${k}`)}</span>
              </span>
            </button>
          ))}
        </div>
      ) : (
        <>
          <Button variant="ghost" size="sm" className="j-back" onClick={() => setKind(null)}>
            <ArrowLeft size={14} aria-hidden="true" /> {t('newEntry.otherKind')}
          </Button>
          <EntryForm
            key={kind}
            supplierId={supplierId}
            kind={kind}
            onCancel={() => change(false)}
            addedText={(entry) => t('toast.added', { title: entry.title })}
            onSaved={(entry) => {
              change(false);
              if (entry) onCreated?.(entry);
            }}
          />
        </>
      )}
    </Modal>
  );
}
