// A review meeting with one supplier, from preparation to its minutes:
//   #/meetings/:meetingId
// Draft: the details and the agenda to prepare, the pack to print. In
// progress: the meeting held point by point. Finished: what it wrote into
// the journal, the minutes to print, and reopening to correct it.
import { FileText, Play, Printer, RotateCcw } from 'lucide-react';
import { useIsMutating } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { addDays } from '../../core/dates';
import { reportPath } from '../../core/report';
import type { Meeting } from '../../core/meeting/types';
import { api } from '../api/client';
import { useJournalMutation } from '../api/mutation';
import { Button, LinkButton } from '../components/Button';
import { DateInputField } from '../components/DateField';
import { FormError } from '../components/FieldError';
import { PageHeader } from '../components/PageHeader';
import { useFormat } from '../i18n/format';
import { useDocumentTitle } from '../layout/documentTitle';
import { HoldMeeting } from './HoldMeeting';
import { PrepareAgenda } from './PrepareAgenda';
import { useAutosaved } from './autosave';
import { useMeeting, useMeetingChange } from './queries';
import '../styles/meeting.css';
import { useShownAtOnce } from '../api/shown-at-once';

const names = (text: string) => text.split(/[,;\n]/).map((n) => n.trim()).filter(Boolean).slice(0, 30);

function Details({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meeting');
  const change = useMeetingChange(api.updateMeeting);
  const [language, chooseLanguage, forgetLanguage] = useShownAtOnce(meeting.language);
  const [ours, setOurs, flushOurs] = useAutosaved(meeting.attendeesOurs.join(', '), (v) => change.mutate({ id: meeting.id, attendeesOurs: names(v) }));
  const [theirs, setTheirs, flushTheirs] = useAutosaved(meeting.attendeesTheirs.join(', '), (v) => change.mutate({ id: meeting.id, attendeesTheirs: names(v) }));
  return (
    <section className="mt-details" aria-label={t('screen.details')}>
      <DateInputField label={t('screen.date')} value={meeting.date} onChange={(date) => date && change.mutate({ id: meeting.id, date })} />
      <div className="field">
        <label className="field-label" htmlFor="meeting-language">{t('screen.language')}</label>
        <select id="meeting-language" className="input" value={language} onChange={(e) => {
          const chosen = e.target.value as Meeting['language'];
          chooseLanguage(chosen);
          change.mutate({ id: meeting.id, language: chosen }, { onError: forgetLanguage });
        }}>
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
      </div>
      <div className="field">
        <label className="field-label" htmlFor="attendees-ours">{t('screen.attendeesOurs')}</label>
        <input id="attendees-ours" className="input" value={ours} onChange={(e) => setOurs(e.target.value)} onBlur={flushOurs} aria-describedby="attendees-hint" />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="attendees-theirs">{t('screen.attendeesTheirs')}</label>
        <input id="attendees-theirs" className="input" value={theirs} onChange={(e) => setTheirs(e.target.value)} onBlur={flushTheirs} aria-describedby="attendees-hint" />
      </div>
      <p id="attendees-hint" className="field-hint">{t('screen.attendeesHint')}</p>
    </section>
  );
}

function Finished({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meeting');
  const written = [meeting.minutesEntryId, meeting.reviewEntryId, meeting.decisionEntryId].filter((id) => id !== null).length
    + meeting.actions.filter((a) => a.kind === 'promise').length;
  return (
    <section className="mt-section" aria-labelledby="finished-heading">
      <h2 id="finished-heading" className="mt-h2">{t('finished.heading')}</h2>
      <p>{t('finished.written', { count: written })}</p>
      <ol className="mt-finished-points">
        {meeting.points.map((p) => <li key={p.id}>{p.title}{p.outcome && <span className="muted"> · {t(`outcome.${p.outcome}`)}</span>}</li>)}
      </ol>
    </section>
  );
}

export function MeetingScreen() {
  const { t } = useTranslation('meeting');
  const f = useFormat();
  const navigate = useNavigate();
  const id = Number(useParams().meetingId);
  const meeting = useMeeting(id);
  const saving = useIsMutating() > 0;
  const start = useMeetingChange(api.updateMeeting);
  const finish = useJournalMutation(() => api.finishMeeting({ id }), { said: () => t('finished.said') });
  const reopen = useJournalMutation(() => api.reopenMeeting({ id }));
  const remove = useJournalMutation((supplierId: number) => api.deleteMeeting({ id }).then(() => supplierId), {
    onSuccess: (supplierId) => navigate(`/suppliers/${supplierId}`),
  });
  const m = meeting.data;
  useDocumentTitle(m ? t('screen.title', { name: m.supplierName }) : null);
  if (meeting.isError) return <div className="page mt-screen"><h1 className="page-title">{t("screen.heading")}</h1><FormError error={meeting.error} /></div>;
  if (!m) return <div className="page mt-screen" aria-busy="true"><h1 className="page-title">{t("screen.heading")}</h1><p className="muted">{t("screen.loading")}</p></div>;
  const pack = reportPath({ scope: 'supplier', supplierId: m.supplierId, from: addDays(m.date, -365), to: m.date, lang: m.language, paper: 'a4', includePrivate: false });
  return (
    <div className="page mt-screen">
      <PageHeader
        eyebrow={<Link to={`/suppliers/${m.supplierId}`}>{m.supplierName}</Link>}
        title={t('screen.heading')}
        subtitle={`${t(`status.${m.status}`)} · ${f.date(m.date)}`}
        actions={
          <>
            {m.status === 'draft' && <LinkButton to={pack} icon={<Printer size={16} aria-hidden="true" />}>{t('screen.printPack')}</LinkButton>}
            {m.status === 'draft' && (
              <Button variant="primary" icon={<Play size={16} aria-hidden="true" />} busy={start.isPending} onClick={() => start.mutate({ id, status: 'in_progress', currentPoint: 0 })}>
                {t('screen.start')}
              </Button>
            )}
            {m.status === 'finished' && (
              <LinkButton to={`/report/meeting/${m.id}`} variant="primary" icon={<FileText size={16} aria-hidden="true" />}>{t('screen.printMinutes')}</LinkButton>
            )}
            {m.status === 'finished' && (
              <Button icon={<RotateCcw size={16} aria-hidden="true" />} busy={reopen.isPending} onClick={() => reopen.mutate()}>{t('screen.reopen')}</Button>
            )}
            {m.status === 'draft' && <Button variant="ghost" busy={remove.isPending} onClick={() => remove.mutate(m.supplierId)}>{t('screen.delete')}</Button>}
          </>
        }
      />
      <p className="mt-saved muted" role="status" aria-live="polite">{saving ? t('screen.saving') : t('screen.saved')}</p>
      <FormError error={finish.error} />
      {m.status === 'draft' && <Details meeting={m} />}
      {/* Held: the details fold away, so the point under discussion fits a laptop's screen. */}
      {m.status === 'in_progress' && (
        <details className="mt-fold">
          <summary>{t('screen.details')}</summary>
          <Details meeting={m} />
        </details>
      )}
      {m.status === 'draft' && <PrepareAgenda meeting={m} />}
      {m.status === 'in_progress' && <HoldMeeting meeting={m} finishing={finish.isPending} onFinish={() => finish.mutate()} />}
      {m.status === 'finished' && <Finished meeting={m} />}
    </div>
  );
}
