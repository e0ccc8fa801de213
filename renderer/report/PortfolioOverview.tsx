// The portfolio pack's first page: its header and one row per supplier
// (trust at the start and end, the change, say/do, what is overdue or open).
import clsx from 'clsx';
import type { PortfolioReport } from '../../core/report';
import { DocHeader, Fact } from './PackLayout';
import { PackTable } from './PackTable';
import { period, signClass, usePackText } from './packText';

export function PortfolioOverview({ p }: { p: PortfolioReport }) {
  const words = usePackText();
  const { t, text } = words;
  const pct = (v: number | null) => (v === null ? '—' : text.percent(v));
  const num = (key: string) => ({ label: t(`portfolio.${key}`), className: 'rp-num' });
  return (
    <article className="rp-pack rp-overview">
      <DocHeader
        title={t('title.portfolio')}
        name={t('portfolioName')}
        facts={(
          <>
            <Fact label={t('header.period')}>{period(words, p.from, p.to)}</Fact>
            {p.managerName && <Fact label={t('header.preparedBy')}>{p.managerName}</Fact>}
            <Fact label={t('header.generatedOn')}>{text.date(p.generatedOn, 'long')}</Fact>
            <Fact label={t('header.suppliers')}>{p.rows.length}</Fact>
          </>
        )}
        flags={p.includePrivate && <p className="rp-flags"><span className="rp-flag rp-flag--private">{t('header.privateIncluded')}</span></p>}
      />
      <PackTable
        title={t('portfolio.overview')}
        intro={t('portfolio.intro')}
        tableClassName="rp-table--overview"
        empty={t('portfolio.none')}
        cols={[{ label: t('portfolio.supplier') }, num('trustStart'), num('trustEnd'), num('change'), num('sayDo'), num('overdue'), num('openIncidents')]}
        rows={p.rows.map((row) => (
          <tr key={row.supplierId} data-supplier-id={row.supplierId}>
            <td>
              <div className="rp-note-title">{row.name}</div>
              {row.category && <div className="rp-cell-sub">{row.category}</div>}
            </td>
            <td className="rp-num">{pct(row.trustStart)}</td>
            <td className="rp-num"><strong>{pct(row.trustEnd)}</strong>{row.levelEnd && <div className="rp-cell-sub">{t(`summary.levels.${row.levelEnd}`)}</div>}</td>
            <td className={clsx('rp-num', signClass(row.change))}>{row.change === null ? '—' : text.points(row.change)}</td>
            <td className="rp-num">{pct(row.sayDoRatio)}</td>
            <td className={clsx('rp-num', row.overduePromises > 0 && 'rp-down')}>{row.overduePromises}</td>
            <td className={clsx('rp-num', row.openIncidents > 0 && 'rp-down')}>{row.openIncidents}</td>
          </tr>
        ))}
      />
    </article>
  );
}
