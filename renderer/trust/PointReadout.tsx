// What one point of the trust chart says: its date, trust and band, and the
// day's entries with what each did; as the hover tooltip, the keyboard's
// read-out beside the cursor, and one sentence for a screen reader.
import type { HTMLAttributes } from 'react';
import type { TooltipContentProps, TooltipValueType as ValueType } from 'recharts';
import type { Point } from './chartPoints';
import type { ProjectedRow } from './ahead';
import { projectionSentence } from './projectionChart';
import { MarkerIcon } from './shapes';
import type { useTrustText } from './text';

export type TrustText = ReturnType<typeof useTrustText>;

export function TrustTooltip({ active, payload, text }: Partial<TooltipContentProps<ValueType, string | number>> & { text: TrustText }) {
  const p = payload?.[0]?.payload as Point | ProjectedRow | undefined;
  if (!active || !p) return null;
  // A day past today is a projection, and says so.
  if ('projected' in p) return <div className="trust-tooltip trust-tooltip--projected" role="status">{projectionSentence(p, text)}</div>;
  return <PointReadout p={p} text={text} className="trust-tooltip" role="status" />;
}

/** What a point says: its date, trust and band, and the day's entries with what each did. */
export function PointReadout({ p, text, ...props }: { p: Point; text: TrustText } & HTMLAttributes<HTMLDivElement>) {
  const { t } = text;
  return (
    <div {...props}>
      <div className="trust-tooltip__head">
        <strong>{text.date(p.date, 'long')}</strong>
        <span>
          {t('chart.trust')}: <strong>{text.percent(p.trust)}</strong>{' '}
          <span className="trust-muted">({t('chart.bandRange', { low: text.percent(p.band[0]), high: text.percent(p.band[1]) })})</span>
        </span>
      </div>
      {p.markers && p.markers.length > 0 && (
        <ul className="trust-tooltip__entries">
          {p.markers.map((m) => (
            <li key={`${m.id}-${m.effectOn}`} data-entry-id={m.id}>
              <MarkerIcon kind={m.kind} />
              <span className="trust-tooltip__kind">{t(`journal:kind.${m.kind}`)}</span>
              <span className="trust-tooltip__title">{m.title}</span>
              <span className={`trust-tooltip__effect ${m.effect < 0 ? 'trust-down' : m.effect > 0 ? 'trust-up' : 'trust-muted'}`}>{text.points(m.effect)}</span>
              {m.reasons.length > 0 && <span className="trust-tooltip__reason">{text.reasons(m.reasons)}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The same in one sentence, for a screen reader. */
export function pointSentence(p: Point, text: TrustText): string {
  const { t } = text;
  const head = t('chart.readout', { date: text.date(p.date, 'long'), trust: text.percent(p.trust), low: text.percent(p.band[0]), high: text.percent(p.band[1]) });
  const entries = (p.markers ?? []).map((m) => t('chart.readoutEntry', { kind: t(`journal:kind.${m.kind}`), title: m.title, effect: text.points(m.effect) }));
  return [head, ...entries].join(' ');
}
