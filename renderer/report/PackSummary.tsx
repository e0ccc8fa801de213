// The pack's summary: trust at the start and end of the period, the change,
// and one paragraph that says it in words.
import clsx from 'clsx';
import type { SupplierReport } from '../../core/report';
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
      {privateNote}
    </Section>
  );
}
