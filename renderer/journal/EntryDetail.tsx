// One entry in full, in a side sheet: every field, and Edit / Delete (and
// Settle for an open promise, Resolve for an open incident).
import { BookmarkPlus, CircleCheck, Handshake, Lock, Pencil, Trash2, UserRound } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELDS_OF_KIND, isLongText, type NamedField } from '../../core/entry-fields';
import type { Entry, EntryKind, IncidentEntry, PromiseEntry } from '../../core/types';
import { useFormat } from '../i18n/format';
import { EntryForm } from './EntryForm';
import { EntryFacts, overdueDays } from './facts';
import { KindBadge } from './kinds';
import { Button } from '../components/Button';
import { Sheet } from '../components/Dialog';
import { AttachmentList } from '../attachments/AttachmentList';
import { templateValuesOf } from '../../core/templates';
import { TemplateDialog, type TemplateStart } from '../templates/TemplateDialog';

const isEmpty = (value: unknown) => value === null || value === '';

/** A kind's fields as the details list them: as declared, with the long texts last. */
const detailFields = (kind: EntryKind) => [...FIELDS_OF_KIND[kind].filter((f) => !isLongText(f)), ...FIELDS_OF_KIND[kind].filter(isLongText)];

function Row({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div className="j-dl__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function EntryDetail({
  entry, onClose, onDelete, onSettle, onResolve,
}: {
  entry: Entry | null;
  onClose: () => void;
  onDelete: (entry: Entry) => void;
  onSettle: (entry: PromiseEntry) => void;
  onResolve: (entry: IncidentEntry) => void;
}) {
  const { t } = useTranslation('journal');
  const f = useFormat();
  const [editing, setEditing] = useState(false);
  const [asTemplate, setAsTemplate] = useState<TemplateStart | null>(null);
  const close = () => {
    setEditing(false);
    onClose();
  };
  const yesNo = (v: boolean | null) => t(v == null ? 'unknown' : v ? 'yes' : 'no');
  /** A declared field's value as the details show it, by its type (core/entry-fields.ts). */
  const showValue = (field: NamedField, value: unknown): ReactNode => {
    if (isEmpty(value) && field.type !== 'yesNoUnknown') return field.type === 'score' ? t('form.notScored') : t(field.whenEmpty ?? 'detail.none');
    switch (field.type) {
      case 'choice':
        return t(field.valueKey ? field.valueKey(value as string) : `${field.name}.${value as string}`);
      case 'date':
        return f.date(value as string, 'long');
      case 'yesNo':
      case 'yesNoUnknown':
        return yesNo(value as boolean | null);
      case 'score':
        return `${f.number(value as number)} / 5`;
      default:
        return String(value);
    }
  };

  return (
    <Sheet
      open={entry !== null}
      onOpenChange={(o) => !o && close()}
      label={entry ? t('detail.label', { kind: t(`kind.${entry.kind}`), title: entry.title }) : ''}
      title={entry ? (editing ? t('form.editTitle', { kind: t(`kind.${entry.kind}`) }) : entry.title) : ''}
    >
      {entry && editing && (
        <EntryForm
          key={entry.id}
          supplierId={entry.supplierId}
          kind={entry.kind}
          entry={entry}
          onCancel={() => setEditing(false)}
          onSaved={() => setEditing(false)}
        />
      )}
      {entry && !editing && (
        <div className="j-detail">
          <div className="j-detail__top">
            <KindBadge kind={entry.kind} />
            <time dateTime={entry.date} className="muted">
              {f.date(entry.date, 'long')}
            </time>
            {entry.private && (
              <span className="j-flag">
                <Lock size={13} aria-hidden="true" />
                {t('flags.private')}
              </span>
            )}
            {entry.side === 'ours' && (
              <span className="j-flag j-flag--ours">
                <UserRound size={13} aria-hidden="true" />
                {t('flags.ours')}
              </span>
            )}
          </div>
          <div className="j-row__facts">
            <EntryFacts entry={entry} />
          </div>

          <div className="j-detail__actions">
            <Button onClick={() => setEditing(true)}>
              <Pencil size={15} aria-hidden="true" /> {t('action.edit')}
            </Button>
            {entry.kind === 'promise' && entry.status === 'open' && (
              <Button onClick={() => onSettle(entry)}>
                <Handshake size={15} aria-hidden="true" /> {t('action.settle')}
              </Button>
            )}
            {entry.kind === 'incident' && (
              <Button onClick={() => onResolve(entry)}>
                <CircleCheck size={15} aria-hidden="true" /> {entry.resolvedOn ? t('action.editResolution') : t('action.resolve')}
              </Button>
            )}
            <Button onClick={() => setAsTemplate({ values: templateValuesOf(entry), name: entry.title })}>
              <BookmarkPlus size={15} aria-hidden="true" /> {t('templates.saveAs')}
            </Button>
            <Button variant="danger" onClick={() => onDelete(entry)}>
              <Trash2 size={15} aria-hidden="true" /> {t('action.delete')}
            </Button>
          </div>

          {entry.body ? (
            <section aria-label={t(`form.bodyLabel.${entry.kind}`)} className="j-detail__body">
              {entry.body}
            </section>
          ) : (
            <p className="muted">{t('detail.noBody')}</p>
          )}

          <dl className="j-dl">
            <Row label={t(`form.dateLabel.${entry.kind}`)}>{f.date(entry.date, 'long')}</Row>
            <Row label={entry.kind === 'promise' ? t('form.whoPromised') : t('form.side')}>
              {entry.kind === 'promise' ? t(`form.sidePromise.${entry.side}`) : t(`side.${entry.side}`)}
            </Row>
            {detailFields(entry.kind).map((field) => {
              const value = (entry as unknown as Record<string, unknown>)[field.name];
              if (isEmpty(value) && field.whenEmpty === 'hide') return null;
              return (
                <Row key={field.name} label={t(field.label)}>
                  {showValue(field, value)}
                  {field.name === 'dueOn' && overdueDays(entry) > 0 && (
                    <strong className="j-danger-text"> · {t('facts.overdueDays', { count: overdueDays(entry) })}</strong>
                  )}
                </Row>
              );
            })}
            <Row label={t('detail.tags')}>
              {entry.tags.length ? (
                <span className="j-row__tags">
                  {entry.tags.map((tag) => (
                    <span key={tag} className="j-tag">
                      {tag}
                    </span>
                  ))}
                </span>
              ) : (
                t('detail.none')
              )}
            </Row>
            <Row label={t('form.private')}>{yesNo(entry.private)}</Row>
          </dl>
          <AttachmentList target={{ entryId: entry.id }} label={t('attachments.title')} />
        </div>
      )}
      <TemplateDialog start={asTemplate} onClose={() => setAsTemplate(null)} />
    </Sheet>
  );
}
