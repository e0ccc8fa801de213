import { describe, expect, it } from 'vitest';
import { dispatch } from '../../core/dispatch';
import { openJournal } from '../index';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';

describe('smoke', () => {
  it('creates a supplier and an entry', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-'));
    const j = await openJournal(path.join(dir, 'j.sqlite'), { shell: 'browser' });
    const s = dispatch(j, 'createSupplier', { name: 'Acme' });
    console.log(JSON.stringify(s)); expect(s.ok).toBe(true);
    const sid = (s as { value: { id: number } }).value.id;
    const e = dispatch(j, 'createEntry', { supplierId: sid, kind: 'promise', date: '2026-01-01', title: 'Fix backups', dueOn: '2026-02-01', tags: ['Backup'] });
    expect(e).toMatchObject({ ok: true });
    const bad = dispatch(j, 'createEntry', { supplierId: sid, kind: 'promise', date: '2026-01-01', title: '', dueOn: '2025-02-01' });
    console.log(JSON.stringify(bad));
    console.log(JSON.stringify(dispatch(j, 'listSuppliers', {})));
    console.log(JSON.stringify(dispatch(j, 'listEntries', { supplierId: sid, text: 'BACK' })));
  });
});
