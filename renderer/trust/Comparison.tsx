// All suppliers' trust side by side, week by week over two years. A small
// portfolio shows every line with a legend that toggles each; a large one
// starts with the suppliers that moved most, and any other is added from a list.
import clsx from 'clsx';
import { RotateCcw } from 'lucide-react';
import { memo, useCallback, useId, useMemo, useState } from 'react';
import { buttonClass } from '../components/Button';
import { collator } from '../i18n/format';
import type { PortfolioRow, PortfolioView } from '../../core/views';
import { ComparisonChart, type ComparisonLine } from './ComparisonChart';
import { useTrustText } from './text';

const SERIES = 8;
const DASHES = [undefined, '7 4', '2 3', '12 4 2 4'];
/** Up to this many suppliers every line is drawn and listed; above it, only those chosen. */
const MAX_LINES_SHOWN = 12;

const seriesColor = (k: number) => `var(--series-${(k % SERIES) + 1})`;
const seriesDash = (k: number) => DASHES[Math.floor(k / SERIES) % DASHES.length];

/** The suppliers that moved most over 90 days, either way: a large portfolio's first lines. */
function movedMost(suppliers: PortfolioRow[]): number[] {
  return [...suppliers].sort((a, b) => Math.abs(b.change90) - Math.abs(a.change90)).slice(0, MAX_LINES_SHOWN).map((s) => s.id);
}

export const Comparison = memo(function Comparison({ view }: { view: PortfolioView }) {
  const text = useTrustText();
  const { t } = text;
  const selectId = useId();
  const suppliers = view.suppliers;
  const large = suppliers.length > MAX_LINES_SHOWN;
  // The lines drawn, in the order they were chosen (a large portfolio's colours follow this order).
  const [shown, setShown] = useState<number[]>(() => (large ? movedMost(suppliers) : suppliers.map((s) => s.id)));
  // A supplier added while the chart is on screen is drawn too, never hidden until a reload.
  const [known, setKnown] = useState<ReadonlySet<number>>(() => new Set(suppliers.map((s) => s.id)));
  const added = suppliers.filter((s) => !known.has(s.id)).map((s) => s.id);
  if (added.length > 0) {
    setKnown(new Set([...known, ...added]));
    setShown((ids) => [...ids, ...added.filter((id) => !ids.includes(id))]);
  }
  const [hover, setHover] = useState<number | null>(null);
  // A small portfolio colours each supplier by when it was added (its id's rank), whatever is hidden:
  // a new supplier takes the next colour and no other line changes its own.
  const byId = useMemo(
    () => new Map([...suppliers].sort((a, b) => a.id - b.id).map((s, k) => [s.id, { row: s, k }])),
    [suppliers],
  );
  const styleIndex = useCallback((id: number) => (large ? shown.indexOf(id) : (byId.get(id)?.k ?? 0)), [large, shown, byId]);

  const lines = useMemo<ComparisonLine[]>(
    () => suppliers.flatMap((s) => {
      const values = view.comparison.series[s.id];
      if (!shown.includes(s.id) || !values) return [];
      const k = styleIndex(s.id);
      return [{ id: s.id, name: s.name, values, color: seriesColor(k), dash: seriesDash(k), emphasis: hover === null ? 'normal' : hover === s.id ? 'strong' : 'faint' }];
    }),
    [suppliers, view, shown, styleIndex, hover],
  );
  const toggle = useCallback((id: number) => setShown((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id])), []);
  const legendRows = large ? shown.flatMap((id) => byId.get(id)?.row ?? []) : suppliers;
  const addable = useMemo(
    () => (large ? suppliers.filter((s) => !shown.includes(s.id)).sort((a, b) => collator(text.lang).compare(a.name, b.name)) : []),
    [large, suppliers, shown, text.lang],
  );

  return (
    <section className="trust-card comparison" aria-labelledby="comparison-title" data-testid="comparison">
      <h2 id="comparison-title" className="trust-card__title">{t('dashboard.comparison')}</h2>
      <p className="trust-note">{large ? t('dashboard.comparisonNoteLarge', { count: MAX_LINES_SHOWN }) : t('dashboard.comparisonNote')}</p>
      <ComparisonChart dates={view.comparison.dates} lines={lines} height={260} label={t('dashboard.chartLabel')} />
      <ul className="comparison-legend" aria-label={t('dashboard.legend')}>
        {legendRows.map((s) => {
          const on = shown.includes(s.id);
          const k = on ? styleIndex(s.id) : (byId.get(s.id)?.k ?? 0);
          return (
            <li key={s.id}>
              <button
                type="button"
                aria-pressed={on}
                className={clsx('legend-toggle', !on && 'is-off')}
                onClick={() => toggle(s.id)}
                onMouseEnter={() => setHover(s.id)}
                onMouseLeave={() => setHover(null)}
                onFocus={() => setHover(s.id)}
                onBlur={() => setHover(null)}
                title={on ? t('dashboard.hide', { name: s.name }) : t('dashboard.show', { name: s.name })}
              >
                <svg width={24} height={10} aria-hidden="true">
                  <line x1={1} y1={5} x2={23} y2={5} stroke={seriesColor(k)} strokeWidth={2.5} strokeDasharray={seriesDash(k)} strokeLinecap="round" />
                </svg>
                <span>{s.name}</span>
                <span className="legend-toggle__value">{text.percent(s.now.trust)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {large && (
        <div className="comparison-pick">
          <label htmlFor={selectId} className="visually-hidden">{t('dashboard.addLine')}</label>
          <select
            id={selectId}
            className="input select comparison-pick__select"
            value=""
            onChange={(e) => { if (e.target.value) toggle(Number(e.target.value)); }}
            data-testid="comparison-add"
          >
            <option value="">{t('dashboard.addLine')}</option>
            {addable.map((s) => <option key={s.id} value={s.id}>{s.name} · {text.percent(s.now.trust)}</option>)}
          </select>
          <button type="button" className={buttonClass({ variant: 'ghost', size: 'sm' })} onClick={() => setShown(movedMost(suppliers))}>
            <RotateCcw size={14} aria-hidden="true" /> {t('dashboard.resetLines', { count: MAX_LINES_SHOWN })}
          </button>
        </div>
      )}
    </section>
  );
});
