// The minutes as a page of their own, to print or save as PDF and send to the
// supplier: #/report/meeting/:meetingId. The same print path as the pack (a
// bare route, paper CSS, the ready mark Electron's print window and the tests
// wait for), in the meeting's language. Made of core/meeting/minutes.ts, which
// leaves out private entries, private notes and private actions.
import { useEffect, useLayoutEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { pageCss } from '../../core/report';
import { actionLine, minutesOf, type Minutes } from '../../core/meeting/minutes';
import { reportFileName } from '../../core/report';
import { FormError } from '../components/FieldError';
import { Spinner } from '../components/Spinner';
import { reportI18n } from '../report/i18n';
import { useMeeting } from './queries';
import '../styles/report.css';
import '../styles/meeting.css';
import { ReportToolbar } from '../report/ReportToolbar';

function MinutesDocument({ m }: { m: Minutes }) {
  const { t } = useTranslation('meeting');
  const names = (list: string[]) => (list.length ? list.join(', ') : t('minutes.nobody'));
  return (
    <article className="rp-pack mt-minutes">
      <p className="rp-eyebrow">{t('minutes.heading')}</p>
      <h1 className="rp-h1">{m.supplierName}</h1>
      <p>{t('minutes.date', { date: m.date })}</p>
      <dl className="mt-minutes__attendees">
        <dt>{t('minutes.attendeesOurs')}</dt><dd>{names(m.attendeesOurs)}</dd>
        <dt>{t('minutes.attendeesTheirs')}</dt><dd>{names(m.attendeesTheirs)}</dd>
      </dl>
      <section className="rp-section">
        <h2 className="rp-h2">{t('minutes.points')}</h2>
        <ol className="mt-minutes__points">
          {m.points.map((p, i) => (
            <li key={i}>
              <h3 className="rp-h3">{p.title}{p.outcome && <span className="mt-minutes__outcome"> ({t(`outcome.${p.outcome}`)})</span>}</h3>
              {p.notes ? <p className="mt-minutes__notes">{p.notes}</p> : <p className="rp-muted">{t('minutes.noNotes')}</p>}
            </li>
          ))}
        </ol>
      </section>
      <section className="rp-section">
        <h2 className="rp-h2">{t('minutes.actions')}</h2>
        {m.actions.length === 0 ? <p className="rp-muted">{t('minutes.noActions')}</p> : (
          <ul className="mt-minutes__actions">{m.actions.map((a, i) => <li key={i}>{actionLine(a, t)}</li>)}</ul>
        )}
        {m.decision && <p className="mt-minutes__decision">{t(`decision.${m.decision}`)}{m.decisionReason && `: ${m.decisionReason}`}</p>}
      </section>
    </article>
  );
}

export function MinutesRoute() {
  const id = Number(useParams().meetingId);
  const meeting = useMeeting(id);
  const { t: tApp } = useTranslation('report');
  const m = meeting.data;
  const lang = m?.language ?? 'en';
  useLayoutEffect(() => {
    document.documentElement.classList.add('report-mode');
    return () => document.documentElement.classList.remove('report-mode');
  }, []);
  useEffect(() => {
    if (!m) return;
    const body = document.body;
    const previous = document.title;
    const words = reportI18n(lang).getFixedT(lang, 'meeting');
    const title = `${words('minutes.heading')} ${m.supplierName}`;
    document.title = reportFileName(title, m.date).replace(/\.pdf$/, '');
    body.dataset.reportFileName = reportFileName(title, m.date);
    void document.fonts.ready.then(() => { body.dataset.reportReady = 'true'; });
    return () => {
      document.title = previous;
      delete body.dataset.reportReady;
      delete body.dataset.reportFileName;
    };
  }, [m, lang]);
  return (
    <div className="report-page">
      <style>{pageCss('a4')}</style>
      <ReportToolbar ready={!!m} />
      <main>
        {meeting.isError ? <div className="report-message"><h1 className="visually-hidden">{tApp('eyebrow')}</h1><FormError error={meeting.error} /></div>
          : !m ? <div className="report-message"><h1 className="visually-hidden">{tApp('eyebrow')}</h1><Spinner /></div> : (
            <div className="report-sheet report-sheet--a4">
              <I18nextProvider i18n={reportI18n(lang)}>
                <div className="report-doc report-doc--a4" lang={lang} data-testid="minutes-doc"><MinutesDocument m={minutesOf(m)} /></div>
              </I18nextProvider>
            </div>
          )}
      </main>
    </div>
  );
}
