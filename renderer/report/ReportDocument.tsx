// The review pack as a document: what core/report's model says, in the pack's
// language (the <I18nextProvider> around it decides), laid out for paper.
// The same component prints (the report route) and previews (the dialog).
import clsx from 'clsx';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AgendaSection, PortfolioReport, ReportHeader, SupplierReport, TalkingPoint,
} from '../../core/report';
import { supplierPageName } from '../../core/report/print';
import { formatDate } from '../i18n/format';
import { useTrustText } from '../trust/text';
import { MarkerIcon } from '../trust/shapes';
import { PrintTrustChart } from './PrintTrustChart';
import type { AgendaItem } from '../../core/agenda';
import { headline } from '../agenda/words';

type Text = ReturnType<typeof useTrustText>;

function useText() {
  const { t } = useTranslation('report');
  const trustText = useTrustText();
  const text = useMemo(
    () => ({ ...trustText, date: (iso: string | null | undefined, style: 'short' | 'medium' | 'long' = 'medium') => formatDate(iso, trustText.lang, style) }),
    [trustText],
  );
  return { t, text };
}

/** How many trust charts a pack draws (the ready check waits for them). */
export function chartCount(pack: { supplier: SupplierReport | null; portfolio: PortfolioReport | null }): number {
  const has = (r: SupplierReport) => (r.chart.rows.length > 1 ? 1 : 0);
  if (pack.supplier) return has(pack.supplier);
  return pack.portfolio?.suppliers.reduce((n, r) => n + has(r), 0) ?? 0;
}

// ---------- small parts ----------

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="rp-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Section({ title, className, children, intro }: { title: string; className?: string; children: ReactNode; intro?: ReactNode }) {
  return (
    <section className={clsx('rp-section', className)}>
      <h2 className="rp-h2">{title}</h2>
      {intro && <p className="rp-intro">{intro}</p>}
      {children}
    </section>
  );
}

function PrivateTag({ show }: { show: boolean }) {
  const { t } = useTranslation('report');
  return show ? <span className="rp-private">{t('tables.private')}</span> : null;
}

function signClass(v: number | null) {
  if (v === null) return undefined;
  return v <= -0.02 ? 'rp-down' : v >= 0.02 ? 'rp-up' : undefined;
}

// ---------- the header ----------

function DocHeader({ title, name, sub, facts, flags }: { title: string; name: string; sub?: string; facts: ReactNode; flags?: ReactNode }) {
  const { t } = useText();
  return (
    <header className="rp-header">
      <div className="rp-header__top">
        <div className="rp-eyebrow">{t('eyebrow')} · {title}</div>
        {flags || <div className="rp-mark" aria-hidden="true">Rapport</div>}
      </div>
      <h1 className="rp-h1">{name}</h1>
      {sub && <p className="rp-sub">{sub}</p>}
      <dl className="rp-facts">{facts}</dl>
    </header>
  );
}

function period(text: Text, t: (k: string, o?: Record<string, unknown>) => string, from: string, to: string) {
  return t('periodRange', { from: text.date(from), to: text.date(to) });
}

function SupplierHeaderBlock({ h }: { h: ReportHeader }) {
  const { t, text } = useText();
  const contract = h.contractStart && h.contractEnd
    ? t('header.contractRange', { from: text.date(h.contractStart), to: text.date(h.contractEnd) })
    : h.contractStart ? t('header.contractOpenEnded', { from: text.date(h.contractStart) }) : null;
  return (
    <DocHeader
      title={t('title.supplier')}
      name={h.supplierName}
      sub={h.category || undefined}
      facts={(
        <>
          <Fact label={t('header.period')}>{period(text, t, h.from, h.to)}</Fact>
          {h.managerName && <Fact label={t('header.preparedBy')}>{h.managerName}</Fact>}
          <Fact label={t('header.generatedOn')}>{text.date(h.generatedOn, 'long')}</Fact>
          {contract && (
            <Fact label={t('header.contract')}>
              {contract}
              {h.noticeDeadline && <div className="rp-fact__sub">{t('header.noticeDeadline')}: {text.date(h.noticeDeadline)}</div>}
            </Fact>
          )}
        </>
      )}
      flags={(h.status === 'ended' || h.includePrivate) && (
        <p className="rp-flags">
          {h.status === 'ended' && <span className="rp-flag">{t('header.ended')}</span>}
          {h.includePrivate && <span className="rp-flag rp-flag--private">{t('header.privateIncluded')}</span>}
        </p>
      )}
    />
  );
}

// ---------- summary and figures ----------

function Summary({ r }: { r: SupplierReport }) {
  const { t, text } = useText();
  const s = r.summary;
  // What the pack leaves out leaves out its effect too: said in one line.
  const privateNote = r.header.privateLeftOut > 0 && (
    <p className="rp-private-note" data-testid="private-left-out">{t('header.privateLeftOut', { count: r.header.privateLeftOut })}</p>
  );
  if (s.trustStart === null || s.trustEnd === null || s.change === null || s.trend === null) {
    return <Section title={t('summary.heading')}><p className="rp-lead">{t('summary.noTrust')}</p>{privateNote}</Section>;
  }
  const start = text.percent(s.trustStart);
  const end = text.percent(s.trustEnd);
  const change = text.points(s.change);
  return (
    <Section title={t('summary.heading')} className="rp-summary">
      <div className="rp-bigfigs">
        <div className="rp-bigfig">
          <div className="rp-label">{t('summary.start')}</div>
          <div className="rp-bigfig__value">{start}</div>
          <div className="rp-detail">{t(`summary.levels.${s.levelStart}`)}</div>
        </div>
        <div className="rp-bigfig">
          <div className="rp-label">{t('summary.end')}</div>
          <div className="rp-bigfig__value">{end}</div>
          <div className="rp-detail">{t(`summary.levels.${s.levelEnd}`)}</div>
        </div>
        <div className="rp-bigfig">
          <div className="rp-label">{t('summary.change')}</div>
          <div className={clsx('rp-bigfig__value', signClass(s.change))}>{change}</div>
          <div className="rp-detail">{text.date(r.header.from)} → {text.date(r.header.to)}</div>
        </div>
      </div>
      <p className="rp-lead">
        {t(`summary.trend.${s.trend}`, { start, end, change })}{' '}
        {t('summary.level', { level: t(`summary.levels.${s.levelEnd}`) })}{' '}
        {s.bandEnd && (s.uncertain
          ? t('summary.uncertain', { low: text.percent(s.bandEnd[0]), high: text.percent(s.bandEnd[1]) })
          : t('summary.band', { low: text.percent(s.bandEnd[0]), high: text.percent(s.bandEnd[1]) }))}
      </p>
      {privateNote}
    </Section>
  );
}

function Tile({ label, value, detail, tone, testId }: { label: string; value: ReactNode; detail?: ReactNode; tone?: string; testId: string }) {
  return (
    <div className="rp-tile" data-tile={testId}>
      <div className="rp-label">{label}</div>
      <div className={clsx('rp-tile__value', tone)}>{value}</div>
      {detail && <div className="rp-detail">{detail}</div>}
    </div>
  );
}

function Tiles({ r }: { r: SupplierReport }) {
  const { t, text } = useText();
  const f = r.figures;
  const counted = f.kept + f.keptLate + f.broken + f.overdue;
  const mttr = f.meanTimeToResolveDays === null ? null : Math.round(f.meanTimeToResolveDays * 10) / 10;
  return (
    <section className="rp-section rp-figures" aria-label={t('tiles.headingFor', { name: r.header.supplierName })}>
      <div className="rp-tiles">
      <Tile
        testId="sayDo"
        label={t('tiles.sayDo')}
        value={f.sayDoRatio === null ? t('tiles.none') : text.percent(f.sayDoRatio)}
        detail={f.sayDoRatio === null ? t('tiles.sayDoNone') : t('tiles.sayDoDetail', { kept: f.kept, count: counted })}
      />
      <Tile
        testId="promises"
        label={t('tiles.promises')}
        value={t('tiles.promisesValue', { made: f.promisesMade })}
        detail={t('tiles.promisesDetail', { kept: f.kept, late: f.keptLate, broken: f.broken, overdue: f.overdue })}
        tone={f.overdue + f.broken > 0 ? 'rp-warn' : undefined}
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
        value={t('tiles.initiativesValue', { advice: f.advice, reviews: f.reviews })}
        detail={`${t('tiles.adviceCount', { count: f.advice })} · ${t('tiles.reviewCount', { count: f.reviews })}`}
      />
      </div>
    </section>
  );
}

function ChartSection({ r, baseRate }: { r: SupplierReport; baseRate: number }) {
  const { t, text } = useText();
  const { t: tj } = useTranslation('journal');
  return (
    <Section title={t('chart.heading')} className="rp-chart-section">
      {r.chart.rows.length > 1 ? (
        <>
          <PrintTrustChart
            rows={r.chart.rows}
            markers={r.chart.markers}
            baseRate={baseRate}
            title={`${t('chart.heading')}: ${r.header.supplierName}, ${period(text, t, r.header.from, r.header.to)}`}
            legend={{ trust: t('chart.legendTrust'), band: t('chart.legendBand'), kind: (k) => tj(`kind.${k}`) }}
          />
          <p className="rp-caption">{t('chart.caption')}</p>
        </>
      ) : (
        <p className="rp-muted">{t('chart.empty')}</p>
      )}
    </Section>
  );
}

// ---------- talking points ----------

function PointLine({ p, words }: { p: TalkingPoint; words: ReturnType<typeof useText> & { tj: (key: string) => string } }) {
  const { t, text, tj } = words;
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
    default:
      meta.push(text.date(p.date));
  }
  const mover = p.kind === 'moverDown' || p.kind === 'moverUp';
  return (
    <li className="rp-point" data-entry-id={p.entryId}>
      <div className="rp-point__line">
        <span className="rp-point__title">{p.title}</span>
        {mover && p.delta !== undefined && <span className={clsx('rp-point__delta', signClass(p.delta))}>{text.points(p.delta)}</span>}
      </div>
      <div className="rp-point__meta">
        {meta.join(' · ')}
        {mover && p.reasons && p.reasons.length > 0 && <> — {text.reasons(p.reasons)}</>}
      </div>
    </li>
  );
}

function AgendaItem({ s }: { s: AgendaSection }) {
  const text = useText();
  const { t: tj } = useTranslation('journal');
  const { t } = text;
  const words = useMemo(() => ({ ...text, tj: (key: string) => tj(key) }), [text, tj]);
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
function Agenda({ sections }: { sections: AgendaSection[] }) {
  const { t } = useText();
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

// ---------- tables ----------

function Table({ title, cols, rows, empty, intro, className }: {
  title: string;
  cols: { label: string; className?: string }[];
  rows: ReactNode[];
  empty: string;
  intro?: string;
  className?: string;
}) {
  return (
    <section className={clsx('rp-section rp-table-section', className)}>
      <h2 className="rp-h2">{title}</h2>
      {intro && <p className="rp-intro">{intro}</p>}
      {rows.length === 0 ? (
        <p className="rp-muted">{empty}</p>
      ) : (
        <table className="rp-table">
          <colgroup>{cols.map((c, i) => <col key={i} className={c.className} />)}</colgroup>
          <thead>
            <tr>{cols.map((c, i) => <th key={i} scope="col" className={c.className}>{c.label}</th>)}</tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
      )}
    </section>
  );
}

function Tables({ r }: { r: SupplierReport }) {
  const { t, text } = useText();
  const { t: tj } = useTranslation('journal');
  const empty = t('tables.empty');
  const days = (n: number | null) => (n === null ? '' : t('tables.days', { count: n }));
  const score = (label: string, v: number | null) => (v === null ? null : `${label} ${v}`);
  return (
    <div className="rp-tables">
      <Table
        title={t('tables.promises')}
        empty={empty}
        cols={[
          { label: t('tables.made'), className: 'rp-c-date' },
          { label: t('tables.promise'), className: 'rp-c-title' },
          { label: t('tables.due'), className: 'rp-c-date' },
          { label: t('tables.obligation'), className: 'rp-c-short' },
          { label: t('tables.inContract'), className: 'rp-c-short' },
          { label: t('tables.status'), className: 'rp-c-status' },
        ]}
        rows={r.promises.map((p) => (
          <tr key={p.id} data-entry-id={p.id}>
            <td className="rp-c-date">{text.date(p.madeOn)}</td>
            <td className="rp-c-title">{p.title}<PrivateTag show={p.private} /></td>
            <td className="rp-c-date">{p.dueOn ? text.date(p.dueOn) : '—'}</td>
            <td>{tj(`obligation.${p.obligation}`)}</td>
            <td>{p.inContract ? t('tables.yes') : t('tables.no')}</td>
            <td className={clsx('rp-c-status', p.overdue && 'rp-down', (p.status === 'broken') && 'rp-down')}>
              {p.overdue ? t('tables.overdue') : tj(`status.${p.status}`)}
              {p.settledOn && <div className="rp-cell-sub">{t('tables.settledOn', { date: text.date(p.settledOn) })}</div>}
            </td>
          </tr>
        ))}
      />
      <Table
        title={t('tables.incidents')}
        empty={empty}
        cols={[
          { label: t('tables.started'), className: 'rp-c-date' },
          { label: t('tables.incident'), className: 'rp-c-title' },
          { label: t('tables.severity'), className: 'rp-c-short' },
          { label: t('tables.timeToResolve'), className: 'rp-c-short' },
          { label: t('tables.rootCause'), className: 'rp-c-cause' },
        ]}
        rows={r.incidents.map((i) => (
          <tr key={i.id} data-entry-id={i.id}>
            <td className="rp-c-date">{text.date(i.startedOn)}</td>
            <td className="rp-c-title">{i.title}<PrivateTag show={i.private} /></td>
            <td className={clsx((i.severity === 'high' || i.severity === 'critical') && 'rp-down')}>{text.t(`severity.${i.severity}`)}</td>
            <td>{i.daysToResolve === null ? <span className="rp-down">{t('tables.unresolved')}</span> : days(i.daysToResolve)}</td>
            <td className="rp-c-cause">{i.rootCause || '—'}</td>
          </tr>
        ))}
      />
      <Table
        title={t('tables.interactions')}
        empty={empty}
        cols={[
          { label: t('tables.date'), className: 'rp-c-date' },
          { label: t('tables.channel'), className: 'rp-c-channel' },
          { label: t('tables.tone'), className: 'rp-c-short' },
          { label: t('tables.subject'), className: 'rp-c-title' },
        ]}
        rows={r.interactions.map((i) => (
          <tr key={i.id} data-entry-id={i.id}>
            <td className="rp-c-date">{text.date(i.date)}</td>
            <td>{tj(`channel.${i.channel}`)}</td>
            <td className={clsx(i.tone === 'negative' && 'rp-down')}>{tj(`tone.${i.tone}`)}</td>
            <td className="rp-c-title">{i.title}<PrivateTag show={i.private} /></td>
          </tr>
        ))}
      />
      <Table
        title={t('tables.reviews')}
        empty={empty}
        cols={[
          { label: t('tables.date'), className: 'rp-c-date' },
          { label: t('tables.subject'), className: 'rp-c-title' },
          { label: t('tables.scores'), className: 'rp-c-scores' },
        ]}
        rows={r.reviews.map((v) => (
          <tr key={v.id} data-entry-id={v.id}>
            <td className="rp-c-date">{text.date(v.date)}</td>
            <td className="rp-c-title">
              <div className="rp-note-title">{v.title}<PrivateTag show={v.private} /></div>
              {v.body && <div className="rp-note-body">{v.body}</div>}
            </td>
            <td className="rp-c-scores">
              {[score(text.t('dimension.ability'), v.scores.ability), score(text.t('dimension.integrity'), v.scores.integrity),
                score(text.t('dimension.benevolence'), v.scores.benevolence)].filter(Boolean).map((x) => <div key={x}>{x}</div>)}
            </td>
          </tr>
        ))}
      />
      <Table
        title={t('tables.initiatives')}
        empty={empty}
        cols={[{ label: t('tables.date'), className: 'rp-c-date' }, { label: t('tables.subject'), className: 'rp-c-title' }]}
        rows={r.initiatives.map((n) => (
          <tr key={n.id} data-entry-id={n.id}>
            <td className="rp-c-date">{text.date(n.date)}</td>
            <td className="rp-c-title">
              <div className="rp-note-title">{n.title}<PrivateTag show={n.private} /></div>
              {n.body && <div className="rp-note-body">{n.body}</div>}
            </td>
          </tr>
        ))}
      />
      <Table
        title={t('tables.notes')}
        empty={empty}
        cols={[{ label: t('tables.date'), className: 'rp-c-date' }, { label: t('tables.subject'), className: 'rp-c-title' }]}
        rows={r.notes.map((n) => (
          <tr key={n.id} data-entry-id={n.id}>
            <td className="rp-c-date">{text.date(n.date)}</td>
            <td className="rp-c-title">
              <div className="rp-note-title">{n.title}<PrivateTag show={n.private} /></div>
              {n.body && <div className="rp-note-body">{n.body}</div>}
            </td>
          </tr>
        ))}
      />
      <Table
        title={t('tables.conduct')}
        intro={t('tables.conductIntro')}
        className="rp-conduct"
        empty={empty}
        cols={[
          { label: t('tables.date'), className: 'rp-c-date' },
          { label: t('tables.kind'), className: 'rp-c-short' },
          { label: t('tables.subject'), className: 'rp-c-title' },
          { label: t('tables.status'), className: 'rp-c-status' },
        ]}
        rows={r.conduct.map((c) => {
          let status = '';
          if (c.status === 'resolved' || c.status === 'unresolved') status = t(`tables.${c.status}`);
          else if (c.status === 'positive' || c.status === 'neutral' || c.status === 'negative') status = tj(`tone.${c.status}`);
          else if (c.status) status = tj(`status.${c.status}`);
          if (c.status === 'open' && c.dueOn) {
            status = c.dueOn < r.header.to ? t('tables.overdue') : status;
            status += ` · ${t('agenda.due', { date: text.date(c.dueOn) })}`;
          }
          return (
            <tr key={c.id} data-entry-id={c.id}>
              <td className="rp-c-date">{text.date(c.date)}</td>
              <td><span className="rp-kind"><MarkerIcon kind={c.kind} size={9} />{tj(`kind.${c.kind}`)}</span></td>
              <td className="rp-c-title">{c.title}<PrivateTag show={c.private} /></td>
              <td className="rp-c-status">{status || '—'}</td>
            </tr>
          );
        })}
      />
    </div>
  );
}

// ---------- the packs ----------

/** The supplier's next deadlines, from the agenda (renderer/agenda/words.ts says them as the agenda screen does). */
function ComingUp({ items }: { items: AgendaItem[] }) {
  const { text } = useText();
  const { t } = useTranslation('agenda');
  return (
    <section className="rp-section rp-coming-up" data-testid="report-coming-up">
      <div className="rp-keep">
        <h2 className="rp-h2">{t('comingUp.title')}</h2>
        {items.length === 0 ? <p className="rp-muted">{t('comingUp.none')}</p> : (
          <ul className="rp-points">
            {items.map((i) => <li key={i.key}><strong>{text.date(i.date)}</strong> · {headline(t, i)}<PrivateTag show={i.private} /></li>)}
          </ul>
        )}
      </div>
    </section>
  );
}

export function SupplierPack({ r, baseRate, compact = false, comingUp = null }: { r: SupplierReport; baseRate: number; compact?: boolean; comingUp?: AgendaItem[] | null }) {
  return (
    <article className={clsx('rp-pack', compact && 'rp-pack--compact')} data-supplier-id={r.header.supplierId}>
      <SupplierHeaderBlock h={r.header} />
      <Summary r={r} />
      <ChartSection r={r} baseRate={baseRate} />
      <Tiles r={r} />
      <Agenda sections={r.agenda} />
      {comingUp && <ComingUp items={comingUp} />}
      {!compact && <div className="rp-break"><Tables r={r} /></div>}
    </article>
  );
}

export function PortfolioPack({ p, baseRate }: { p: PortfolioReport; baseRate: number }) {
  const { t, text } = useText();
  const pct = (v: number | null) => (v === null ? '—' : text.percent(v));
  return (
    <>
      <article className="rp-pack rp-overview">
        <DocHeader
          title={t('title.portfolio')}
          name={t('portfolioName')}
          facts={(
            <>
              <Fact label={t('header.period')}>{period(text, t, p.from, p.to)}</Fact>
              {p.managerName && <Fact label={t('header.preparedBy')}>{p.managerName}</Fact>}
              <Fact label={t('header.generatedOn')}>{text.date(p.generatedOn, 'long')}</Fact>
              <Fact label={t('header.suppliers')}>{p.rows.length}</Fact>
            </>
          )}
          flags={p.includePrivate && <p className="rp-flags"><span className="rp-flag rp-flag--private">{t('header.privateIncluded')}</span></p>}
        />
        <Section title={t('portfolio.overview')} intro={t('portfolio.intro')}>
          {p.rows.length === 0 ? <p className="rp-muted">{t('portfolio.none')}</p> : (
            <table className="rp-table rp-table--overview">
              <thead>
                <tr>
                  <th scope="col">{t('portfolio.supplier')}</th>
                  <th scope="col" className="rp-num">{t('portfolio.trustStart')}</th>
                  <th scope="col" className="rp-num">{t('portfolio.trustEnd')}</th>
                  <th scope="col" className="rp-num">{t('portfolio.change')}</th>
                  <th scope="col" className="rp-num">{t('portfolio.sayDo')}</th>
                  <th scope="col" className="rp-num">{t('portfolio.overdue')}</th>
                  <th scope="col" className="rp-num">{t('portfolio.openIncidents')}</th>
                </tr>
              </thead>
              <tbody>
                {p.rows.map((row) => (
                  <tr key={row.supplierId} data-supplier-id={row.supplierId}>
                    <td>
                      <div className="rp-note-title">{row.name}</div>
                      {row.category && <div className="rp-cell-sub">{row.category}</div>}
                    </td>
                    <td className="rp-num">{pct(row.trustStart)}</td>
                    <td className="rp-num"><strong>{pct(row.trustEnd)}</strong>{row.levelEnd && <div className="rp-cell-sub">{t(`summary.levels.${row.levelEnd}`)}</div>}</td>
                    <td className={clsx('rp-num', signClass(row.change))}>{row.change === null ? '—' : text.points(row.change)}</td>
                    <td className="rp-num">{pct(row.sayDoRatio)}</td>
                    <td className={clsx('rp-num', row.overduePromises > 0 && 'rp-down')}>{row.overduePromises}</td>
                    <td className={clsx('rp-num', row.openIncidents > 0 && 'rp-down')}>{row.openIncidents}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Section>
      </article>
      {p.suppliers.map((r) => (
        <div key={r.header.supplierId} className="rp-break" style={{ page: supplierPageName(r.header.supplierId) }}>
          <SupplierPack r={r} baseRate={baseRate} compact />
        </div>
      ))}
    </>
  );
}
