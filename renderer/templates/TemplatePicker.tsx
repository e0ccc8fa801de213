// "Start from a template": a list at the top of a new entry's dialog. Choosing
// one fills the form (the manager can still change everything); over a form
// that holds typed work it asks first, and nothing changes until confirmed.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryTemplate } from '../../core/templates';
import { useTemplates } from '../api/queries';
import { ConfirmDialog } from '../components/ConfirmDialog';

export function TemplatePicker({ chosen, dirty, onChoose }: {
  /** The template the form was filled from; null: none. */
  chosen: number | null;
  /** The form holds typed work: choosing asks before it is replaced. */
  dirty: boolean;
  /** A template, or null for an empty form. */
  onChoose: (template: EntryTemplate | null) => void;
}) {
  const { t } = useTranslation('journal');
  const id = useId();
  const templates = useTemplates();
  const [asking, setAsking] = useState<{ template: EntryTemplate | null } | null>(null);
  const list = templates.data ?? [];
  if (list.length === 0) return null;

  const pick = (value: string) => {
    const template = value === '' ? null : list.find((x) => String(x.id) === value) ?? null;
    if (dirty) setAsking({ template });
    else onChoose(template);
  };

  return (
    <div className="field template-picker">
      <label className="field-label" htmlFor={id}>{t('templates.startFrom')}</label>
      <select id={id} className="input select" value={chosen === null ? '' : String(chosen)} onChange={(e) => pick(e.target.value)}>
        <option value="">{t('templates.none')}</option>
        {list.map((x) => (
          <option key={x.id} value={String(x.id)}>{t('templates.option', { name: x.name, kind: t(`kind.${x.kind}`) })}</option>
        ))}
      </select>
      <ConfirmDialog
        open={asking !== null}
        onOpenChange={(open) => !open && setAsking(null)}
        title={t('templates.replaceTitle')}
        description={asking?.template ? t('templates.replaceText', { name: asking.template.name }) : t('templates.clearText')}
        cancelLabel={t('templates.keepTyped')}
        confirmLabel={asking?.template ? t('templates.replace') : t('templates.clear')}
        danger
        onConfirm={() => {
          if (asking) onChoose(asking.template);
          setAsking(null);
        }}
      />
    </div>
  );
}
