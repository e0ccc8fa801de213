// Numbers and words for the trust charts: percentages, signed percentage
// points ("−12.4 pt"), translated reasons, date ticks in the user's language.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgainstItsWording } from '../../core/trust/against';
import type { Reason } from '../../core/trust/evidence';
import { dateFormat, formatDate, localeOf, numberFormat } from '../i18n/format';

export const MINUS = '\u2212';

/** ISO date to epoch milliseconds (UTC midnight), the charts' x value. */
export function isoToMs(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

export function useTrustText() {
  const { t, i18n } = useTranslation('trust');
  const lang = i18n.language;
  return useMemo(() => {
    const locale = localeOf(lang);
    const pct0 = numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const pt1 = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const monthYear = dateFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    const dayMonth = dateFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const num = numberFormat(locale, { maximumFractionDigits: 2 });

    /** 0.62 -> "62%" */
    const percent = (v: number) => pct0.format(v);
    /** A change in trust as signed percentage points: -0.124 -> "−12.4 pt". */
    const points = (delta: number) => {
      const value = delta * 100;
      const rounded = Math.round(value * 10) / 10;
      const sign = rounded > 0 ? '+' : rounded < 0 ? MINUS : '±';
      return t('points', { value: `${sign}${pt1.format(Math.abs(rounded))}` });
    };
    /** The size of a change, without its sign: 0.124 -> "12.4 pt". */
    const pointsSize = (delta: number) => t('points', { value: pt1.format(Math.round(Math.abs(delta) * 1000) / 10) });
    const reason = (r: Reason): string => {
      const p = r.params;
      const params: Record<string, string | number> = {
        title: String(p.title ?? ''),
        severity: p.severity ? t(`severity.${String(p.severity)}`) : '',
        dimension: p.dimension ? t(`dimension.${String(p.dimension)}`) : '',
        score: typeof p.score === 'number' ? p.score : String(p.score ?? ''),
        dueOn: p.dueOn ? formatDate(String(p.dueOn), lang) : '',
        contract: p.inContract ? t('reason.inContract') : '',
        ...(typeof p.daysLate === 'number' ? { count: p.daysLate } : {}),
      };
      const late = p.late === true && (r.key === 'renegotiatedPromise' || r.key === 'withdrawnPromise');
      return t(`reason.${r.key}${late ? 'Late' : ''}`, params).replace(/\s+/g, ' ').trim();
    };
    /**
     * One line for an entry's reasons: a review's scores in one phrase, and
     * for a promise that was overdue before it was settled, the outcome with
     * "was overdue" after it rather than the whole chain.
     */
    const reasons = (list: readonly Reason[]) => {
      if (list.length === 0) return '';
      if (list.every((r) => r.key === 'review')) {
        const scores = list.map((r) => t('reason.reviewScore', { dimension: t(`dimension.${String(r.params.dimension)}`), score: Number(r.params.score) })).join(', ');
        return t('reason.reviewScores', { scores });
      }
      const overdue = list.find((r) => r.key === 'overduePromise');
      const rest = list.filter((r) => r.key !== 'overduePromise' && r.key !== 'overduePromiseSettled');
      if (overdue && rest.length > 0) {
        return `${[...new Set(rest.map(reason))].join('; ')} ${t('reason.wasOverdue', { dueOn: formatDate(String(overdue.params.dueOn ?? ''), lang) })}`;
      }
      // The event before what followed it (an incident before its good handling).
      const order = (r: Reason) => (r.key === 'incidentHandledWell' || r.key === 'incidentHandledBadly' ? 1 : 0);
      return [...new Set([...list].sort((x, y) => order(x) - order(y)).map(reason))].join('; ');
    };
    /** Why an entry moved trust against what it says (core/trust/against): its balance against the trust of that moment. */
    const against = (a: AgainstItsWording) =>
      t(`against.${a.direction}${a.byScore ? 'Score' : ''}`, { share: percent(a.share), trust: percent(a.trustBefore) });
    const date = (iso: string | null | undefined, style: 'short' | 'medium' | 'long' = 'medium') => formatDate(iso, lang, style);
    const tick = (ms: number, spanDays: number) => (spanDays <= 150 ? dayMonth : monthYear).format(new Date(ms));
    const number = (v: number) => num.format(v);
    return { t, lang, percent, points, pointsSize, reason, reasons, against, date, tick, number };
  }, [t, lang]);
}

/** Round, readable x ticks: start of weeks, months or quarters, about one per `px` pixels. */
export function timeTicks(fromMs: number, toMs: number, width: number, px = 90): number[] {
  const DAY = 86_400_000;
  const spanDays = Math.max(1, (toMs - fromMs) / DAY);
  const maxTicks = Math.max(2, Math.floor(width / px));
  if (spanDays <= 150) {
    const stepDays = [7, 14, 28, 56].find((s) => spanDays / s <= maxTicks) ?? 56;
    const out: number[] = [];
    // Mondays
    const first = new Date(fromMs);
    const offset = (8 - first.getUTCDay()) % 7;
    for (let ms = fromMs + offset * DAY; ms <= toMs; ms += stepDays * DAY) out.push(ms);
    return out;
  }
  const months = [1, 2, 3, 6, 12, 24].find((m) => spanDays / 30.4 / m <= maxTicks) ?? 24;
  const out: number[] = [];
  const start = new Date(fromMs);
  const idx = start.getUTCFullYear() * 12 + start.getUTCMonth() + (start.getUTCDate() > 1 ? 1 : 0);
  for (let k = Math.ceil(idx / months) * months; ; k += months) {
    const ms = Date.UTC(Math.floor(k / 12), k % 12, 1);
    if (ms > toMs) break;
    out.push(ms);
  }
  return out;
}
