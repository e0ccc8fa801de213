// "How trust works": the model (version 2) in plain words for a manager, with
// the values currently in use, a worked example from the manager's own
// journal, and the form to change them. A change redraws every chart.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, daysBetween } from '../../core/dates';
import { DEFAULT_TRUST_SETTINGS, type TrustSettings } from '../../core/trust/settings';
import { Button } from '../components/Button';
import { FormError } from '../components/FieldError';
import { PageHeader } from '../components/PageHeader';
import { Spinner } from '../components/Spinner';
import { useKeepTrustSettings, usePortfolio, useResetTrustSettings, useSupplierTrust, useTrustModelNotice, useTrustSettings } from './queries';
import { TrustSettingsForm } from './SettingsForm';
import { MarkerIcon } from './shapes';
import { useTrustText } from './text';
import '../styles/trust.css';

/** Values break only after a slash: "score − 1" and "−1.5 / −2.25" stay readable. */
const keepTogether = (v: string) => v.replaceAll(' ', '\u00a0').replaceAll('\u00a0/\u00a0', '\u00a0/ ');

function EvidenceTable({ s }: { s: TrustSettings }) {
  const text = useTrustText();
  const { t } = text;
  const n = (v: number) => text.number(v);
  const neg = (v: number) => (v === 0 ? '0' : `\u2212${text.number(v * s.asymmetry)}`);
  const split = t('howto.ev.resultSplit', { ability: text.percent(s.resultPromiseAbilityShare), integrity: text.percent(1 - s.resultPromiseAbilityShare) });
  const rows: { kind: 'promise' | 'incident' | 'interaction' | 'advice' | 'review'; what: string; plus: string; minus: string; dim: string }[] = [
    { kind: 'promise', what: t('howto.ev.keptResult'), plus: `+${n(s.promiseKeptResult)}`, minus: '', dim: split },
    { kind: 'promise', what: t('howto.ev.keptEffort'), plus: `+${n(s.promiseKeptEffort)}`, minus: '', dim: t('dimension.integrity') },
    { kind: 'promise', what: t('howto.ev.keptLate', { perDay: n(s.promiseKeptLatePerDay) }), plus: `+${n(s.promiseKeptLatePositive)}`, minus: neg(s.promiseKeptLateNegative), dim: t('howto.ev.effortOrResult') },
    { kind: 'promise', what: t('howto.ev.brokenResult'), plus: '', minus: `${neg(s.promiseBrokenResult)} / ${neg(s.promiseBrokenResult * s.promiseInContractFactor)}`, dim: split },
    { kind: 'promise', what: t('howto.ev.brokenEffort'), plus: '', minus: `${neg(s.promiseBrokenEffort)} / ${neg(s.promiseBrokenEffort * s.promiseInContractFactor)}`, dim: t('dimension.integrity') },
    { kind: 'promise', what: t('howto.ev.overdue', { days: n(s.promiseOverduePhaseInDays) }), plus: '', minus: `${neg(s.promiseBrokenEffort)} … ${neg(s.promiseBrokenResult * s.promiseInContractFactor)}`, dim: t('howto.ev.effortOrResult') },
    { kind: 'promise', what: t('howto.ev.renegotiated'), plus: '', minus: `${neg(s.promiseRenegotiatedEarly)} / ${neg(s.promiseRenegotiatedLate)}`, dim: t('howto.ev.effortOrResult') },
    { kind: 'incident', what: t('howto.ev.incident'), plus: '', minus: [s.incidentLow, s.incidentMedium, s.incidentHigh, s.incidentCritical].map(neg).join(' / '), dim: t('dimension.ability') },
    { kind: 'incident', what: t('howto.ev.handledWell'), plus: `+${n(s.incidentHandledWell)}`, minus: '', dim: t('dimension.ability') },
    { kind: 'incident', what: t('howto.ev.handledBadly'), plus: '', minus: neg(s.incidentHandledBadly), dim: t('dimension.ability') },
    { kind: 'interaction', what: t('howto.ev.interaction'), plus: `+${n(s.interactionPositive)} / +${n(s.interactionNeutral)}`, minus: neg(s.interactionNegative), dim: t('dimension.benevolence') },
    { kind: 'advice', what: t('howto.ev.advice'), plus: `+${n(s.advice)}`, minus: '', dim: t('dimension.benevolence') },
    { kind: 'review', what: t('howto.ev.review', { factor: n(s.reviewFactor) }), plus: t('howto.ev.reviewPlus'), minus: t('howto.ev.reviewMinus'), dim: t('howto.ev.allScored') },
  ];
  return (
    <div className="table-card howto__table">
      <table className="table">
        <caption className="visually-hidden">{t('howto.ev.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('howto.ev.colWhat')}</th>
            <th scope="col" className="num">{t('howto.ev.colPlus')}</th>
            <th scope="col" className="num">{t('howto.ev.colMinus')}</th>
            <th scope="col">{t('howto.ev.colDimension')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.what}>
              <th scope="row" className="howto__what"><span className="howto__what-inner"><MarkerIcon kind={r.kind} /> {r.what}</span></th>
              <td className="num trust-up">{r.plus ? keepTogether(r.plus) : '—'}</td>
              <td className="num trust-down">{r.minus ? keepTogether(r.minus) : '—'}</td>
              <td>{r.dim}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The supplier with the most entries among the active ones, for the worked example. */
function useExampleSupplier(): number | null | undefined {
  const portfolio = usePortfolio();
  return useMemo(() => {
    if (!portfolio.data) return undefined;
    const active = portfolio.data.suppliers.filter((r) => r.status === 'active' && r.entryCount > 0);
    if (active.length === 0) return null;
    return [...active].sort((a, b) => b.entryCount - a.entryCount || a.id - b.id)[0]!.id;
  }, [portfolio.data]);
}

/** The model worked through one entry of the manager's own journal: the one that moved trust most in the last year. */
function OwnExample({ s }: { s: TrustSettings }) {
  const text = useTrustText();
  const { t } = text;
  const supplierId = useExampleSupplier();
  const view = useSupplierTrust(supplierId ?? 0, null, null, typeof supplierId === 'number');
  const suppliers = usePortfolio();
  const example = useMemo(() => {
    const v = view.data;
    if (!v || v.markers.length === 0) return null;
    const yearAgo = addDays(v.today, -365);
    const recent = v.markers.filter((m) => m.effectOn >= yearAgo);
    const pick = [...(recent.length ? recent : v.markers)].sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect))[0]!;
    // The chart's row on (or just before) the day it landed: trust with it.
    const row = [...v.rows].reverse().find((r) => r.date <= pick.effectOn) ?? v.rows[0]!;
    const age = daysBetween(pick.effectOn, v.today);
    return {
      marker: pick, after: row.trust, before: row.trust - pick.effect, age,
      evidence: s.priorWeight / row.uncertainty - s.priorWeight, share: Math.pow(2, -age / s.halfLifeDays), now: v.now.trust,
    };
  }, [view.data, s]);
  const name = suppliers.data?.suppliers.find((r) => r.id === supplierId)?.name ?? '';
  return (
    <section data-testid="howto-example">
      <h2 className="howto__h2">{t('howto.example.title')}</h2>
      {supplierId === null || (view.data && !example) ? (
        <p className="trust-muted">{t('howto.example.none')}</p>
      ) : !example ? (
        <p className="trust-muted">{t('howto.example.loading')}</p>
      ) : (
        <>
          <p>{t('howto.example.p1', {
            supplier: name, date: text.date(example.marker.effectOn), title: example.marker.title,
            reason: text.reasons(example.marker.reasons), before: text.percent(example.before), after: text.percent(example.after),
            points: text.points(example.marker.effect),
          })}</p>
          <p>{t('howto.example.p2', { evidence: text.number(Math.round(example.evidence)), prior: text.number(s.priorWeight) })}</p>
          <p>{t('howto.example.p3', { age: text.number(example.age), share: text.percent(example.share), supplier: name, now: text.percent(example.now) })}</p>
        </>
      )}
    </section>
  );
}

/** Shown while the journal holds settings of model version 1 that the manager had changed. */
function ModelNotice() {
  const text = useTrustText();
  const { t } = text;
  const notice = useTrustModelNotice();
  const keep = useKeepTrustSettings();
  const reset = useResetTrustSettings();
  const kept = notice.data?.notice?.kept;
  if (!kept) return null;
  const list = (Object.keys(kept) as (keyof TrustSettings)[])
    .map((k) => `${t(`settings.field.${k}.label`)}: ${text.number(kept[k]!)}`)
    .join('; ');
  return (
    <section className="howto-notice" role="status" data-testid="model-notice">
      <h2 className="howto__h2">{t('howto.notice.title')}</h2>
      <p>{t('howto.notice.p1', { asym: text.number(DEFAULT_TRUST_SETTINGS.asymmetry) })}</p>
      <p>{t('howto.notice.p2', { kept: list })}</p>
      <div className="howto-notice__actions">
        <Button variant="primary" busy={keep.isPending} onClick={() => keep.mutate()}>
          {t('howto.notice.keep')}
        </Button>
        <Button variant="secondary" busy={reset.isPending} onClick={() => reset.mutate()}>
          {t('howto.notice.reset')}
        </Button>
      </div>
    </section>
  );
}

function Explanation({ s }: { s: TrustSettings }) {
  const text = useTrustText();
  const { t } = text;
  const p = {
    halfLife: text.number(s.halfLifeDays),
    asym: text.number(s.asymmetry),
    weight: text.number(s.priorWeight),
    base: text.percent(s.baseRate),
    contract: text.number(s.promiseInContractFactor),
    phase: text.number(s.promiseOverduePhaseInDays),
  };
  return (
    <div className="howto" data-testid="howto">
      <ModelNotice />
      <section>
        <h2 className="howto__h2">{t('howto.evidence.title')}</h2>
        <p>{t('howto.evidence.p1')}</p>
        <p>{t('howto.evidence.p2', p)}</p>
        <EvidenceTable s={s} />
      </section>
      <section>
        <h2 className="howto__h2">{t('howto.dimensions.title')}</h2>
        <dl className="howto__dims">
          {(['ability', 'integrity', 'benevolence'] as const).map((d) => (
            <div key={d}>
              <dt>{t(`dimension.${d}`)}</dt>
              <dd>{t(`howto.dimensions.${d}`)}</dd>
            </div>
          ))}
        </dl>
        <p>{t('howto.dimensions.overall')}</p>
      </section>
      <section>
        <h2 className="howto__h2">{t('howto.decay.title')}</h2>
        <p>{t('howto.decay.p1', p)}</p>
        <p>{t('howto.decay.p2', p)}</p>
      </section>
      <section>
        <h2 className="howto__h2">{t('howto.start.title')}</h2>
        <p>{t('howto.start.p1', p)}</p>
        <p className="howto__formula">{t('howto.start.formula')}</p>
        <p>{t('howto.start.p2', p)}</p>
      </section>
      <section>
        <h2 className="howto__h2">{t('howto.band.title')}</h2>
        <p>{t('howto.band.p1')}</p>
        <p>{t('howto.band.p2')}</p>
      </section>
      <section>
        <h2 className="howto__h2">{t('howto.promises.title')}</h2>
        <p>{t('howto.promises.p1', p)}</p>
      </section>
      <section>
        <h2 className="howto__h2">{t('howto.flags.title')}</h2>
        <ul className="howto__list">
          <li>{t('howto.flags.eroding')}</li>
          <li>{t('howto.flags.buildingUp')}</li>
          <li>{t('howto.flags.quiet')}</li>
        </ul>
        <p>{t('howto.flags.p1')}</p>
      </section>
      <section>
        <h2 className="howto__h2">{t('howto.conduct.title')}</h2>
        <p>{t('howto.conduct.p1')}</p>
      </section>
      <section>
        <h2 className="howto__h2">{t('howto.why.title')}</h2>
        <p>{t('howto.why.p1')}</p>
        <p>{t('howto.why.p2')}</p>
        <p>{t('howto.why.p3')}</p>
      </section>
      <OwnExample s={s} />
    </div>
  );
}

export function HowTrustWorks() {
  const { t } = useTranslation('trust');
  const settings = useTrustSettings();
  return (
    <div className="page howto-page">
      <PageHeader title={t('howto.title')} subtitle={t('howto.subtitle')} />
      {settings.isPending ? (
        <Spinner block />
      ) : settings.isError ? (
        <FormError error={settings.error} />
      ) : (
        <div className="howto-layout">
          <Explanation s={settings.data} />
          <TrustSettingsForm key={JSON.stringify(settings.data)} settings={settings.data} />
        </div>
      )}
    </div>
  );
}
