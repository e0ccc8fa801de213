// The search results screen: the palette's search with its filters
// (supplier, kind, dates, private notes, trash) and room for every result.
// Results follow the form as it is typed; the box's text is in the address
// (?q=) so the palette can open it.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Lock, Trash2 } from 'lucide-react';
import { useDeferredValue, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { z } from 'zod';
import { ENTRY_KINDS } from '../../core/schemas';
import type { SearchResult } from '../../core/search/result';
import { api, ApiFailure } from '../api/client';
import { useSuppliers } from '../api/queries';
import { Checkbox, DateField, Select, TextField } from '../components/fields';
import { FormError } from '../components/FieldError';
import { encodeIssue, schemaResolver } from '../components/form';
import { PageHeader } from '../components/PageHeader';
import { Spinner } from '../components/Spinner';
import { useFormat } from '../i18n/format';
import { Marked } from './Marked';
import { HitFile } from './HitFile';
import { meetingHref, MeetingHitText } from './MeetingHit';
import '../styles/search.css';

const filterSchema = z
  .object({
    query: z.string().max(500),
    supplierId: z.string(),
    kind: z.union([z.literal(''), z.enum(ENTRY_KINDS)]),
    from: z.string().nullable(),
    to: z.string().nullable(),
    includePrivate: z.boolean(),
    includeTrash: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.to < v.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'periodEndBeforeStart' });
  });
type Filters = z.output<typeof filterSchema>;

export function SearchScreen() {
  const { t } = useTranslation('search');
  const { t: tj } = useTranslation('journal');
  const [params, setParams] = useSearchParams();
  const suppliers = useSuppliers();
  const { register, control, formState: { errors } } = useForm<Filters>({
    resolver: schemaResolver(filterSchema),
    defaultValues: { query: params.get('q') ?? '', supplierId: '', kind: '', from: null, to: null, includePrivate: true, includeTrash: false },
    mode: 'onChange',
  });
  const values = useDeferredValue(useWatch({ control }) as Filters);
  const valid = filterSchema.safeParse(values);
  const input = valid.success
    ? {
        query: values.query, supplierId: values.supplierId ? Number(values.supplierId) : null, kinds: values.kind ? [values.kind] : [],
        from: values.from || null, to: values.to || null, includePrivate: values.includePrivate, includeTrash: values.includeTrash, limit: 200,
      }
    : null;
  const filtered = Boolean(input && (input.supplierId || input.kinds.length || input.from || input.to || input.includeTrash));
  const results = useQuery({
    queryKey: ['search', 'screen', input],
    queryFn: () => api.search(input!),
    enabled: input !== null && (input.query.trim() !== '' || filtered),
    placeholderData: keepPreviousData,
    retry: false,
  });
  const queryRegistration = register('query', {
    onChange: (e: { target: { value: string } }) => setParams((p) => {
      const next = new URLSearchParams(p);
      if (e.target.value) next.set('q', e.target.value);
      else next.delete('q');
      return next;
    }, { replace: true }),
  });
  const serverIssue = results.error instanceof ApiFailure ? results.error.error.issues[0] : undefined;
  const queryError = serverIssue ? { type: 'server', message: encodeIssue(serverIssue) } : errors.query;

  return (
    <div className="page search-screen">
      <PageHeader title={t('screen.title')} subtitle={t('screen.subtitle')} />
      <form className="search-filters" role="search" aria-label={t('screen.title')} onSubmit={(e) => e.preventDefault()}>
        <TextField
          label={t('screen.query')}
          registration={queryRegistration}
          error={queryError as never}
          hint={t('screen.syntax')}
          type="search"
          autoFocus
          className="search-filters__query"
        />
        <Select
          label={t('screen.supplier')}
          registration={register('supplierId')}
          options={[{ value: '', label: t('screen.allSuppliers') }, ...(suppliers.data ?? []).map((s) => ({ value: String(s.id), label: s.name }))]}
        />
        <Select
          label={t('screen.kind')}
          registration={register('kind')}
          options={[{ value: '', label: t('screen.allKinds') }, ...ENTRY_KINDS.map((k) => ({ value: k, label: tj(`kind.${k}`) }))]}
        />
        <DateField control={control} name="from" label={t('screen.from')} error={errors.from} />
        <DateField control={control} name="to" label={t('screen.to')} error={errors.to} />
        <div className="search-filters__checks">
          <Checkbox label={t('screen.includePrivate')} registration={register('includePrivate')} />
          <Checkbox label={t('screen.includeTrash')} registration={register('includeTrash')} />
        </div>
      </form>
      {!serverIssue && results.isError && <FormError error={results.error} />}
      <Results data={results.data && input && !serverIssue ? results.data : undefined} loading={results.isFetching && !results.data} />
    </div>
  );
}

function Results({ data, loading }: { data?: SearchResult; loading: boolean }) {
  const { t } = useTranslation('search');
  const { t: tj } = useTranslation('journal');
  const f = useFormat();
  const count = useMemo(() => data?.groups.reduce((n, g) => n + g.hits.length, 0) ?? 0, [data]);
  if (loading) return <Spinner block />;
  if (!data) return <p className="muted search-results__hint">{t('screen.start')}</p>;
  return (
    <section className="search-results" aria-label={t('screen.results')}>
      <p className="search-results__count" role="status">
        {t(data.more ? 'screen.countMore' : 'screen.count', { count: data.total, number: f.number(data.total), shown: f.number(count) })}
      </p>
      {data.suppliers.length > 0 && (
        <div className="search-group">
          <h2 className="search-group__title">{t('palette.suppliers')}</h2>
          <ul className="search-hits">
            {data.suppliers.map((s) => (
              <li key={s.supplierId}>
                <Link className="search-hit" to={`/suppliers/${s.supplierId}`}>
                  <span className="search-item__title"><Marked value={s.name} /></span>
                  {s.snippet && <span className="search-item__snippet"><Marked value={s.snippet} /></span>}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {data.meetings.length > 0 && (
        <div className="search-group">
          <h2 className="search-group__title">{t('palette.meetings')}</h2>
          <ul className="search-hits">
            {data.meetings.map((m) => (
              <li key={m.meetingId}>
                <Link className="search-hit" to={meetingHref(m)}><MeetingHitText hit={m} /></Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {data.groups.map((g) => (
        <div key={g.supplierId} className="search-group">
          <h2 className="search-group__title">
            <Link to={`/suppliers/${g.supplierId}`}>{g.supplierName}</Link>
          </h2>
          <ul className="search-hits">
            {g.hits.map((h) => (
              <li key={h.entryId}>
                <Link className="search-hit" to={h.deleted ? '/trash' : `/suppliers/${g.supplierId}?entry=${h.entryId}`}>
                  <span className="search-item__line">
                    <span className={`search-kind search-kind--${h.kind}`}>{tj(`kind.${h.kind}`)}</span>
                    <span className="search-item__title"><Marked value={h.title} /></span>
                    {h.private && (
                      <span className="search-item__private"><Lock size={12} aria-hidden="true" />{tj('flags.private')}</span>
                    )}
                    {h.deleted && (
                      <span className="search-item__private"><Trash2 size={12} aria-hidden="true" />{t('screen.inTrash')}</span>
                    )}
                    <time className="search-item__meta" dateTime={h.date}>{f.date(h.date)}</time>
                  </span>
                  {h.snippet && <span className="search-item__snippet"><Marked value={h.snippet} /></span>}
                  <HitFile name={h.file} />
                  {h.tags.length > 0 && <span className="search-item__tags">{h.tags.map((tag) => `#${tag}`).join(' ')}</span>}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
