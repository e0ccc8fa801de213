// From one review to the next: where trust stood, what faded, what each entry
// added or took away, where it ended. A horizontal waterfall: invisible base
// bars float the segments; green up, red down, labelled in points. The bars
// are the reason codes: fading, the (at most four) entries that moved trust
// most and the rest, and as shown they add up to the change shown (addUp.ts).
import { useId, useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis, type LabelProps } from 'recharts';
import { addDays, todayIso } from '../../core/dates';
import type { EntryKind } from '../../core/types';
import type { EntryRef, ReviewWaterfallView } from '../../core/views';
import { useReviewWaterfall } from './queries';
import { noGridLines, PlainTick } from './axes';
import { MarkerShape } from './shapes';
import { addUp } from './addUp';
import { useTrustText } from './text';
import { useWidth } from './useWidth';

type RowType = 'start' | 'end' | 'fading' | 'entry' | 'othersUp' | 'othersDown' | 'rest';

interface Row {
  key: string;
  name: string;
  type: RowType;
  kind: EntryKind | null;
  base: number;
  size: number;
  delta: number;
  /** The delta as shown: the bars' add up to the end's (the change from start to end). */
  shown: number;
  level: number;
}

const ROW_H = 34;
const LABEL_W = 300;

function truncate(s: string, n: number) {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** Up to two lines of at most n characters, broken between words. */
function twoLines(s: string, n: number): string[] {
  if (s.length <= n) return [s];
  const cut = s.lastIndexOf(' ', n);
  const at = cut > n / 3 ? cut : n;
  return [s.slice(0, at).trimEnd(), truncate(s.slice(at).trimStart(), n)];
}

function useRows(view: ReviewWaterfallView | undefined) {
  const text = useTrustText();
  const { t } = text;
  return useMemo(() => {
    if (!view) return { rows: [] as Row[], domain: [0, 1] as [number, number], ticks: [0, 0.5, 1] };
    const levels = [view.start, view.end];
    let level = view.start;
    for (const b of view.bars) {
      level += b.delta;
      levels.push(level);
    }
    const lo = Math.max(0, Math.floor((Math.min(...levels) - 0.04) * 20) / 20);
    const hi = Math.min(1, Math.ceil((Math.max(...levels) + 0.04) * 20) / 20);
    const rows: Row[] = [{
      key: 'start', name: t('waterfall.start', { date: text.date(view.from) }), type: 'start', kind: 'review',
      base: lo, size: view.start - lo, delta: 0, shown: 0, level: view.start,
    }];
    level = view.start;
    const change = view.end - view.start;
    const shown = addUp(view.bars.map((b) => b.delta), change);
    view.bars.forEach((b, k) => {
      const after = level + b.delta;
      const name =
        b.type === 'fading' ? t('waterfall.fading')
          : b.type === 'othersUp' ? t('waterfall.othersUp', { count: b.count })
            : b.type === 'othersDown' ? t('waterfall.othersDown', { count: b.count })
              : b.type === 'rest' ? t('waterfall.rest', { count: b.count })
              : (b.entryId !== null ? view.entries[b.entryId]?.title : null) ?? t('why.unknownEntry');
      rows.push({
        key: `${b.type}-${b.entryId ?? k}`, name, type: b.type, kind: b.kind,
        base: Math.min(level, after), size: Math.abs(b.delta), delta: b.delta, shown: shown[k]!, level: after,
      });
      level = after;
    });
    rows.push({
      key: 'end',
      name: view.nextReview ? t('waterfall.endReview', { date: text.date(view.to) }) : t('waterfall.endToday', { date: text.date(view.to) }),
      type: 'end', kind: view.nextReview ? 'review' : null, base: lo, size: view.end - lo, delta: change, shown: addUp([change], change)[0]!, level: view.end,
    });
    const step = hi - lo > 0.4 ? 0.1 : 0.05;
    const ticks: number[] = [];
    for (let v = lo; v <= hi + 1e-9; v += step) ticks.push(Math.round(v * 100) / 100);
    return { rows, domain: [lo, hi] as [number, number], ticks };
  }, [view, t, text]);
}

/** A row's label: where trust stood at the start, where it ended and by how much it changed, or what a bar added. */
function valueOf(r: Row, text: ReturnType<typeof useTrustText>): string {
  if (r.type === 'start') return text.percent(r.level);
  if (r.type === 'end') return `${text.percent(r.level)} (${text.points(r.shown)})`;
  return text.points(r.shown);
}

function colorOf(r: Row) {
  if (r.type === 'start' || r.type === 'end') return 'var(--trust-line)';
  return r.delta < 0 ? 'var(--wf-down)' : 'var(--wf-up)';
}

function WaterfallChart({ view }: { view: ReviewWaterfallView }) {
  const text = useTrustText();
  const { rows, domain, ticks } = useRows(view);
  const [ref, width] = useWidth<HTMLDivElement>();
  const height = rows.length * ROW_H + 36;
  const labelW = Math.min(LABEL_W, Math.max(150, width * 0.46));
  const chars = Math.floor(labelW / 6.6) - 2;

  const renderLabel = (props: LabelProps) => {
    const { x, y, width: w, height: h, index } = props as { x: number; y: number; width: number; height: number; index: number };
    const r = rows[index];
    if (!r) return null;
    const value = valueOf(r, text);
    return (
      <text x={Number(x) + Number(w) + 6} y={Number(y) + Number(h) / 2} dy="0.35em" fontSize={12} fill="var(--text)" fontWeight={r.type === 'start' || r.type === 'end' ? 600 : 400}>
        {value}
      </text>
    );
  };

  const renderTick = (props: { x?: number | string; y?: number | string; index?: number }) => {
    const r = rows[props.index ?? 0];
    const x = Number(props.x);
    const y = Number(props.y);
    if (!r) return <g />;
    return (
      <g>
        <title>{r.name}</title>
        {r.kind && r.type === 'entry' && <MarkerShape kind={r.kind} cx={x - labelW + 12} cy={y} r={5} />}
        <text
          x={x - labelW + (r.type === 'entry' ? 24 : 4)}
          y={y}
          fontSize={12}
          fill={r.type === 'entry' ? 'var(--text)' : 'var(--text-muted)'}
          fontWeight={r.type === 'start' || r.type === 'end' ? 600 : 400}
          fontStyle={r.type === 'fading' ? 'italic' : undefined}
        >
          {(() => {
            const lines = twoLines(r.name, r.type === 'entry' ? chars - 3 : chars);
            return lines.map((line, k) => (
              <tspan key={k} x={x - labelW + (r.type === 'entry' ? 24 : 4)} dy={k === 0 ? (lines.length === 1 ? '0.35em' : '-0.2em') : '1.15em'}>
                {line}
              </tspan>
            ));
          })()}
        </text>
      </g>
    );
  };

  return (
    <div ref={ref} className="waterfall-chart" data-testid="waterfall">
      <BarChart
        layout="vertical"
        width={width}
        height={height}
        data={rows}
        margin={{ top: 4, right: 64, bottom: 4, left: 4 }}
        barCategoryGap={6}
        // No keyboard stop: the table beside it (visually hidden) reads the same steps.
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} horizontalCoordinatesGenerator={noGridLines} stroke="var(--border)" strokeOpacity={0.7} />
        <XAxis type="number" domain={domain} ticks={ticks} allowDataOverflow tickFormatter={(v: number) => text.percent(v)} interval={0} tick={PlainTick} stroke="var(--border)" />
        <YAxis type="category" dataKey="key" width={labelW} tick={renderTick} tickLine={false} axisLine={false} interval={0} />
        <Bar dataKey="base" stackId="w" fill="transparent" isAnimationActive={false} />
        <Bar dataKey="size" stackId="w" isAnimationActive={false} minPointSize={2}>
          {rows.map((r) => (
            <Cell key={r.key} fill={colorOf(r)} fillOpacity={r.type === 'fading' || r.type === 'rest' || r.type.startsWith('others') ? 0.55 : 1} />
          ))}
          <LabelList dataKey="size" content={renderLabel} />
        </Bar>
      </BarChart>
      <table className="visually-hidden">
        <caption>{text.t('waterfall.title')}</caption>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.name}</th>
              <td>{valueOf(r, text)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ReviewWaterfall({ supplierId, reviews }: { supplierId: number; reviews: EntryRef[] }) {
  const text = useTrustText();
  const { t } = text;
  const id = useId();
  const sorted = useMemo(() => [...reviews].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.id - a.id)), [reviews]);
  const [picked, setPicked] = useState<number | null>(null);
  // By default the latest review with at least a month behind it: a review of last week explains little yet.
  const monthAgo = addDays(todayIso(), -30);
  const fallback = sorted.find((r) => r.date <= monthAgo) ?? sorted[0];
  const reviewId = picked !== null && sorted.some((r) => r.id === picked) ? picked : (fallback?.id ?? null);
  const query = useReviewWaterfall(supplierId, reviewId);

  return (
    <section className="trust-card waterfall" aria-labelledby={`${id}-title`}>
      <div className="trust-card__head">
        <h3 id={`${id}-title`} className="trust-card__title">{t('waterfall.title')}</h3>
        {sorted.length > 0 && (
          <label className="trust-inline-field">
            <span>{t('waterfall.pick')}</span>
            <select className="input select" value={reviewId ?? ''} onChange={(e) => setPicked(Number(e.target.value))}>
              {sorted.map((r) => (
                <option key={r.id} value={r.id}>{`${text.date(r.date)} · ${truncate(r.title, 40)}`}</option>
              ))}
            </select>
          </label>
        )}
      </div>
      {sorted.length === 0 ? (
        <p className="trust-muted">{t('waterfall.none')}</p>
      ) : query.isError ? (
        <p className="trust-muted" role="alert">{t('loadFailed')}</p>
      ) : !query.data ? (
        <div className="trust-skeleton" style={{ height: 200 }} />
      ) : (
        <>
          <p className="trust-note">{t('waterfall.explain')}</p>
          <WaterfallChart view={query.data} />
        </>
      )}
    </section>
  );
}
