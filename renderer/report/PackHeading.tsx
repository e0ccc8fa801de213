// The pack's "where it is heading": one paragraph from the supplier view's
// projection (core/trust/projection.ts), and what would restore most.
import type { SupplierReport } from '../../core/report';
import { Section } from './PackLayout';
import { usePackText } from './packText';

export function PackHeading({ r }: { r: SupplierReport }) {
  const { t, text } = usePackText();
  const p = r.projection;
  if (!p) return null;
  const end = p.end;
  const top = p.restore.slice(0, 3);
  return (
    <Section title={t('heading.title')} className="rp-heading">
      <p className="rp-lead" data-testid="pack-heading">
        {t('heading.text', { date: text.date(p.to), nothing: text.percent(end.nothing), kept: text.percent(end.kept), broken: text.percent(end.broken) })}
        {top.length > 0 && ` ${t('heading.restore', { items: top.map((x) => `${x.title} (${text.points(x.restores)})`).join('; ') })}`}
      </p>
    </Section>
  );
}
