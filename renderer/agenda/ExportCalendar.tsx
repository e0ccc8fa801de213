// "Export to calendar": the deadlines as an .ics file, for the whole journal
// or one supplier (chosen beside the button), written here in the language on
// screen (renderer/agenda/calendar.ts).
import { CalendarPlus } from 'lucide-react';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { api } from '../api/client';
import { Button } from '../components/Button';
import { Checkbox, Select } from '../components/fields';
import { useSuppliers } from '../api/queries';
import { errorText } from '../data/format';
import { downloadFile } from '../data/files';
import { agendaCalendar } from './calendar';
import { useToday } from './today';
import { calendarSummary } from './words';
import { PlainExportNote } from '../lock/PlainExportNote';

export function ExportCalendar() {
  const { t } = useTranslation('agenda');
  const today = useToday();
  const [busy, setBusy] = useState(false);
  const suppliers = useSuppliers();
  const active = (suppliers.data ?? []).filter((s) => s.status === 'active');
  const { register, control } = useForm<{ includePrivate: boolean; supplier: string }>({ defaultValues: { includePrivate: false, supplier: '' } });
  const includePrivate = useWatch({ control, name: 'includePrivate' });
  const chosen = useWatch({ control, name: 'supplier' });
  const supplierId = chosen ? Number(chosen) : null;
  const supplierName = active.find((s) => s.id === supplierId)?.name;

  const run = async () => {
    setBusy(true);
    try {
      const { journalId, items } = await api.getAgendaCalendar({ today, supplierId, includePrivate });
      const name = supplierName ? t('calendar.nameSupplier', { supplier: supplierName }) : t('calendar.name');
      const text = agendaCalendar(items, { journalId, name, text: (item) => ({ summary: calendarSummary(t, item), description: t('calendar.description') }) });
      const slug = supplierName ? `-${supplierName.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}` : '';
      const fileName = `rapport${slug}-${today}.ics`;
      downloadFile({ fileName, mimeType: 'text/calendar', text });
      toast.success(t('calendar.done', { name: fileName }));
    } catch (err) {
      toast.error(errorText(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="agenda-export">
      <Select
        label={t('calendar.for')}
        registration={register('supplier')}
        options={[{ value: '', label: t('calendar.allSuppliers') }, ...active.map((s) => ({ value: String(s.id), label: s.name }))]}
      />
      <Checkbox label={t('calendar.includePrivate')} registration={register('includePrivate')} />
      <Button icon={<CalendarPlus size={16} aria-hidden="true" />} busy={busy} onClick={() => void run()}>
        {t('calendar.export')}
      </Button>
      <PlainExportNote />
    </div>
  );
}
