// The talking points: the agenda core/report drafts (overdue promises first,
// our own actions last), one line per point with its dates and reasons. What
// cost or built trust points to its reason code in "why it moved", where its
// amount stands: one figure, in one place.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaSection, TalkingPoint } from '../../core/report';
import { usePackText, type PackText } from './packText';

function pointMeta(p: TalkingPoint, { t, text, tj }: PackText & { tj: (key: string) => string }): string[] {
  const meta: string[] = [];
  switch (p.kind) {
    case 'overduePromise':
    case 'ourAction':
      meta.push(p.dueOn ? t('agenda.due', { date: text.date(p.dueOn) }) : t('agenda.noDue'));
      if (p.daysOverdue) meta.push(t('agenda.overdueBy', { count: p.daysOverdue }));
      break;
    case 'openPromise':
      meta.push(p.dueOn ? t('agenda.due', { date: text.date(p.dueOn) }) : t('agenda.noDue'));
      meta.push(t('agenda.madeOn', { date: text.date(p.date) }));
      break;
    case 'unresolvedIncident':
      meta.push(text.t(`severity.${p.severity}`));
      meta.push(t('agenda.openFor', { count: p.daysOpen ?? 0 }));
      break;
    case 'initiative':
      meta.push(`${tj(`kind.${p.entryKind}`)}, ${text.date(p.date)}`);
      break;
    case 'moverDown':
    case 'moverUp':
      meta.push(t('agenda.reasonCode', { code: p.code }));
      meta.push(text.date(p.date));
      break;
    default:
      meta.push(text.date(p.date));
  }
  return meta;
}

function PointLine({ p, words }: { p: TalkingPoint; words: PackText & { tj: (key: string) => string } }) {
  const { text } = words;
  const mover = p.kind === 'moverDown' || p.kind === 'moverUp';
  return (
    <li className="rp-point" data-entry-id={p.entryId}>
      <div className="rp-point__line">
        <span className="rp-point__title">{p.title}</span>
      </div>
      <div className="rp-point__meta">
        {pointMeta(p, words).join(' · ')}
        {mover && p.reasons && p.reasons.length > 0 && <> — {text.reasons(p.reasons)}</>}
      </div>
      {mover && p.against && <div className="rp-point__meta">{text.against(p.against)}</div>}
    </li>
  );
}

function AgendaItem({ s }: { s: AgendaSection }) {
  const packText = usePackText();
  const { t: tj } = useTranslation('journal');
  const { t } = packText;
  const words = useMemo(() => ({ ...packText, tj: (key: string) => tj(key) }), [packText, tj]);
  return (
    <li className="rp-agenda__item" data-agenda={s.kind}>
      <h3 className="rp-h3">{t(`agenda.section.${s.kind}`)}</h3>
      <ul className="rp-points">
        {s.points.map((p) => <PointLine key={`${s.kind}-${p.entryId}`} p={p} words={words} />)}
      </ul>
    </li>
  );
}

/**
 * The agenda follows on from what comes before it (no forced page break), so
 * its heading, intro and first item are kept together: a heading never ends a page.
 */
export function PackAgenda({ sections }: { sections: AgendaSection[] }) {
  const { t } = usePackText();
  const [first, ...rest] = sections;
  return (
    <section className="rp-section rp-agenda">
      <div className="rp-keep">
        <h2 className="rp-h2">{t('agenda.heading')}</h2>
        <p className="rp-intro">{t('agenda.intro')}</p>
        {first ? (
          <ol className="rp-agenda__list"><AgendaItem s={first} /></ol>
        ) : (
          <p className="rp-muted">{t('agenda.empty')}</p>
        )}
      </div>
      {rest.length > 0 && <ol className="rp-agenda__list">{rest.map((s) => <AgendaItem key={s.kind} s={s} />)}</ol>}
    </section>
  );
}
