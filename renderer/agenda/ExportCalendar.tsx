// "Export to calendar": the deadlines as an .ics file, for the whole journal
// or one supplier (chosen beside the button), written here in the language on
// screen (renderer/agenda/calendar.ts).
import { CalendarPlus } from 'lucide-react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useJournalMutation } from '../api/mutation';
import { Button } from '../components/Button';
import { Checkbox, Select } from '../components/fields';
import { useSuppliers } from '../api/queries';
import { downloadFile } from '../data/files';
import { agendaCalendar } from './calendar';
import { useToday } from './today';
import { calendarSummary } from './words';
import { PlainExportNote } from '../lock/PlainExportNote';

export function ExportCalendar() {
  const { t } = useTranslation('agenda');
  const today = useToday();
  const suppliers = useSuppliers();
  const active = (suppliers.data ?? []).filter((s) => s.status === 'active');
  const { register, control } = useForm<{ includePrivate: boolean; supplier: string }>({ defaultValues: { includePrivate: false, supplier: '' } });
  const includePrivate = useWatch({ control, name: 'includePrivate' });
  const chosen = useWatch({ control, name: 'supplier' });
  const supplierId = chosen ? Number(chosen) : null;
  const supplierName = active.find((s) => s.id === supplierId)?.name;

  const exporting = useJournalMutation(async () => {
    const { journalId, items } = await api.getAgendaCalendar({ today, supplierId, includePrivate });
    const name = supplierName ? t('calendar.nameSupplier', { supplier: supplierName }) : t('calendar.name');
    const text = agendaCalendar(items, { journalId, name, text: (item) => ({ summary: calendarSummary(t, item), description: t('calendar.description') }) });
    const slug = supplierName ? `-${supplierName.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}` : '';
    const fileName = `rapport${slug}-${today}.ics`;
    downloadFile({ fileName, mimeType: 'text/calendar', text });
    return fileName;
  }, { refresh: false, said: (fileName) => t('calendar.done', { name: fileName }) });

  return (
    <div className="agenda-export">
      <Select
        label={t('calendar.for')}
        registration={register('supplier')}
        options={[{ value: '', label: t('calendar.allSuppliers') }, ...active.map((s) => ({ value: String(s.id), label: s.name }))]}
      />
      <Checkbox label={t('calendar.includePrivate')} registration={register('includePrivate')} />
      <Button icon={<CalendarPlus size={16} aria-hidden="true" />} busy={exporting.isPending} onClick={() => exporting.mutate()}>
        {t('calendar.export')}
      </Button>
      <PlainExportNote />
    </div>
  );
}
