// The trust section at the top of a supplier's page: trust now, the chart
// with its band and markers, "why it moved", the review waterfall, the
// figures, and our own conduct as a client beside it (never mixed in).
import clsx from 'clsx';
import { ArrowDownRight, ArrowRight, ArrowUpRight, Info, ZoomOut } from 'lucide-react';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { addMonths, todayIso } from '../../core/dates';
import { ConductMirror, FigureTiles } from './Figures';
import { useSupplierTrust, useTrustSettings } from './queries';
import { ReviewWaterfall } from './ReviewWaterfall';
import { KIND_ORDER, MarkerIcon } from './shapes';
import { FlagNotice } from './TrustFlag';
import { CustomRange } from './CustomRange';
import { useTrustText } from './text';
import { DIM_DASH, DIMENSION_KEYS, dimColor, usePoints, type DimensionKey } from './chartPoints';
import { TrustChart } from './TrustChart';
import { TrustNavigator } from './TrustNavigator';
import { WhyItMoved } from './WhyItMoved';
import { WhereItIsHeading } from './WhereItIsHeading';
import { aheadOf, windowParts } from './ahead';
import { ProjectionLegend } from './projectionChart';
import { usePreferences } from '../api/queries';
import '../styles/trust.css';

type RangeKind = '3m' | '1y' | 'all' | 'custom';
const RANGES: RangeKind[] = ['3m', '1y', 'all', 'custom'];

function LineSwatch({ color, dash, width = 2.5 }: { color: string; dash?: string; width?: number }) {
  return (
    <svg width={28} height={10} aria-hidden="true" className="line-swatch">
      <line x1={1} y1={5} x2={27} y2={5} stroke={color} strokeWidth={width} strokeDasharray={dash} strokeLinecap="round" />
    </svg>
  );
}

export function SupplierTrustSection({ supplierId }: { supplierId: number }) {
  const text = useTrustText();
  const { t } = text;
  const id = useId();
  const today = todayIso();
  const [range, setRange] = useState<RangeKind>('1y');
  const [initialCustom] = useState(() => ({ from: addMonths(today, -12), to: today }));
  const [custom, setCustom] = useState<{ from: string; to: string } | null>(initialCustom);
  // "Extend to today" sets the custom range's end: the form starts again from it.
  const [customForm, setCustomForm] = useState(0);
  // The history ends today at the latest: past today the chart shows the projection, never a history of days to come.
  const customTo = custom && custom.to > today ? today : custom?.to;
  const [from, to] =
    range === '3m' ? [addMonths(today, -3), null]
      : range === '1y' ? [addMonths(today, -12), null]
        : range === 'all' ? [null, null]
          : custom ? [custom.from < customTo! ? custom.from : customTo!, customTo!] : [addMonths(today, -12), null];

  const query = useSupplierTrust(supplierId, from, to);
  const settings = useTrustSettings();
  const preferences = usePreferences();
  const view = query.data;

  const [dims, setDims] = useState<Record<DimensionKey, boolean>>({ ability: false, integrity: false, benevolence: false });
  const [window, setWindow] = useState<[number, number] | null>(null);

  const rows = view?.rows;
  const markers = view?.markers;
  const { points, markerRows } = usePoints(rows ?? [], markers ?? []);
  // The chart goes on past today unless the manager switched projections off;
  // the zoom strip below it covers the same span (history, then these rows).
  const projection = preferences.data?.projection !== false ? view?.projection ?? null : null;
  const ahead = useMemo(() => aheadOf(points, projection), [points, projection]);

  const rangeKey = `${from}:${to}:${points.length + ahead.length}`;
  // A new range (or a projection switched on or off) starts unzoomed.
  const [shownRange, setShownRange] = useState(rangeKey);
  if (shownRange !== rangeKey) {
    setShownRange(rangeKey);
    setWindow(null);
  }

  // "Why it moved" follows the zoomed window's history (up to today), asked for
  // once the brush rests; a window wholly past today leaves it on the range.
  const shownHistory = window ? windowParts(window, points.length - 1).history : null;
  const windowDates = shownHistory && points[shownHistory[0]] && points[shownHistory[1]]
    ? [points[shownHistory[0]]!.date, points[shownHistory[1]]!.date] as const : null;
  const [settled, setSettled] = useState<readonly [string, string] | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(windowDates), 350);
    return () => clearTimeout(timer);
  }, [windowDates?.[0], windowDates?.[1]]); // eslint-disable-line react-hooks/exhaustive-deps
  const zoomed = useSupplierTrust(supplierId, settled?.[0] ?? null, settled?.[1] ?? null, settled !== null && windowDates !== null);
  const useZoomed = windowDates !== null && settled !== null && zoomed.data !== undefined;
  const movers = useZoomed ? zoomed.data!.movers : view?.movers;
  const drivers = useZoomed ? zoomed.data!.drivers : view?.drivers;
  const moverEntries = useZoomed ? zoomed.data!.entries : view?.entries;

  const onWindow = useCallback((w: [number, number] | null) => setWindow(w), []);
  const extendToToday = () => {
    setRange('custom');
    setCustom((c) => ({ from: c?.from ?? initialCustom.from, to: today }));
    setCustomForm((n) => n + 1);
  };
  const kindsShown = useMemo(() => KIND_ORDER.filter((k) => markers?.some((m) => m.kind === k)), [markers]);

  if (query.isError) {
    return (
      <section className="trust-section" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="trust-section__title">{t('section.title')}</h2>
        <p role="alert" className="trust-muted">{t('loadFailed')}</p>
      </section>
    );
  }
  if (!view) {
    return (
      <section className="trust-section" aria-busy="true" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="trust-section__title">{t('section.title')}</h2>
        <div className="trust-skeleton" style={{ height: 420 }} />
      </section>
    );
  }

  const now = view.now;
  const change = view.movers.change;
  const Arrow = change < -0.0005 ? ArrowDownRight : change > 0.0005 ? ArrowUpRight : ArrowRight;
  const noEvidence = view.markers.length === 0 && now.uncertainty > 0.9999;
  // The projection shows while the window reaches past today.
  const projected = projection !== null && ahead.length > 0 && (!window || window[1] >= points.length);
  // A range that ends before today is history only: said in one quiet line, with the way back.
  const rangeBeforeToday = projection !== null && view.to < view.today;

  return (
    <section className="trust-section" aria-labelledby={`${id}-title`} data-testid="trust-section">
      <div className="trust-section__head">
        <div>
          <h2 id={`${id}-title`} className="trust-section__title">{t('section.title')}</h2>
          <Link to="/how-trust-works" className="trust-howto"><Info size={14} aria-hidden="true" /> {t('section.howItWorks')}</Link>
        </div>
        <div className="trust-figures">
          <div className="trust-now" data-testid="trust-now" data-value={now.trust.toFixed(4)}>
            <span className="trust-now__label">{t('section.now')}</span>
            <span className="trust-now__value">{text.percent(now.trust)}</span>
            <span className="trust-now__band">{t('section.band', { low: text.percent(now.belief), high: text.percent(now.plausibility) })}</span>
          </div>
          <div className="trust-now trust-now--change" data-testid="trust-change" data-value={change.toFixed(4)}>
            <span className="trust-now__label">{t('section.changeIn', { from: text.date(view.from), to: text.date(view.to) })}</span>
            <span className={clsx('trust-now__value trust-now__value--sm', change < -0.0005 ? 'trust-down' : change > 0.0005 ? 'trust-up' : 'trust-muted')}>
              <Arrow size={20} aria-hidden="true" /> {text.points(change)}
            </span>
            <span className="trust-now__band">{text.percent(view.movers.trustFrom)} → {text.percent(view.movers.trustTo)}</span>
          </div>
        </div>
      </div>
      {view.flag && <FlagNotice flag={view.flag} />}

      <div className="trust-controls">
        <div className="trust-segmented" role="group" aria-label={t('range.label')}>
          {RANGES.map((r) => (
            <button key={r} type="button" aria-pressed={range === r} className={clsx('trust-seg', range === r && 'is-on')} onClick={() => setRange(r)}>
              {t(`range.${r}`)}
            </button>
          ))}
        </div>
        {range === 'custom' && (
          <CustomRange key={customForm} initial={custom ?? initialCustom} onChange={setCustom} />
        )}
        {window && (
          <button type="button" className="trust-reset" onClick={() => setWindow(null)} data-testid="zoom-reset">
            <ZoomOut size={14} aria-hidden="true" /> {t('chart.resetZoom')}
          </button>
        )}
        <div className="trust-dims" role="group" aria-label={t('dimension.label')}>
          {DIMENSION_KEYS.map((d) => (
            <button
              key={d}
              type="button"
              className={clsx('trust-dim', dims[d] && 'is-on')}
              aria-pressed={dims[d]}
              onClick={() => setDims((s) => ({ ...s, [d]: !s[d] }))}
              title={t(`dimension.${d}Hint`)}
            >
              <LineSwatch color={dimColor(d)} dash={DIM_DASH[d]} width={2} />
              {t(`dimension.${d}`)}
            </button>
          ))}
        </div>
      </div>

      <div className={clsx('trust-chart-row', projection && 'trust-chart-row--heading')}>
      <figure className="trust-figure">
        <figcaption className="visually-hidden" id={`${id}-caption`}>
          {t('chart.caption', { now: text.percent(now.trust), from: text.date(view.from), to: text.date(view.to) })}
          {projected && ` ${t('heading.caption', { date: text.date(projection.to) })}`}
        </figcaption>
        {noEvidence && <p className="trust-empty-overlay">{t('chart.noEvidence')}</p>}
        <TrustChart
          points={points}
          markerRows={markerRows}
          window={window}
          dims={dims}
          baseRate={settings.data?.baseRate ?? null}
          title={projected ? `${t('chart.label')}, ${t('heading.chartLabel')}` : t('chart.label')}
          describedBy={`${id}-caption ${id}-keys`}
          projection={projection}
        />
        <div className="trust-navigator-row">
          <TrustNavigator points={points} ahead={ahead} window={window} onChange={onWindow} />
        </div>
        <ul className="trust-legend" aria-label={t('chart.legend')}>
          <li><LineSwatch color="var(--trust-line)" /> {t('chart.trust')}</li>
          <li><span className="band-swatch" aria-hidden="true" /> {t('chart.band')}</li>
          {DIMENSION_KEYS.filter((d) => dims[d]).map((d) => (
            <li key={d}><LineSwatch color={dimColor(d)} dash={DIM_DASH[d]} width={2} /> {t(`dimension.${d}`)}</li>
          ))}
          {kindsShown.map((k) => (
            <li key={k}><MarkerIcon kind={k} /> {t(`journal:kind.${k}`)}</li>
          ))}
          {projected && <ProjectionLegend text={text} />}
        </ul>
        {rangeBeforeToday && (
          <p className="trust-note trust-range-note" data-testid="projection-range-note">
            {t('heading.rangeNote')}{' '}
            <button type="button" className="trust-range-note__extend" onClick={extendToToday}>{t('heading.extendToToday')}</button>
          </p>
        )}
        <p className="trust-note">{t('chart.bandNote')}{projected && ` ${t('heading.note')}`}</p>
        <p className="trust-note trust-keys" id={`${id}-keys`}>{t('chart.keys')}{projected && ` ${t('heading.keys')}`}</p>
      </figure>
      {projection && <WhereItIsHeading projection={projection} titleId={`${id}-heading`} />}
      </div>

      <div className="trust-grid">
        {movers && drivers && moverEntries && (
          <WhyItMoved movers={movers} drivers={drivers} entries={moverEntries} supplierId={supplierId} loading={windowDates !== null && !useZoomed} />
        )}
        <FigureTiles figures={view.figures} today={view.today} />
      </div>
      <div className="trust-grid trust-grid--wide-left">
        <ReviewWaterfall supplierId={supplierId} reviews={view.reviews} />
        <ConductMirror rows={view.conduct} figures={view.conductFigures} />
      </div>
    </section>
  );
}
