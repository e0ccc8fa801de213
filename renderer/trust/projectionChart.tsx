// The trust chart's part past today (core/trust/projection.ts): the three
// projected lines with their bands, dashed, a "today" line and the review or
// notice mark, drawn inside TrustChart after the history (the rows it appends:
// ahead.ts). Here: the recharts elements (returned as an array: recharts reads
// its direct children), the sentence a screen reader hears, and the legend.
import { Area, Line, ReferenceLine } from 'recharts';
import type { Projection, ScenarioName } from '../../core/trust/projection';
import type { useTrustText } from './text';
import { isoToMs } from './text';

type TrustText = ReturnType<typeof useTrustText>;

export const PROJECTION_COLORS: Record<ScenarioName, string> = { nothing: 'var(--trust-line)', kept: 'var(--success)', broken: 'var(--danger)' };
export const PROJECTION_DASH: Record<ScenarioName, string> = { nothing: '6 4', kept: '2 3', broken: '10 3 2 3' };
/** Kept above, nothing written, broken below: the legend's and the chart's order. */
export const PROJECTION_LINES: ScenarioName[] = ['kept', 'nothing', 'broken'];

/** What a screen reader hears on a projected day: named a projection. */
export function projectionSentence(r: Projection['rows'][number], text: TrustText): string {
  return text.t('heading.readout', {
    date: text.date(r.date, 'long'), nothing: text.percent(r.nothing), kept: text.percent(r.kept), broken: text.percent(r.broken),
    low: text.percent(r.nothingBand[0]), high: text.percent(r.nothingBand[1]),
  });
}

/**
 * The projected bands, lines, today line and review (or notice) mark, as chart
 * children. "Today" is labelled on its left, the mark on its left one row
 * lower, so the two labels stay apart however close the review is (on one
 * row, "Today" and "Review" ran into each other six weeks apart).
 */
export function projectionElements(p: Projection, text: TrustText) {
  const { t } = text;
  const mark = p.review ?? p.notice;
  return [
    ...PROJECTION_LINES.map((k) => (
      <Area
        key={`${k}Band`} dataKey={`${k}Band`} type="monotone" fill={PROJECTION_COLORS[k]} fillOpacity={0.08} stroke="none"
        isAnimationActive={false} activeDot={false} legendType="none"
      />
    )),
    ...PROJECTION_LINES.map((k) => (
      <Line
        key={k} dataKey={k} name={t(`heading.line.${k}`)} type="monotone" stroke={PROJECTION_COLORS[k]} strokeWidth={2}
        strokeDasharray={PROJECTION_DASH[k]} dot={false} activeDot={false} isAnimationActive={false}
        className={`projection-line projection-line--${k}`}
      />
    )),
    <ReferenceLine
      key="today" x={isoToMs(p.from)} stroke="var(--text)" strokeDasharray="2 2" className="projection-today"
      label={{ value: t('heading.today'), position: 'insideTopRight', fill: 'var(--text)', fontSize: 11 }}
    />,
    ...(mark ? [
      <ReferenceLine
        key="mark" x={isoToMs(mark)} stroke="var(--text-muted)" strokeDasharray="4 4" className="projection-mark"
        label={{ value: t(p.review ? 'heading.review' : 'heading.notice'), position: 'insideTopRight', offset: 19, fill: 'var(--text-muted)', fontSize: 11 }}
      />,
    ] : []),
  ];
}

/** The legend's entries for the projected lines. */
export function ProjectionLegend({ text, itemClass }: { text: TrustText; itemClass?: string }) {
  return (
    <>
      {PROJECTION_LINES.map((k) => (
        <li key={k} className={itemClass} data-testid={`projection-legend-${k}`}>
          <svg width={28} height={10} aria-hidden="true">
            <line x1={1} y1={5} x2={27} y2={5} stroke={PROJECTION_COLORS[k]} strokeWidth={2} strokeDasharray={PROJECTION_DASH[k]} />
          </svg>
          {' '}{text.t(`heading.line.${k}`)}
        </li>
      ))}
    </>
  );
}
