// "Why it moved": the (at most four) entries that moved trust most over the
// visible range, down and up, each linked to the entry in the journal; then
// the rest pooled and the fading of older entries, so the lines add up to the
// change, also as shown (addUp.ts), as credit reason codes do.
import { ArrowDownRight, ArrowRight, ArrowUpRight } from 'lucide-react';
import { Link } from 'react-router';
import type { Drivers, Mover, Movers } from '../../core/trust/explain';
import type { EntryRef } from '../../core/views';
import { addUp } from './addUp';
import { MarkerIcon } from './shapes';
import { useTrustText } from './text';

export const entryLink = (supplierId: number, entryId: number) => `/suppliers/${supplierId}?entry=${entryId}`;

function MoverItem({ mover, shown, entry, supplierId }: { mover: Mover; shown: number; entry: EntryRef | undefined; supplierId: number }) {
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
          <span className={mover.delta < 0 ? 'mover__delta trust-down' : 'mover__delta trust-up'}>{text.points(shown)}</span>
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
  movers, drivers, entries, supplierId, loading,
}: {
  movers: Movers;
  drivers: Drivers;
  entries: Record<number, EntryRef>;
  supplierId: number;
  loading?: boolean;
}) {
  const text = useTrustText();
  const { t } = text;
  const Arrow = movers.change < -0.0005 ? ArrowDownRight : movers.change > 0.0005 ? ArrowUpRight : ArrowRight;
  // The drivers, the rest and fading as shown, summing to the change as shown.
  const shownParts = addUp([...drivers.top.map((m) => m.delta), drivers.rest.delta, drivers.fading], drivers.change);
  const shown = new Map(drivers.top.map((m, k) => [m.entryId, shownParts[k]!]));
  const [restShown, fadingShown] = shownParts.slice(drivers.top.length) as [number, number];
  const down = drivers.top.filter((m) => m.delta < 0);
  const up = drivers.top.filter((m) => m.delta > 0);
  const item = (m: Mover) => <MoverItem key={m.entryId} mover={m} shown={shown.get(m.entryId)!} entry={entries[m.entryId]} supplierId={supplierId} />;
  return (
    <section className="trust-card why" aria-labelledby="why-title" data-testid="why-it-moved" aria-busy={loading || undefined}>
      <h3 id="why-title" className="trust-card__title">{t('why.title')}</h3>
      <p className="why__summary">
        {t('why.period', { from: text.date(movers.from), to: text.date(movers.to) })}{' '}
        <span className="why__change">
          {text.percent(movers.trustFrom)} <Arrow size={15} aria-hidden="true" /> {text.percent(movers.trustTo)}{' '}
          <span className={movers.change < 0 ? 'trust-down' : movers.change > 0 ? 'trust-up' : 'trust-muted'} data-testid="why-change">({text.points(drivers.change)})</span>
        </span>
      </p>
      <div className="why__cols">
        <div>
          <h4 className="why__heading trust-down"><ArrowDownRight size={15} aria-hidden="true" /> {t('why.down')}</h4>
          {down.length === 0 ? (
            <p className="trust-muted">{t('why.noneDown')}</p>
          ) : (
            <ol className="movers" data-testid="movers-down">{down.map(item)}</ol>
          )}
        </div>
        <div>
          <h4 className="why__heading trust-up"><ArrowUpRight size={15} aria-hidden="true" /> {t('why.up')}</h4>
          {up.length === 0 ? (
            <p className="trust-muted">{t('why.noneUp')}</p>
          ) : (
            <ol className="movers" data-testid="movers-up">{up.map(item)}</ol>
          )}
        </div>
      </div>
      {(fadingShown !== 0 || drivers.rest.count > 0) && (
        <dl className="why__rest" data-testid="why-rest">
          <dt className="visually-hidden">{t('why.rest')}</dt>
          {drivers.rest.count > 0 && (
            <dd data-testid="why-others">
              <span>{t('why.others', { count: drivers.rest.count })}</span>
              <span className={restShown < 0 ? 'trust-down' : restShown > 0 ? 'trust-up' : 'trust-muted'}>{text.points(restShown)}</span>
            </dd>
          )}
          {fadingShown !== 0 && (
            <dd data-testid="why-fading">
              <span>{t('why.fadingLine')}</span>
              <span className={fadingShown < 0 ? 'trust-down' : 'trust-up'}>{text.points(fadingShown)}</span>
            </dd>
          )}
        </dl>
      )}
      <p className="trust-note">{t('why.note')}</p>
    </section>
  );
}
