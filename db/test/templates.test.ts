// Entry templates (issue 25 item 5, migration 015) on real SQLite files,
// through the contract's gate: saved from an entry without its dates,
// supplier or outcome; renamed and changed; a name taken (case aside)
// refused in both languages with nothing written; the trash and back; and
// the JSON export and import that carry them.
import { describe, expect, it } from 'vitest';
import { catalogueI18n } from '../../core/catalogue';
import { sameJournalContent } from '../../core/export-format';
import { templateValuesOf } from '../../core/templates';
import { exportJson } from '../worker/export';
import { importJson } from '../worker/import';
import { call, freshJournal, ok } from './helpers';

const errorText = (language: 'en' | 'nl', key: string, params: Record<string, string | number> = {}) =>
  catalogueI18n(language, 'errors').t(key, { ns: 'errors', ...params });

const count = (j: Awaited<ReturnType<typeof freshJournal>>) => j.db.prepare('SELECT count(*) FROM entry_templates').pluck().get() as number;

const SERVICE_CALL = {
  kind: 'interaction' as const, title: 'Monthly service call', body: 'Agenda:\n- tickets\n- SLA', tags: ['monthly', 'sla'], channel: 'call' as const,
};

async function withPromise() {
  const j = await freshJournal();
  const s = ok(j, 'createSupplier', { name: 'Hosting BV' });
  const e = ok(j, 'createEntry', {
    supplierId: s.id, kind: 'promise', date: '2026-06-01', title: 'Patch within 30 days', body: 'Critical patches', tags: ['security'],
    side: 'supplier', obligation: 'result', inContract: true, dueOn: '2026-07-01', status: 'kept', settledOn: '2026-06-20', followUpOn: '2026-06-25',
  });
  return { j, s, e };
}

describe('saving a template', () => {
  it('keeps an entry\'s kind, title, body, tags and a promise\'s side, obligation and contract flag, never its dates, supplier or status', async () => {
    const { j, e } = await withPromise();
    const saved = ok(j, 'createEntryTemplate', { name: 'Security promise', values: templateValuesOf(e) });
    expect(saved).toMatchObject({ name: 'Security promise', kind: 'promise' });
    expect(saved.values).toEqual({
      kind: 'promise', title: 'Patch within 30 days', body: 'Critical patches', tags: ['security'], private: false, side: 'supplier', obligation: 'result', inContract: true,
    });
    expect(ok(j, 'listEntryTemplates', {})).toEqual([saved]);
  });

  it('refuses a date, a status or a supplier in a template, and writes nothing', async () => {
    const j = await freshJournal();
    for (const extra of [{ dueOn: '2026-07-01' }, { status: 'kept' }, { supplierId: 1 }, { date: '2026-06-01' }]) {
      const r = call(j, 'createEntryTemplate', { name: 'x', values: { kind: 'promise', ...extra } as never });
      expect(r.ok).toBe(false);
    }
    expect(count(j)).toBe(0);
  });

  it('refuses an empty name beside the name field', async () => {
    const j = await freshJournal();
    const r = call(j, 'createEntryTemplate', { name: '   ', values: SERVICE_CALL });
    expect(r.ok ? null : r.error.issues).toEqual([{ path: ['name'], key: 'required', params: {} }]);
    expect(count(j)).toBe(0);
  });
});

describe('names', () => {
  it('refuses a name another template has, case aside, with a message in English and Dutch, and writes nothing', async () => {
    const j = await freshJournal();
    ok(j, 'createEntryTemplate', { name: 'Monthly service call', values: SERVICE_CALL });
    const r = call(j, 'createEntryTemplate', { name: '  MONTHLY service CALL ', values: { kind: 'note' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'conflict', key: 'templateNameTaken' });
    expect(r.error.issues).toEqual([{ path: ['name'], key: 'templateNameTaken', params: { name: 'MONTHLY service CALL' } }]);
    expect(errorText('en', 'templateNameTaken', { name: 'X' })).toBe('There is already a template called “X”. Choose another name.');
    expect(errorText('nl', 'templateNameTaken', { name: 'X' })).toBe('Er is al een sjabloon met de naam „X”. Kies een andere naam.');
    expect(count(j)).toBe(1);
  });

  it('renames and changes a template; a rename onto another\'s name is refused and changes nothing', async () => {
    const j = await freshJournal();
    const a = ok(j, 'createEntryTemplate', { name: 'Service call', values: SERVICE_CALL });
    const b = ok(j, 'createEntryTemplate', { name: 'Quarterly review', values: { kind: 'review', title: 'Q review' } });
    const renamed = ok(j, 'updateEntryTemplate', { id: a.id, name: 'Monthly call', values: { ...SERVICE_CALL, tags: ['monthly'] } });
    expect(renamed).toMatchObject({ id: a.id, name: 'Monthly call', values: { tags: ['monthly'] } });
    // Its own name in another case is no clash.
    expect(ok(j, 'updateEntryTemplate', { id: a.id, name: 'MONTHLY CALL', values: SERVICE_CALL }).name).toBe('MONTHLY CALL');
    const clash = call(j, 'updateEntryTemplate', { id: b.id, name: 'monthly call', values: { kind: 'review' } });
    expect(clash.ok ? null : clash.error.key).toBe('templateNameTaken');
    expect(ok(j, 'listEntryTemplates', {}).map((t) => t.name)).toEqual(['MONTHLY CALL', 'Quarterly review']);
    expect(call(j, 'updateEntryTemplate', { id: 999, name: 'x', values: { kind: 'note' } })).toMatchObject({ ok: false, error: { key: 'templateNotFound' } });
  });

  it('a template in the trash frees its name; restoring it while the name is taken again is refused', async () => {
    const j = await freshJournal();
    const a = ok(j, 'createEntryTemplate', { name: 'Service call', values: SERVICE_CALL });
    ok(j, 'deleteEntryTemplate', { id: a.id });
    expect(ok(j, 'listEntryTemplates', {})).toEqual([]);
    expect(ok(j, 'listTrash', {})).toMatchObject([{ type: 'template', id: a.id, title: 'Service call', kind: 'interaction' }]);
    const b = ok(j, 'createEntryTemplate', { name: 'service call', values: { kind: 'note' } });
    expect(call(j, 'restoreFromTrash', { type: 'template', id: a.id })).toMatchObject({ ok: false, error: { key: 'templateNameTaken' } });
    ok(j, 'deleteEntryTemplate', { id: b.id });
    ok(j, 'restoreFromTrash', { type: 'template', id: a.id });
    expect(ok(j, 'listEntryTemplates', {}).map((t) => t.id)).toEqual([a.id]);
    expect(ok(j, 'emptyTrash', {}).purged).toBe(1);
    expect(count(j)).toBe(1);
  });
});

describe('export and import', () => {
  it('a round trip through JSON gives the same templates, ids and all', async () => {
    const { j, e } = await withPromise();
    ok(j, 'createEntryTemplate', { name: 'Security promise', values: templateValuesOf(e) });
    ok(j, 'createEntryTemplate', { name: 'Monthly service call', values: SERVICE_CALL });
    const gone = ok(j, 'createEntryTemplate', { name: 'Old one', values: { kind: 'note' } });
    ok(j, 'deleteEntryTemplate', { id: gone.id });
    const text = exportJson(j.db);
    expect((JSON.parse(text) as { templates: { name: string }[] }).templates.map((t) => t.name)).toEqual(['Security promise', 'Monthly service call']);

    const fresh = await freshJournal();
    importJson(fresh.db, text, { mode: 'replace-empty' });
    expect(sameJournalContent(exportJson(fresh.db), text)).toBe(true);
    expect(ok(fresh, 'listEntryTemplates', {})).toEqual(ok(j, 'listEntryTemplates', {}));
  });

  it('added as new beside templates here: the same one is not doubled, another with that name gets "(2)"', async () => {
    const j = await freshJournal();
    ok(j, 'createEntryTemplate', { name: 'Monthly service call', values: SERVICE_CALL });
    ok(j, 'createEntryTemplate', { name: 'Escalation', values: { kind: 'incident', severity: 'high' } });
    const text = exportJson(j.db);

    const other = await freshJournal();
    ok(other, 'createEntryTemplate', { name: 'monthly service call', values: SERVICE_CALL });
    ok(other, 'createEntryTemplate', { name: 'ESCALATION', values: { kind: 'note' } });
    importJson(other.db, text, { mode: 'add-as-new' });
    expect(ok(other, 'listEntryTemplates', {}).map((t) => t.name)).toEqual(['ESCALATION', 'Escalation (2)', 'monthly service call']);
  });

  it('refuses a file with two templates of one name, or a template with a date, and writes nothing', async () => {
    const j = await freshJournal();
    ok(j, 'createEntryTemplate', { name: 'Call', values: SERVICE_CALL });
    const data = JSON.parse(exportJson(j.db)) as { templates: Record<string, unknown>[] };
    const twice = { ...data, templates: [data.templates[0], { ...data.templates[0], id: 2, name: 'CALL' }] };
    const fresh = await freshJournal();
    expect(() => importJson(fresh.db, JSON.stringify(twice), { mode: 'replace-empty' })).toThrow('validation');
    const dated = { ...data, templates: [{ ...data.templates[0], values: { ...(data.templates[0]!.values as object), date: '2026-01-01' } }] };
    expect(() => importJson(fresh.db, JSON.stringify(dated), { mode: 'replace-empty' })).toThrow('validation');
    expect(count(fresh)).toBe(0);
  });
});
