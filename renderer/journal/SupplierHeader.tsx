// The supplier at the top of its page: who they are, the contract, contacts,
// notes, the counts that matter at a glance, and what you can do with it.
import { AlarmClock, Archive, ArchiveRestore, ChevronDown, ChevronRight, Handshake, Pencil, Plus, Trash2, TriangleAlert, CalendarClock } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import clsx from 'clsx';
import { todayIso } from '../../core/dates';
import { supplierFacts } from '../../core/supplier-fields';
import type { SupplierSummary } from '../../core/views';
import { useFormat } from '../i18n/format';
import { useForm } from 'react-hook-form';
import { endSupplierInput } from '../../core/schemas';
import { Button, buttonClass } from '../components/Button';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DateField } from '../components/DateField';
import { schemaResolver } from '../components/form';

export function SupplierHeader({
  supplier, onNewEntry, onEnd, onReopen, onDelete, busy, actions,
}: {
  supplier: SupplierSummary;
  /** More actions beside "Edit" (e.g. the review pack). */
  actions?: import('react').ReactNode;
  onNewEntry: () => void;
  onEnd: (endedOn: string | null) => Promise<unknown>;
  onReopen: () => void;
  onDelete: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation('journal');
  const f = useFormat();
  const [contactsOpen, setContactsOpen] = useState(false);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const endForm = useForm<{ endedOn: string | null }>({
    resolver: schemaResolver(endSupplierInput.omit({ id: true })) as never,
    defaultValues: { endedOn: todayIso() },
  });
  const ended = supplier.status === 'ended';
  const openPromises = supplier.openPromises + supplier.ourOpenPromises;

  // The end of the term running today (core/facts): a renewing contract's rolled forward, as the figures and the agenda say it.
  const termEnd = supplier.facts.term?.end ?? null;
  const contract =
    supplier.contractStart || termEnd
      ? t(supplier.autoRenews && termEnd ? 'header.contractPeriodRenews' : 'header.contractPeriod', {
          start: supplier.contractStart ? f.date(supplier.contractStart) : '…',
          end: termEnd ? f.date(termEnd) : t('header.open'),
        })
      : null;

  return (
    <header className="j-header">
      <div className="j-header__top">
        <div className="j-header__identity">
          <h1 className="j-header__name">{supplier.name}</h1>
          <div className="j-header__badges">
            {supplier.category && <span className="muted">{supplier.category}</span>}
            <span className={clsx('j-status', ended ? 'j-status--ended' : 'j-status--active')}>
              {ended ? <Archive size={13} aria-hidden="true" /> : <span className="j-status__dot" aria-hidden="true" />}
              {ended
                ? supplier.endedOn
                  ? t('header.endedOn', { date: f.date(supplier.endedOn) })
                  : t('header.ended')
                : t('header.active')}
            </span>
          </div>
        </div>
        <div className="j-header__actions">
          <Button variant="primary" onClick={onNewEntry} aria-keyshortcuts="n" title={t('shortcut.newEntry')}>
            <Plus size={16} aria-hidden="true" /> {t('action.newEntry')}
            <kbd className="kbd kbd-quiet kbd-onprimary" aria-hidden="true">
              N
            </kbd>
          </Button>
          <Link className={buttonClass({ variant: 'secondary' })} to={`/suppliers/${supplier.id}/edit`}>
            <Pencil size={15} aria-hidden="true" /> {t('action.editSupplier')}
          </Link>
          {actions}
          {ended ? (
            <Button onClick={onReopen} disabled={busy} title={t('action.reopen')}>
              <ArchiveRestore size={15} aria-hidden="true" /> <span className="j-header__folding">{t('action.reopen')}</span>
            </Button>
          ) : (
            <Button onClick={() => setConfirmEnd(true)} disabled={busy} title={t('action.endRelationship')}>
              <Archive size={15} aria-hidden="true" /> <span className="j-header__folding">{t('action.endRelationship')}</span>
            </Button>
          )}
          <Button variant="ghost" className="btn-danger-text" onClick={() => setConfirmDelete(true)} disabled={busy} title={t('action.delete')}>
            <Trash2 size={15} aria-hidden="true" /> <span className="j-header__folding">{t('action.delete')}</span>
          </Button>
        </div>
      </div>

      <dl className="j-header__facts">
        <div>
          <dt>{t('header.contract')}</dt>
          <dd>{contract ?? t('header.notRecorded')}</dd>
        </div>
        <div>
          <dt>{t('header.notice')}</dt>
          <dd>{supplier.noticeMonths == null ? t('header.notRecorded') : t('header.months', { count: supplier.noticeMonths })}</dd>
        </div>
        <div>
          <dt>{t('header.reviewInterval')}</dt>
          <dd>{supplier.reviewIntervalMonths == null ? t('header.noReviews') : t('header.everyMonths', { count: supplier.reviewIntervalMonths })}</dd>
        </div>
        {supplier.contractValue != null && (
          <div>
            <dt>{t('header.value')}</dt>
            <dd data-testid="contract-value">{f.money(supplier.contractValue, supplier.contractCurrency)}</dd>
          </div>
        )}
        {/* The declared facts (core/supplier-fields.ts) that hold a value, such as the contract reference. */}
        {supplierFacts(supplier).map((fact) => (
          <div key={fact.name}>
            <dt>{t(fact.label)}</dt>
            <dd data-testid={`fact-${fact.name}`}>{fact.value}</dd>
          </div>
        ))}
      </dl>

      <ul className="j-glance" aria-label={t('glance.label')}>
        <li className="j-glance__item">
          <Handshake size={18} aria-hidden="true" />
          <span className="j-glance__value">{f.number(openPromises)}</span>
          <span className="j-glance__label">
            {t('glance.openPromises', { count: openPromises })}
            {/* The open-promises panel lists both sides: say how this total splits. */}
            {supplier.ourOpenPromises > 0 && (
              <span className="j-glance__detail" data-testid="glance-promise-split">
                {t('glance.promiseSplit', { theirs: f.number(supplier.openPromises), ours: f.number(supplier.ourOpenPromises) })}
              </span>
            )}
          </span>
        </li>
        <li className={clsx('j-glance__item', supplier.overduePromises > 0 && 'j-glance__item--alert')}>
          <AlarmClock size={18} aria-hidden="true" />
          <span className="j-glance__value">{f.number(supplier.overduePromises)}</span>
          <span className="j-glance__label">{t('glance.overduePromises', { count: supplier.overduePromises })}</span>
        </li>
        <li className={clsx('j-glance__item', supplier.openIncidents > 0 && 'j-glance__item--warn')}>
          <TriangleAlert size={18} aria-hidden="true" />
          <span className="j-glance__value">{f.number(supplier.openIncidents)}</span>
          <span className="j-glance__label">{t('glance.openIncidents', { count: supplier.openIncidents })}</span>
        </li>
        <li className="j-glance__item">
          <CalendarClock size={18} aria-hidden="true" />
          <span className="j-glance__value j-glance__value--date">{supplier.lastEntryOn ? f.date(supplier.lastEntryOn) : '–'}</span>
          <span className="j-glance__label">{t('glance.lastEntry')}</span>
        </li>
      </ul>

      {(supplier.contacts.length > 0 || supplier.notes) && (
        <div className="j-header__more">
          {supplier.contacts.length > 0 && (
            <div className="j-contacts">
              <button
                type="button"
                className="j-disclosure"
                aria-expanded={contactsOpen}
                aria-controls="supplier-contacts"
                onClick={() => setContactsOpen((o) => !o)}
              >
                {contactsOpen ? <ChevronDown size={15} aria-hidden="true" /> : <ChevronRight size={15} aria-hidden="true" />}
                {t('header.contacts', { count: supplier.contacts.length })}
              </button>
              {contactsOpen && (
                <ul id="supplier-contacts" className="j-contacts__list">
                  {supplier.contacts.map((c, i) => (
                    <li key={i} className="j-contact">
                      <strong>{c.name}</strong>
                      {c.role && <span className="muted">{c.role}</span>}
                      {c.email && <a href={`mailto:${c.email}`}>{c.email}</a>}
                      {c.phone && <span>{c.phone}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
          {supplier.notes && (
            <div className="j-notes">
              <h2 className="j-notes__title">{t('header.notes')}</h2>
              <p className="j-notes__text">{supplier.notes}</p>
            </div>
          )}
        </div>
      )}

      <ConfirmDialog
        open={confirmEnd}
        onOpenChange={setConfirmEnd}
        title={t('end.title', { name: supplier.name })}
        description={t('end.description')}
        confirmLabel={t('action.endRelationship')}
        busy={busy}
        onConfirm={endForm.handleSubmit(async ({ endedOn }) => {
          await onEnd(endedOn);
          setConfirmEnd(false);
        })}
      >
        <DateField control={endForm.control} name="endedOn" label={t('end.date')} error={endForm.formState.errors.endedOn} optional />
      </ConfirmDialog>
      <ConfirmDialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        danger
        title={t('deleteSupplier.title', { name: supplier.name })}
        description={t('deleteSupplier.description')}
        confirmLabel={t('deleteSupplier.confirm')}
        busy={busy}
        onConfirm={() => {
          setConfirmDelete(false);
          onDelete();
        }}
      />
    </header>
  );
}
