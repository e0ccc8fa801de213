// "How trust works": the model in plain words for a manager, with the values
// currently in use, and the form to change them. A change redraws every chart.
import { useTranslation } from 'react-i18next';
import type { TrustSettings } from '../../core/trust/settings';
import { FormError } from '../components/FieldError';
import { PageHeader } from '../components/PageHeader';
import { Spinner } from '../components/Spinner';
import { useTrustSettings } from '../trust/queries';
import { TrustSettingsForm } from '../trust/SettingsForm';
import { MarkerIcon } from '../trust/shapes';
import { useTrustText } from '../trust/text';
import '../styles/trust.css';

/** Values break only after a slash: "score − 1" and "−1.5 / −2.25" stay readable. */
const keepTogether = (v: string) => v.replaceAll(' ', '\u00a0').replaceAll('\u00a0/\u00a0', '\u00a0/ ');

function EvidenceTable({ s }: { s: TrustSettings }) {
  const text = useTrustText();
  const { t } = text;
  const n = (v: number) => text.number(v);
  const neg = (v: number) => (v === 0 ? '0' : `\u2212${text.number(v * s.asymmetry)}`);
  const rows: { kind: 'promise' | 'incident' | 'interaction' | 'advice' | 'review'; what: string; plus: string; minus: string; dim: string }[] = [
    { kind: 'promise', what: t('howto.ev.keptResult'), plus: `+${n(s.promiseKeptResult)}`, minus: '', dim: 'integrity' },
    { kind: 'promise', what: t('howto.ev.keptEffort'), plus: `+${n(s.promiseKeptEffort)}`, minus: '', dim: 'integrity' },
    { kind: 'promise', what: t('howto.ev.keptLate'), plus: `+${n(s.promiseKeptLatePositive)}`, minus: neg(s.promiseKeptLateNegative), dim: 'integrity' },
    { kind: 'promise', what: t('howto.ev.brokenResult'), plus: '', minus: `${neg(s.promiseBrokenResult)} / ${neg(s.promiseBrokenResult * s.promiseInContractFactor)}`, dim: 'integrity' },
    { kind: 'promise', what: t('howto.ev.brokenEffort'), plus: '', minus: `${neg(s.promiseBrokenEffort)} / ${neg(s.promiseBrokenEffort * s.promiseInContractFactor)}`, dim: 'integrity' },
    { kind: 'promise', what: t('howto.ev.renegotiated'), plus: '', minus: `${neg(s.promiseRenegotiatedEarly)} / ${neg(s.promiseRenegotiatedLate)}`, dim: 'integrity' },
    { kind: 'incident', what: t('howto.ev.incident'), plus: '', minus: [s.incidentLow, s.incidentMedium, s.incidentHigh, s.incidentCritical].map(neg).join(' / '), dim: 'ability' },
    { kind: 'incident', what: t('howto.ev.handledWell'), plus: `+${n(s.incidentHandledWell)}`, minus: '', dim: 'ability' },
    { kind: 'interaction', what: t('howto.ev.interaction'), plus: `+${n(s.interactionPositive)} / +${n(s.interactionNeutral)}`, minus: neg(s.interactionNegative), dim: 'benevolence' },
    { kind: 'advice', what: t('howto.ev.advice'), plus: `+${n(s.advice)}`, minus: '', dim: 'benevolence' },
    { kind: 'review', what: t('howto.ev.review', { factor: n(s.reviewFactor) }), plus: t('howto.ev.reviewPlus'), minus: t('howto.ev.reviewMinus'), dim: 'all' },
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
              <td>{r.dim === 'all' ? t('howto.ev.allScored') : t(`dimension.${r.dim}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Explanation({ s }: { s: TrustSettings }) {
  const text = useTrustText();
  const { t } = text;
  const p = {
    pos: text.number(s.halfLifePositiveDays),
    neg: text.number(s.halfLifeNegativeDays),
    asym: text.number(s.asymmetry),
    weight: text.number(s.priorWeight),
    base: text.percent(s.baseRate),
    contract: text.number(s.promiseInContractFactor),
  };
  return (
    <div className="howto" data-testid="howto">
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
        <h2 className="howto__h2">{t('howto.conduct.title')}</h2>
        <p>{t('howto.conduct.p1')}</p>
      </section>
      <section>
        <h2 className="howto__h2">{t('howto.why.title')}</h2>
        <p>{t('howto.why.p1')}</p>
        <p>{t('howto.why.p2')}</p>
        <p>{t('howto.why.p3')}</p>
      </section>
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
