// Where trust is heading, beside the trust chart (which draws the projection
// past today, projectionChart.tsx): what the projection says at the horizon in
// one sentence ("if nothing changes", never a promise) and the open items
// ranked by what each would restore, with the one that would cost most if
// broken. Everything is the view's (core/trust/projection.ts): this only says it.
import type { Projection } from '../../core/trust/projection';
import { useTrustText } from './text';

export function WhereItIsHeading({ projection, titleId }: { projection: Projection; titleId: string }) {
  const text = useTrustText();
  const { t } = text;
  const end = projection.end;
  return (
    <section className="trust-heading" aria-labelledby={titleId} data-testid="where-heading">
      <h3 id={titleId} className="trust-card__title">{t('heading.title')}</h3>
      <p className="trust-note heading-summary" id={`${titleId}-summary`} data-testid="projection-summary">
        {t('heading.summary', {
          date: text.date(projection.to), nothing: text.percent(end.nothing), kept: text.percent(end.kept), broken: text.percent(end.broken),
        })}
      </p>
      <RestoreList projection={projection} />
    </section>
  );
}

function RestoreList({ projection }: { projection: Projection }) {
  const text = useTrustText();
  const { t } = text;
  const items = projection.restore.slice(0, 5);
  const costliest = projection.costliest;
  return (
    <div className="heading-restore" data-testid="restore-list">
      <h4 className="heading-restore__title-bar">{t('heading.restoreTitle', { date: text.date(projection.to) })}</h4>
      {items.length === 0 ? <p className="trust-muted">{t('heading.restoreNone')}</p> : (
        <ol className="heading-restore__list">
          {items.map((x) => (
            <li key={x.entryId} data-entry-id={x.entryId}>
              <span className="heading-restore__title">{x.title}</span>
              <span className="heading-restore__how">
                {t(`heading.action.${x.action}`, { date: x.dueOn ? text.date(x.dueOn) : '' })}
              </span>
              <span className="trust-up heading-restore__amount">{text.points(x.restores)}</span>
            </li>
          ))}
        </ol>
      )}
      {costliest && (
        <p className="trust-note" data-testid="costliest">
          {t('heading.costliest', { title: costliest.title, amount: text.pointsSize(costliest.atStake) })}
        </p>
      )}
    </div>
  );
}
