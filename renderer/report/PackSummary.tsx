// The pack's summary: trust at the start and end of the period, the change,
// and one paragraph that says it in words.
import clsx from 'clsx';
import type { ReportReasons, SupplierReport } from '../../core/report';
import { addUp } from '../trust/addUp';
import { Section } from './PackLayout';
import { signClass, usePackText } from './packText';

export function PackSummary({ r }: { r: SupplierReport }) {
  const { t, text } = usePackText();
  const s = r.summary;
  // What the pack leaves out leaves out its effect too: said in one line.
  const privateNote = r.header.privateLeftOut > 0 && (
    <p className="rp-private-note" data-testid="private-left-out">{t('header.privateLeftOut', { count: r.header.privateLeftOut })}</p>
  );
  if (s.trustStart === null || s.trustEnd === null || s.change === null || s.trend === null) {
    return <Section title={t('summary.heading')}><p className="rp-lead">{t('summary.noTrust')}</p>{privateNote}</Section>;
  }
  const start = text.percent(s.trustStart);
  const end = text.percent(s.trustEnd);
  const change = text.points(s.change);
  return (
    <Section title={t('summary.heading')} className="rp-summary">
      <div className="rp-bigfigs">
        <div className="rp-bigfig">
          <div className="rp-label">{t('summary.start')}</div>
          <div className="rp-bigfig__value">{start}</div>
          <div className="rp-detail">{t(`summary.levels.${s.levelStart}`)}</div>
        </div>
        <div className="rp-bigfig">
          <div className="rp-label">{t('summary.end')}</div>
          <div className="rp-bigfig__value">{end}</div>
          <div className="rp-detail">{t(`summary.levels.${s.levelEnd}`)}</div>
        </div>
        <div className="rp-bigfig">
          <div className="rp-label">{t('summary.change')}</div>
          <div className={clsx('rp-bigfig__value', signClass(s.change))}>{change}</div>
          <div className="rp-detail">{text.date(r.header.from)} → {text.date(r.header.to)}</div>
        </div>
      </div>
      <p className="rp-lead">
        {t(`summary.trend.${s.trend}`, { start, end, change })}{' '}
        {t('summary.level', { level: t(`summary.levels.${s.levelEnd}`) })}{' '}
        {s.bandEnd && (s.uncertain
          ? t('summary.uncertain', { low: text.percent(s.bandEnd[0]), high: text.percent(s.bandEnd[1]) })
          : t('summary.band', { low: text.percent(s.bandEnd[0]), high: text.percent(s.bandEnd[1]) }))}
      </p>
      {r.reasons && <PackReasons reasons={r.reasons} />}
      {privateNote}
    </Section>
  );
}

/** Why it moved: the drivers (numbered, as reason codes), the rest and fading, each as shown, adding up to the change as shown. */
function PackReasons({ reasons }: { reasons: ReportReasons }) {
  const { t, text } = usePackText();
  const shown = addUp([...reasons.top.map((m) => m.delta), reasons.rest.delta, reasons.fading], reasons.change);
  const [restShown, fadingShown] = shown.slice(reasons.top.length) as [number, number];
  const line = (key: string, label: string, value: number, testId?: string, entryId?: number) => (
    <tr key={key} data-testid={testId} data-entry-id={entryId}>
      <td>{label}</td>
      <td className={clsx('num', signClass(value))}>{text.points(value)}</td>
    </tr>
  );
  return (
    <table className="rp-reasons" data-testid="pack-reasons">
      <caption>{t('summary.why.heading')}</caption>
      <tbody>
        {/* Numbered as reason codes: the talking points name them by number. */}
        {reasons.top.map((m, k) => line(String(m.entryId), t('summary.why.entry', { code: k + 1, title: m.title, date: text.date(m.date) }), shown[k]!, 'pack-reason', m.entryId))}
        {reasons.rest.count > 0 && line('rest', t('summary.why.rest', { count: reasons.rest.count }), restShown, 'pack-reason-rest')}
        {fadingShown !== 0 && line('fading', t('summary.why.fading'), fadingShown, 'pack-reason-fading')}
      </tbody>
      <tfoot>
        {line('change', t('summary.why.total'), reasons.change, 'pack-reason-total')}
      </tfoot>
    </table>
  );
}
