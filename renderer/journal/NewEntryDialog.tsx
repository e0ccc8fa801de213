// "New entry": first the kind (six, each with a one-line explanation), then
// that kind's form. A template chosen at the top (renderer/templates/) picks
// the kind and fills the form; the form can also be kept as a new template.
import { ArrowLeft } from 'lucide-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTRY_KINDS } from '../../core/schemas';
import type { EntryTemplate } from '../../core/templates';
import type { Entry, EntryKind } from '../../core/types';
import { EntryForm } from './EntryForm';
import { templateFromValues, valuesFromTemplate, type EntryFormValues } from './form';
import { KindIcon } from './kinds';
import { Button } from '../components/Button';
import { Modal } from '../components/Dialog';
import { TemplateDialog, type TemplateStart } from '../templates/TemplateDialog';
import { TemplatePicker } from '../templates/TemplatePicker';

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
  /** The form's first values and the template they came from; a new key draws a fresh form. */
  const [start, setStart] = useState<{ key: number; template: number | null; initial?: EntryFormValues }>({ key: 0, template: null });
  const [dirty, setDirty] = useState(false);
  const [asTemplate, setAsTemplate] = useState<TemplateStart | null>(null);
  const onDirtyChange = useCallback((value: boolean) => setDirty(value), []);

  const choose = (template: EntryTemplate | null) => {
    setDirty(false);
    if (template) setKind(template.kind);
    setStart((s) => ({ key: s.key + 1, template: template?.id ?? null, initial: template ? valuesFromTemplate(template.values) : undefined }));
  };
  const change = (next: boolean) => {
    if (!next) {
      setKind(null);
      setDirty(false);
      setStart((s) => ({ key: s.key + 1, template: null }));
    }
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
      <TemplatePicker chosen={start.template} dirty={kind !== null && dirty} onChoose={choose} />
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
          <Button variant="ghost" size="sm" className="j-back" onClick={() => { setKind(null); setDirty(false); setStart((s) => ({ key: s.key + 1, template: null })); }}>
            <ArrowLeft size={14} aria-hidden="true" /> {t('newEntry.otherKind')}
          </Button>
          <EntryForm
            key={`${kind}-${start.key}`}
            supplierId={supplierId}
            kind={kind}
            initial={start.initial}
            onDirtyChange={onDirtyChange}
            onSaveAsTemplate={(values) => setAsTemplate({ values: templateFromValues(values), name: values.title })}
            onCancel={() => change(false)}
            addedText={(entry) => t('toast.added', { title: entry.title })}
            onSaved={(entry) => {
              change(false);
              if (entry) onCreated?.(entry);
            }}
          />
        </>
      )}
      <TemplateDialog start={asTemplate} onClose={() => setAsTemplate(null)} onSaved={(saved) => setStart((s) => ({ ...s, template: saved.id }))} />
    </Modal>
  );
}
