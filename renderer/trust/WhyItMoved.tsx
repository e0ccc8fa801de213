// "Why it moved": the entries that moved trust most over the visible range,
// down and up, each linked to the entry in the journal; then the fading of
// older entries and the smaller entries pooled, so the lines add up to the change.
import { ArrowDownRight, ArrowRight, ArrowUpRight } from 'lucide-react';
import { Link } from 'react-router';
import type { Mover, Movers } from '../../core/trust/explain';
import type { EntryRef } from '../../core/views';
import { MarkerIcon } from './shapes';
import { useTrustText } from './text';

export const entryLink = (supplierId: number, entryId: number) => `/suppliers/${supplierId}?entry=${entryId}`;

function MoverItem({ mover, entry, supplierId }: { mover: Mover; entry: EntryRef | undefined; supplierId: number }) {
  const text = useTrustText();
  const kind = entry?.kind ?? mover.kind ?? 'note';
  return (
    <li className="mover" data-entry-id={mover.entryId}>
      <MarkerIcon kind={kind} />
      <div className="mover__body">
        <div className="mover__line">
          <Link className="mover__title" to={entryLink(supplierId, mover.entryId)}>
            {entry?.title ?? text.t('why.unknownEntry')}
          </Link>
          <span className={mover.delta < 0 ? 'mover__delta trust-down' : 'mover__delta trust-up'}>{text.points(mover.delta)}</span>
        </div>
        <div className="mover__meta">
          {text.t(`journal:kind.${kind}`)}
          {mover.date && <> · {text.date(mover.date)}</>}
          {mover.reasons.length > 0 && <> · {text.reasons(mover.reasons)}</>}
        </div>
        {mover.against && <div className="mover__against" data-testid="mover-against">{text.against(mover.against)}</div>}
      </div>
    </li>
  );
}

export function WhyItMoved({
  movers, entries, supplierId, loading,
}: {
  movers: Movers;
  entries: Record<number, EntryRef>;
  supplierId: number;
  loading?: boolean;
}) {
  const text = useTrustText();
  const { t } = text;
  const Arrow = movers.change < -0.0005 ? ArrowDownRight : movers.change > 0.0005 ? ArrowUpRight : ArrowRight;
  return (
    <section className="trust-card why" aria-labelledby="why-title" data-testid="why-it-moved" aria-busy={loading || undefined}>
      <h3 id="why-title" className="trust-card__title">{t('why.title')}</h3>
      <p className="why__summary">
        {t('why.period', { from: text.date(movers.from), to: text.date(movers.to) })}{' '}
        <span className="why__change">
          {text.percent(movers.trustFrom)} <Arrow size={15} aria-hidden="true" /> {text.percent(movers.trustTo)}{' '}
          <span className={movers.change < 0 ? 'trust-down' : movers.change > 0 ? 'trust-up' : 'trust-muted'}>({text.points(movers.change)})</span>
        </span>
      </p>
      <div className="why__cols">
        <div>
          <h4 className="why__heading trust-down"><ArrowDownRight size={15} aria-hidden="true" /> {t('why.down')}</h4>
          {movers.down.length === 0 ? (
            <p className="trust-muted">{t('why.noneDown')}</p>
          ) : (
            <ol className="movers" data-testid="movers-down">
              {movers.down.map((m) => <MoverItem key={m.entryId} mover={m} entry={entries[m.entryId]} supplierId={supplierId} />)}
            </ol>
          )}
        </div>
        <div>
          <h4 className="why__heading trust-up"><ArrowUpRight size={15} aria-hidden="true" /> {t('why.up')}</h4>
          {movers.up.length === 0 ? (
            <p className="trust-muted">{t('why.noneUp')}</p>
          ) : (
            <ol className="movers" data-testid="movers-up">
              {movers.up.map((m) => <MoverItem key={m.entryId} mover={m} entry={entries[m.entryId]} supplierId={supplierId} />)}
            </ol>
          )}
        </div>
      </div>
      {(Math.abs(movers.fading) >= 0.0005 || movers.others.count > 0) && (
        <dl className="why__rest" data-testid="why-rest">
          <dt className="visually-hidden">{t('why.rest')}</dt>
          {Math.abs(movers.fading) >= 0.0005 && (
            <dd data-testid="why-fading">
              <span>{t('why.fadingLine')}</span>
              <span className={movers.fading < 0 ? 'trust-down' : 'trust-up'}>{text.points(movers.fading)}</span>
            </dd>
          )}
          {movers.others.count > 0 && (
            <dd data-testid="why-others">
              <span>{t('why.others', { count: movers.others.count })}</span>
              <span className={movers.others.delta <= -0.0005 ? 'trust-down' : movers.others.delta >= 0.0005 ? 'trust-up' : 'trust-muted'}>{text.points(movers.others.delta)}</span>
            </dd>
          )}
        </dl>
      )}
      <p className="trust-note">{t('why.note')}</p>
    </section>
  );
}
