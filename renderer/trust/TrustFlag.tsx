// A flag a manager can act on (eroding, building up, quiet) and the one
// sentence that says why: how far, since when, the two entries that pulled most.
import clsx from 'clsx';
import { Moon, TrendingDown, TrendingUp } from 'lucide-react';
import { useCallback } from 'react';
import type { FlagView } from '../../core/views';
import { useTrustText } from './text';

/** The flag's reason as one sentence, in the user's language. */
export function useFlagSentence() {
  const text = useTrustText();
  const { t } = text;
  return useCallback((flag: FlagView): string => {
    if (flag.kind === 'quiet') {
      return flag.lastEntryOn === null ? t('flag.quietNeverWhy', { count: flag.days }) : t('flag.quietWhy', { count: flag.days, date: text.date(flag.lastEntryOn) });
    }
    const head = t(flag.kind === 'eroding' ? 'flag.erodingWhy' : 'flag.buildingUpWhy', {
      points: text.pointsSize(flag.change), extreme: text.percent(flag.extreme), date: text.date(flag.since),
    });
    const [first, second] = flag.pulls;
    const pull = (p: (typeof flag.pulls)[number], which: 'first' | 'second') =>
      ({ [which]: p.title, [`${which}Date`]: text.date(p.date), [`${which}Points`]: text.points(p.delta) });
    const tail = second
      ? t('flag.pullsTwo', { ...pull(first!, 'first'), ...pull(second, 'second') })
      : first
        ? t('flag.pullsOne', pull(first, 'first'))
        : t('flag.pullsNone');
    return `${head}${tail}`;
  }, [t, text]);
}

const ICONS = { eroding: TrendingDown, buildingUp: TrendingUp, quiet: Moon } as const;
const TONES = { eroding: 'badge-danger', buildingUp: 'badge-success', quiet: 'badge-muted' } as const;

/** The flag as a small badge; its reason on hover and for screen readers. */
export function FlagBadge({ flag, className }: { flag: FlagView; className?: string }) {
  const { t } = useTrustText();
  const sentence = useFlagSentence()(flag);
  const Icon = ICONS[flag.kind];
  return (
    <span className={clsx('badge badge-inline trust-flag', TONES[flag.kind], className)} title={sentence} data-testid="trust-flag" data-flag={flag.kind}>
      <Icon size={12} aria-hidden="true" /> {t(`flag.${flag.kind}`)}
      <span className="visually-hidden">: {sentence}</span>
    </span>
  );
}

/** The flag with its reason written out, for the supplier page. */
export function FlagNotice({ flag }: { flag: FlagView }) {
  const { t } = useTrustText();
  const sentence = useFlagSentence()(flag);
  const Icon = ICONS[flag.kind];
  return (
    <p className={clsx('trust-flag-notice', `trust-flag-notice--${flag.kind}`)} data-testid="trust-flag-notice" data-flag={flag.kind}>
      <Icon size={16} aria-hidden="true" />
      <span><strong>{t(`flag.${flag.kind}`)}.</strong> {sentence}</span>
    </p>
  );
}
