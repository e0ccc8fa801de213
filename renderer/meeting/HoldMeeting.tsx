// Holding the meeting: one point at a time (Alt+PageDown / Alt+PageUp, or the
// list), its notes, its outcome and the actions agreed on it; the last step
// is the review's three scores, a summary and a decision on the contract.
// Every change is kept as made; the screen resumes on the point it was on.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DECISIONS, POINT_OUTCOMES, type Meeting, type MeetingPoint } from '../../core/meeting/types';
import { actionLine } from '../../core/meeting/minutes';
import { api } from '../api/client';
import { Button } from '../components/Button';
import { useFormat } from '../i18n/format';
import { Segmented } from '../components/Segmented';
import { ActionDialog, type ActionKind } from './ActionDialogs';
import { useAutosaved } from './autosave';
import { useMeetingChange } from './queries';
import { useShownAtOnce } from '../api/shown-at-once';

function Actions({ meeting, pointId }: { meeting: Meeting; pointId: number | null }) {
  const { t } = useTranslation('meeting');
  const f = useFormat();
  const remove = useMeetingChange(api.removeMeetingAction);
  const [kind, setKind] = useState<ActionKind | null>(null);
  const mine = meeting.actions.filter((a) => a.pointId === pointId);
  return (
    <div className="mt-actions">
      <h3 className="mt-h3">{t('hold.actions')}</h3>
      {mine.length === 0 ? <p className="muted">{t('hold.noActions')}</p> : (
        <ul className="mt-action-list">
          {mine.map((a) => (
            <li key={a.id}>
              {actionLine(a, t, f.date)}{a.private && <span className="mt-tag"> {t('hold.private')}</span>}
              {a.entryId === null || a.kind !== 'promise' ? (
                <Button size="sm" variant="ghost" onClick={() => remove.mutate({ id: a.id })}>{t('hold.removeAction')}</Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <div className="mt-action-buttons">
        <Button size="sm" onClick={() => setKind('promise')}>{t('action.promiseTitle')}</Button>
        <Button size="sm" onClick={() => setKind('settle')}>{t('action.settleTitle')}</Button>
        <Button size="sm" onClick={() => setKind('resolve')}>{t('action.resolveTitle')}</Button>
      </div>
      <ActionDialog key={kind ?? 'none'} meeting={meeting} pointId={pointId} kind={kind} onClose={() => setKind(null)} />
    </div>
  );
}

function PointStep({ meeting, point, index }: { meeting: Meeting; point: MeetingPoint; index: number }) {
  const { t } = useTranslation('meeting');
  const change = useMeetingChange(api.updateMeetingPoint);
  const [notes, setNotes, flush] = useAutosaved(point.notes, (value) => change.mutate({ id: point.id, notes: value }));
  const [notesPrivate, chooseNotesPrivate, forgetNotesPrivate] = useShownAtOnce(point.notesPrivate);
  const [outcome, chooseOutcome, forgetOutcome] = useShownAtOnce(point.outcome);
  return (
    <section className="mt-step" aria-labelledby="step-heading">
      <p className="page-eyebrow">{t('hold.pointOf', { n: index + 1, count: meeting.points.length })} · {t(`source.${point.source}`)} · {t(`purpose.${point.purpose}`)}</p>
      <h2 id="step-heading" className="mt-h2" tabIndex={-1}>{point.title}</h2>
      {point.detail && <p className="muted">{point.detail}</p>}
      {point.entryGone && <p className="mt-gone" role="note">{t('screen.entryGone')}</p>}
      <div className="field">
        <label className="field-label" htmlFor="point-notes">{t('hold.notes')}</label>
        <textarea id="point-notes" className="input textarea mt-notes" rows={5} value={notes} maxLength={20_000} onChange={(e) => setNotes(e.target.value)} onBlur={flush} />
      </div>
      <label className="checkbox-row">
        <input type="checkbox" className="checkbox" checked={notesPrivate} onChange={(e) => {
          chooseNotesPrivate(e.target.checked);
          change.mutate({ id: point.id, notesPrivate: e.target.checked }, { onError: forgetNotesPrivate });
        }} />
        {t('hold.notesPrivate')}
      </label>
      <Segmented legend={t('hold.outcome')} name="outcome" value={outcome ?? ''}
        onChange={(v) => {
          const chosen = v === '' ? null : (v as MeetingPoint['outcome']);
          chooseOutcome(chosen);
          change.mutate({ id: point.id, outcome: chosen }, { onError: forgetOutcome });
        }}
        options={[{ value: '', label: t('hold.open') }, ...POINT_OUTCOMES.map((o) => ({ value: o, label: t(`outcomeLabel.${o}`) }))]} />
      <Actions meeting={meeting} pointId={point.id} />
    </section>
  );
}

function WrapUp({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meeting');
  const { t: tj } = useTranslation('journal');
  const change = useMeetingChange(api.updateMeeting);
  const [summary, setSummary, flushSummary] = useAutosaved(meeting.summary, (value) => change.mutate({ id: meeting.id, summary: value }));
  const [reason, setReason, flushReason] = useAutosaved(meeting.decisionReason, (value) => change.mutate({ id: meeting.id, decisionReason: value }));
  const [decision, chooseDecision, forgetDecision] = useShownAtOnce(meeting.decision);
  return (
    <section className="mt-step" aria-labelledby="step-heading">
      <h2 id="step-heading" className="mt-h2" tabIndex={-1}>{t('wrap.heading')}</h2>
      <div className="mt-scores">
        <ScoreField meeting={meeting} field="scoreAbility" label={tj('form.scoreAbility')} />
        <ScoreField meeting={meeting} field="scoreIntegrity" label={tj('form.scoreIntegrity')} />
        <ScoreField meeting={meeting} field="scoreBenevolence" label={tj('form.scoreBenevolence')} />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="meeting-summary">{t('wrap.summary')}</label>
        <textarea id="meeting-summary" className="input textarea" rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} onBlur={flushSummary} />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="meeting-decision">{t('wrap.decision')}</label>
        <select id="meeting-decision" className="input" value={decision ?? ''} onChange={(e) => {
          const chosen = (e.target.value || null) as Meeting['decision'];
          chooseDecision(chosen);
          change.mutate({ id: meeting.id, decision: chosen }, { onError: forgetDecision });
        }}>
          <option value="">{t('wrap.noDecision')}</option>
          {DECISIONS.map((d) => <option key={d} value={d}>{t(`decisionChoice.${d}`)}</option>)}
        </select>
      </div>
      {decision && (
        <div className="field">
          <label className="field-label" htmlFor="meeting-decision-reason">{t('wrap.reason')}</label>
          <textarea id="meeting-decision-reason" className="input textarea" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} onBlur={flushReason} />
        </div>
      )}
      <Actions meeting={meeting} pointId={null} />
    </section>
  );
}

type ScoreName = 'scoreAbility' | 'scoreIntegrity' | 'scoreBenevolence';

function ScoreField({ meeting, field, label }: { meeting: Meeting; field: ScoreName; label: string }) {
  const { t } = useTranslation('meeting');
  const change = useMeetingChange(api.updateMeeting);
  const [score, chooseScore, forgetScore] = useShownAtOnce(meeting[field]);
  return (
    <div className="field">
      <label className="field-label" htmlFor={field}>{label}</label>
      <select id={field} className="input" value={score ?? ''} onChange={(e) => {
        const chosen = e.target.value ? Number(e.target.value) : null;
        chooseScore(chosen);
        change.mutate({ id: meeting.id, [field]: chosen }, { onError: forgetScore });
      }}>
        <option value="">{t('wrap.noScore')}</option>
        {[1, 2, 3, 4, 5].map((n) => <option key={n} value={n}>{n}</option>)}
      </select>
    </div>
  );
}

export function HoldMeeting({ meeting, onFinish, finishing }: { meeting: Meeting; onFinish: () => void; finishing: boolean }) {
  const { t } = useTranslation('meeting');
  const change = useMeetingChange(api.updateMeeting);
  const last = meeting.points.length; // the wrap-up step
  const [step, setStep] = useState(Math.min(meeting.currentPoint, last));
  const { mutate } = change;
  // The step is kept with the meeting: it resumes there after a restart.
  useEffect(() => {
    if (step !== meeting.currentPoint) mutate({ id: meeting.id, currentPoint: step });
  }, [step, meeting.id, meeting.currentPoint, mutate]);
  const go = (to: number) => {
    setStep(Math.max(0, Math.min(last, to)));
    requestAnimationFrame(() => document.getElementById('step-heading')?.focus());
  };
  // Anywhere on the screen, also while typing notes (a dialog open aside).
  useEffect(() => {
    const keys = (event: KeyboardEvent) => {
      if (!event.altKey || (event.key !== 'PageDown' && event.key !== 'PageUp') || document.querySelector('[role="dialog"]')) return;
      event.preventDefault();
      setStep((now) => Math.max(0, Math.min(last, now + (event.key === 'PageDown' ? 1 : -1))));
      requestAnimationFrame(() => document.getElementById('step-heading')?.focus());
    };
    window.addEventListener('keydown', keys);
    return () => window.removeEventListener('keydown', keys);
  }, [last]);
  const point = meeting.points[step];
  return (
    <div className="mt-hold">
      <nav className="mt-nav" aria-label={t('hold.navLabel')}>
        <ol>
          {meeting.points.map((p, i) => (
            <li key={p.id}>
              <button type="button" className="mt-nav__item" aria-current={i === step ? 'step' : undefined} onClick={() => go(i)}>
                <span className="mt-nav__n">{i + 1}.</span> {p.title}
                {p.outcome && <span className="mt-nav__outcome"> · {t(`outcome.${p.outcome}`)}</span>}
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="mt-nav__item" aria-current={step === last ? 'step' : undefined} onClick={() => go(last)}>{t('wrap.heading')}</button>
          </li>
        </ol>
      </nav>
      <div className="mt-main">
        <div className="mt-stepper">
          <Button onClick={() => go(step - 1)} disabled={step === 0}>{t('hold.previous')}</Button>
          {step < last ? <Button variant="primary" onClick={() => go(step + 1)}>{t('hold.next')}</Button>
            : <Button variant="primary" busy={finishing} onClick={onFinish}>{t('hold.finish')}</Button>}
          <span className="muted mt-hint">{t('hold.keys')}</span>
        </div>
        {point ? <PointStep key={point.id} meeting={meeting} point={point} index={step} /> : <WrapUp meeting={meeting} />}
      </div>
    </div>
  );
}
