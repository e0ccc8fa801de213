// Settle a promise (kept, kept late, broken, renegotiated, withdrawn, on a date)
// and resolve an incident (on a date, handled well or not).
import { useState } from 'react';
import { resolvedDateIssue, settledDateIssue } from '../../core/entry-rules';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { issueFromZod, type FieldIssue } from '../../core/errors';
import { resolveIncidentInput, settlePromiseInput, SETTLED_STATUSES } from '../../core/schemas';
import { todayIso } from '../../core/dates';
import type { IncidentEntry, PromiseEntry } from '../../core/types';
import { ApiFailure, api } from '../api/client';
import { useJournalMutation } from '../api/queries';
import { issueToFieldError, type YesNoUnknown } from './form';
import { Btn, Field, Modal, Segmented } from './ui';

type Issues = Record<string, ReturnType<typeof issueToFieldError>>;

function collect(issues: FieldIssue[]): Issues {
  const out: Issues = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? 'root');
    out[key] ??= issueToFieldError(issue);
  }
  return out;
}

type SettledStatus = (typeof SETTLED_STATUSES)[number];

export function SettleDialog({ promise, onClose }: { promise: PromiseEntry | null; onClose: () => void }) {
  return (
    <SettleDialogInner key={promise?.id ?? 0} promise={promise} onClose={onClose} />
  );
}

function SettleDialogInner({ promise, onClose }: { promise: PromiseEntry | null; onClose: () => void }) {
  const { t } = useTranslation('journal');
  const [status, setStatus] = useState<SettledStatus>('kept');
  const [settledOn, setSettledOn] = useState(todayIso());
  const [issues, setIssues] = useState<Issues>({});
  const settle = useJournalMutation(api.settlePromise);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!promise) return;
    const input = { id: promise.id, status, settledOn };
    const parsed = settlePromiseInput.safeParse(input);
    const local = parsed.success ? [] : parsed.error.issues.map(issueFromZod);
    const dateIssue = parsed.success ? settledDateIssue(promise.date, settledOn) : null;
    if (dateIssue) local.push(dateIssue);
    if (local.length) return setIssues(collect(local));
    try {
      await settle.mutateAsync(input);
      toast.success(t('toast.settled', { title: promise.title, status: t(`status.${status}`) }));
      onClose();
    } catch (error) {
      setIssues(error instanceof ApiFailure ? collect(error.error.issues.length ? error.error.issues : [{ path: [], key: error.error.key, params: {} }]) : collect([{ path: [], key: 'internal', params: {} }]));
    }
  };

  return (
    <Modal
      open={promise !== null}
      onOpenChange={(o) => !o && onClose()}
      title={t('settle.title')}
      description={promise ? t('settle.description', { title: promise.title }) : undefined}
    >
      <form className="j-form" onSubmit={submit} noValidate>
        <Segmented
          legend={t('settle.status')}
          name="settle-status"
          value={status}
          onChange={setStatus}
          options={SETTLED_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          hint={t(`settle.statusHint.${status}`)}
          error={issues.status as never}
          className="j-segmented--wrap"
        />
        <Field label={t('form.settledOn')} error={issues.settledOn as never}>
          {(p) => <input {...p} className="j-input" type="date" value={settledOn} onChange={(e) => setSettledOn(e.target.value)} />}
        </Field>
        {issues.root && (
          <p className="j-form-error" role="alert">
            {t(`errors:${issues.root.type}`)}
          </p>
        )}
        <div className="j-dialog__actions">
          <Btn variant="ghost" onClick={onClose}>
            {t('action.cancel')}
          </Btn>
          <Btn variant="primary" type="submit" disabled={settle.isPending}>
            {t('action.settle')}
          </Btn>
        </div>
      </form>
    </Modal>
  );
}

export function ResolveDialog({ incident, onClose }: { incident: IncidentEntry | null; onClose: () => void }) {
  return <ResolveDialogInner key={incident?.id ?? 0} incident={incident} onClose={onClose} />;
}

function ResolveDialogInner({ incident, onClose }: { incident: IncidentEntry | null; onClose: () => void }) {
  const { t } = useTranslation('journal');
  const [resolvedOn, setResolvedOn] = useState(incident?.resolvedOn ?? todayIso());
  const [handled, setHandled] = useState<YesNoUnknown>(
    incident?.handledWell == null ? 'unknown' : incident.handledWell ? 'yes' : 'no',
  );
  const [issues, setIssues] = useState<Issues>({});
  const resolve = useJournalMutation(api.resolveIncident);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!incident) return;
    const input = { id: incident.id, resolvedOn, handledWell: handled === 'unknown' ? null : handled === 'yes' };
    const parsed = resolveIncidentInput.safeParse(input);
    const local = parsed.success ? [] : parsed.error.issues.map(issueFromZod);
    const dateIssue = parsed.success ? resolvedDateIssue(incident.date, resolvedOn) : null;
    if (dateIssue) local.push(dateIssue);
    if (local.length) return setIssues(collect(local));
    try {
      await resolve.mutateAsync(input);
      toast.success(t('toast.resolved', { title: incident.title }));
      onClose();
    } catch (error) {
      setIssues(error instanceof ApiFailure ? collect(error.error.issues.length ? error.error.issues : [{ path: [], key: error.error.key, params: {} }]) : collect([{ path: [], key: 'internal', params: {} }]));
    }
  };

  return (
    <Modal
      open={incident !== null}
      onOpenChange={(o) => !o && onClose()}
      title={t('resolve.title')}
      description={incident ? t('resolve.description', { title: incident.title }) : undefined}
    >
      <form className="j-form" onSubmit={submit} noValidate>
        <Field label={t('form.resolvedOn')} error={issues.resolvedOn as never}>
          {(p) => <input {...p} className="j-input" type="date" value={resolvedOn} onChange={(e) => setResolvedOn(e.target.value)} />}
        </Field>
        <Segmented
          legend={t('form.handledWell')}
          name="resolve-handled"
          value={handled}
          onChange={setHandled}
          options={(['yes', 'no', 'unknown'] as const).map((v) => ({ value: v, label: t(v) }))}
          hint={t('resolve.handledHint')}
          error={issues.handledWell as never}
        />
        {issues.root && (
          <p className="j-form-error" role="alert">
            {t(`errors:${issues.root.type}`)}
          </p>
        )}
        <div className="j-dialog__actions">
          <Btn variant="ghost" onClick={onClose}>
            {t('action.cancel')}
          </Btn>
          <Btn variant="primary" type="submit" disabled={resolve.isPending}>
            {t('action.resolve')}
          </Btn>
        </div>
      </form>
    </Modal>
  );
}
