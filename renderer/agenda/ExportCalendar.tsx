// "Export to calendar": the deadlines as an .ics file, for the whole journal
// or one supplier, written here in the language on screen (renderer/agenda/calendar.ts).
import { CalendarPlus } from 'lucide-react';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { api } from '../api/client';
import { Button } from '../components/Button';
import { Checkbox } from '../components/fields';
import { errorText } from '../data/format';
import { downloadFile } from '../data/files';
import { agendaCalendar } from './calendar';
import { useToday } from './today';
import { calendarSummary } from './words';

export function ExportCalendar({ supplierId = null, supplierName }: { supplierId?: number | null; supplierName?: string }) {
  const { t } = useTranslation('agenda');
  const today = useToday();
  const [busy, setBusy] = useState(false);
  const { register, control } = useForm<{ includePrivate: boolean }>({ defaultValues: { includePrivate: false } });
  const includePrivate = useWatch({ control, name: 'includePrivate' });

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
      <Checkbox label={t('calendar.includePrivate')} registration={register('includePrivate')} />
      <Button icon={<CalendarPlus size={16} aria-hidden="true" />} busy={busy} onClick={() => void run()}>
        {supplierId === null ? t('calendar.export') : t('calendar.exportSupplier')}
      </Button>
    </div>
  );
}
