// Quick capture: write an entry for any supplier from wherever you are, in a
// dialog over the current screen. The supplier and kind are chosen first
// (react-hook-form, zod), then the journal's own entry form does the rest.
import { useEffect, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ENTRY_KINDS } from '../../core/schemas';
import type { EntryKind } from '../../core/types';
import { useSuppliers } from '../api/queries';
import { Modal } from '../components/Dialog';
import { Select } from '../components/fields';
import { schemaResolver } from '../components/form';
import { EntryForm } from '../journal/EntryForm';
import { valuesFromTemplate } from '../journal/form';
import type { EntryTemplate } from '../../core/templates';

const choiceSchema = z.object({
  supplierId: z.string().min(1),
  kind: z.enum(ENTRY_KINDS),
});
type Choice = z.output<typeof choiceSchema>;

export interface CaptureTarget {
  supplierId: number | null;
  kind: EntryKind;
  /** Fills the form (renderer/templates/); the kind is the template's. */
  template?: EntryTemplate;
}

export function CaptureDialog({ target, onClose }: { target: CaptureTarget | null; onClose: () => void }) {
  const { t } = useTranslation('search');
  const { t: tj } = useTranslation('journal');
  const suppliers = useSuppliers();
  const active = useMemo(() => (suppliers.data ?? []).filter((s) => s.status === 'active'), [suppliers.data]);
  const { register, control, reset, formState: { errors } } = useForm<Choice>({
    resolver: schemaResolver(choiceSchema),
    defaultValues: { supplierId: '', kind: 'note' },
    mode: 'onChange',
  });
  useEffect(() => {
    if (target) reset({ supplierId: String(target.supplierId ?? active[0]?.id ?? ''), kind: target.kind });
  }, [target, reset, active]);
  const supplierId = Number(useWatch({ control, name: 'supplierId' }));
  const kind = useWatch({ control, name: 'kind' });
  const supplier = active.find((s) => s.id === supplierId);
  // The template fills the form while its kind is the one chosen.
  const template = target?.template?.kind === kind ? target.template : undefined;
  const initial = useMemo(() => (template ? valuesFromTemplate(template.values) : undefined), [template]);

  return (
    <Modal
      open={target !== null}
      onOpenChange={(open) => !open && onClose()}
      title={template ? t('capture.fromTemplate', { name: template.name }) : t('capture.title')}
      description={t('capture.description')}
      className="search-capture"
    >
      {active.length === 0 ? (
        <p className="muted">{t('capture.noSuppliers')}</p>
      ) : (
        <>
          <div className="search-capture__choice">
            <Select
              label={t('capture.supplier')}
              registration={register('supplierId')}
              error={errors.supplierId}
              options={active.map((s) => ({ value: String(s.id), label: s.name }))}
            />
            <Select
              label={t('capture.kind')}
              registration={register('kind')}
              options={ENTRY_KINDS.map((k) => ({ value: k, label: tj(`kind.${k}`) }))}
            />
          </div>
          {supplier && (
            <EntryForm
              key={`${supplier.id}-${kind}-${template?.id ?? ''}`}
              supplierId={supplier.id}
              kind={kind}
              initial={initial}
              onCancel={onClose}
              addedText={(entry) => t('capture.saved', { title: entry.title, supplier: supplier.name })}
              onSaved={onClose}
            />
          )}
        </>
      )}
    </Modal>
  );
}
