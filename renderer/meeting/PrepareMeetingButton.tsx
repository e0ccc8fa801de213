// "Prepare review meeting": makes the supplier's next meeting with its draft
// agenda, or opens the one already under way (two may not be open at once).
import { CalendarCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { todayIso } from '../../core/dates';
import { api } from '../api/client';
import { useJournalMutation } from '../api/mutation';
import { Button } from '../components/Button';

export function usePrepareMeeting() {
  const { t } = useTranslation('meeting');
  const navigate = useNavigate();
  return useJournalMutation((supplierId: number) => api.prepareMeeting({ supplierId, today: todayIso() }), {
    said: (out) => (out.existing ? { text: t('screen.openedExisting'), neutral: true } : null),
    onSuccess: (out) => navigate(`/meetings/${out.meeting.id}`),
  });
}

export function PrepareMeetingButton({ supplierId, className }: { supplierId: number; className?: string }) {
  const { t } = useTranslation('meeting');
  const prepare = usePrepareMeeting();
  return (
    <Button className={className} icon={<CalendarCheck size={16} aria-hidden="true" />} busy={prepare.isPending} onClick={() => prepare.mutate(supplierId)}>
      {t('screen.prepare')}
    </Button>
  );
}
