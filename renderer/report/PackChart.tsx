// The trust chart section of a supplier pack, or a line saying there is too
// little to draw.
import { useTranslation } from 'react-i18next';
import type { SupplierReport } from '../../core/report';
import { Section } from './PackLayout';
import { period, usePackText } from './packText';
import { PrintTrustChart } from './PrintTrustChart';

export function PackChart({ r, baseRate }: { r: SupplierReport; baseRate: number }) {
  const words = usePackText();
  const { t } = words;
  const { t: tj } = useTranslation('journal');
  const { t: tt } = useTranslation('trust');
  const projected = r.projection !== null && r.chart.rows[r.chart.rows.length - 1]?.date === r.projection.from;
  return (
    <Section title={t('chart.heading')} className="rp-chart-section">
      {r.chart.rows.length > 1 ? (
        <>
          <PrintTrustChart
            rows={r.chart.rows}
            markers={r.chart.markers}
            baseRate={baseRate}
            title={`${t('chart.heading')}: ${r.header.supplierName}, ${period(words, r.header.from, r.header.to)}`}
            legend={{ trust: t('chart.legendTrust'), band: t('chart.legendBand'), kind: (k) => tj(`kind.${k}`), projected: (k) => tt(`heading.line.${k}`) }}
            projection={r.projection}
          />
          <p className="rp-caption">{t('chart.caption')}{projected && ` ${t('chart.projectionCaption', { date: words.text.date(r.projection!.to) })}`}</p>
        </>
      ) : (
        <p className="rp-muted">{t('chart.empty')}</p>
      )}
    </Section>
  );
}
