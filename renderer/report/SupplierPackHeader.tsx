// A supplier pack's header: period, who prepared it, the contract and its
// notice deadline, the supplier's declared facts (its contract reference);
// flagged when the supplier has ended or private entries are in.
import type { ReportHeader } from '../../core/report';
import { DocHeader, Fact } from './PackLayout';
import { period, usePackText } from './packText';

export function SupplierPackHeader({ h }: { h: ReportHeader }) {
  const words = usePackText();
  const { t, text } = words;
  const contract = h.contractStart && h.termEnd
    ? t('header.contractRange', { from: text.date(h.contractStart), to: text.date(h.termEnd) })
    : h.contractStart ? t('header.contractOpenEnded', { from: text.date(h.contractStart) }) : null;
  return (
    <DocHeader
      title={t('title.supplier')}
      name={h.supplierName}
      sub={h.category || undefined}
      facts={(
        <>
          <Fact label={t('header.period')}>{period(words, h.from, h.to)}</Fact>
          {h.managerName && <Fact label={t('header.preparedBy')}>{h.managerName}</Fact>}
          <Fact label={t('header.generatedOn')}>{text.date(h.generatedOn, 'long')}</Fact>
          {contract && (
            <Fact label={t('header.contract')}>
              {contract}
              {h.noticeDeadline && <div className="rp-fact__sub">{t('header.noticeDeadline')}: {text.date(h.noticeDeadline)}</div>}
            </Fact>
          )}
          {h.facts.map((fact) => <Fact key={fact.name} label={t(fact.label)}>{fact.value}</Fact>)}
        </>
      )}
      flags={(h.status === 'ended' || h.includePrivate) && (
        <p className="rp-flags">
          {h.status === 'ended' && <span className="rp-flag">{t('header.ended')}</span>}
          {h.includePrivate && <span className="rp-flag rp-flag--private">{t('header.privateIncluded')}</span>}
        </p>
      )}
    />
  );
}
