// The period's figures as six tiles: say/do, promises, incidents, time to
// resolve, interactions, initiatives.
import clsx from 'clsx';
import type { ReactNode } from 'react';
import type { SupplierReport } from '../../core/report';
import { sayDoCounted } from '../../core/trust/say-do';
import { usePackText } from './packText';

function Tile({ label, value, detail, tone, testId }: { label: string; value: ReactNode; detail?: ReactNode; tone?: string; testId: string }) {
  return (
    <div className="rp-tile" data-tile={testId}>
      <div className="rp-label">{label}</div>
      <div className={clsx('rp-tile__value', tone)}>{value}</div>
      {detail && <div className="rp-detail">{detail}</div>}
    </div>
  );
}

export function PackFigures({ r }: { r: SupplierReport }) {
  const { t, text } = usePackText();
  const f = r.figures;
  const sd = f.sayDo;
  const mttr = f.meanTimeToResolveDays === null ? null : Math.round(f.meanTimeToResolveDays * 10) / 10;
  return (
    <section className="rp-section rp-figures" aria-label={t('tiles.headingFor', { name: r.header.supplierName })}>
      <div className="rp-tiles">
      <Tile
        testId="sayDo"
        label={t('tiles.sayDo')}
        value={sd.ratio === null ? t('tiles.none') : text.percent(sd.ratio)}
        detail={sd.ratio === null ? t('tiles.sayDoNone') : t('tiles.sayDoDetail', { kept: sd.keptOnTime, count: sayDoCounted(sd) })}
      />
      <Tile
        testId="promises"
        label={t('tiles.promises')}
        value={t('tiles.promisesValue', { made: f.promisesMade })}
        detail={t('tiles.promisesDetail', { kept: sd.keptOnTime, late: sd.keptLate, broken: sd.broken, overdue: sd.overdue })}
        tone={sd.overdue + sd.broken > 0 ? 'rp-warn' : undefined}
      />
      <Tile
        testId="incidents"
        label={t('tiles.incidents')}
        value={f.incidentsTotal}
        detail={t('tiles.incidentsDetail', f.incidents)}
        tone={f.incidents.critical + f.incidents.high > 0 ? 'rp-warn' : undefined}
      />
      <Tile
        testId="mttr"
        label={t('tiles.mttr')}
        value={mttr === null ? t('tiles.none') : t('tiles.mttrValue', { count: mttr, days: text.number(mttr) })}
        detail={(
          <>
            {mttr === null ? t('tiles.mttrNone') : t('tiles.mttrDetail', { count: f.resolvedIncidents })}
            {f.openIncidents > 0 && <> · {t('tiles.openIncidents', { count: f.openIncidents })}</>}
          </>
        )}
      />
      <Tile
        testId="interactions"
        label={t('tiles.interactions')}
        value={f.interactions}
        detail={t('tiles.interactionsDetail', f.tones)}
      />
      <Tile
        testId="initiatives"
        label={t('tiles.initiatives')}
        value={f.advice + f.reviews}
        detail={`${t('tiles.adviceCount', { count: f.advice })} · ${t('tiles.reviewCount', { count: f.reviews })}`}
      />
      </div>
    </section>
  );
}
