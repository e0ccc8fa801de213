// The six kinds of entry: each has an icon (a shape), a colour and a label, so
// a kind is legible without its colour.
import clsx from 'clsx';
import { ClipboardCheck, Handshake, Lightbulb, MessagesSquare, StickyNote, TriangleAlert, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { EntryKind } from '../../core/types';

export const KIND_ICONS: Record<EntryKind, LucideIcon> = {
  interaction: MessagesSquare,
  promise: Handshake,
  incident: TriangleAlert,
  advice: Lightbulb,
  review: ClipboardCheck,
  note: StickyNote,
};

export function KindIcon({ kind, size = 16 }: { kind: EntryKind; size?: number }) {
  const Icon = KIND_ICONS[kind];
  return <Icon size={size} aria-hidden="true" className="kind-icon" style={{ color: `var(--kind-${kind})` }} />;
}

/** Icon + text label on a tinted chip. */
export function KindBadge({ kind, className }: { kind: EntryKind; className?: string }) {
  const { t } = useTranslation('journal');
  return (
    <span className={clsx('kind-badge', `kind-badge--${kind}`, className)}>
      <KindIcon kind={kind} size={14} />
      <span>{t(`kind.${kind}`)}</span>
    </span>
  );
}
