// The journal in worker threads, as both shells now hold it: the worker
// script is bundled the way scripts/build.mjs bundles it, and run for real.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { kindOf, methodsOfKind } from '../../core/contract';
import type { ApiResult } from '../../core/errors';
import { JournalWorkers } from '../shell/workers';
import { tempFile } from './helpers';
import { useJournalWorkerBundle } from './worker-bundle';

const bundle = useJournalWorkerBundle();
const opened: JournalWorkers[] = [];

afterAll(async () => {
  await Promise.all(opened.map((w) => w.close()));
});

async function open(file = tempFile(), readers = 2): Promise<JournalWorkers> {
  const workers = await JournalWorkers.open(file, { shell: 'browser', workerFile: bundle.file, readers, readersAtOpen: true });
  opened.push(workers);
  await workers.whenReadersReady();
  return workers;
}

/** A call as the session sends it: with the kind the contract declares. */
function call(workers: JournalWorkers, name: string, input: unknown = {}): Promise<ApiResult<unknown>> {
  return workers.route(name, kindOf(name) ?? 'write', input);
}

async function value<T>(workers: JournalWorkers, name: string, input: unknown = {}): Promise<T> {
  const r = await call(workers, name, input);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

function bigCsv(rows: number): string {
  const lines = ['Datum;Soort;Onderwerp;Omschrijving;Labels'];
  for (let i = 0; i < rows; i++) {
    lines.push(`2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')};notitie;Overleg ${i};Besproken: planning en capaciteit;overleg`);
  }
  return `${lines.join('\r\n')}\r\n`;
}
const mapping = { date: 'Datum', kind: 'Soort', title: 'Onderwerp', body: 'Omschrijving', tags: 'Labels' };

/** Resolves to the order in which the named promises settled. */
function settleOrder(named: Record<string, Promise<unknown>>): Promise<string[]> {
  const order: string[] = [];
  return Promise.all(Object.entries(named).map(([name, p]) => p.then(() => order.push(name)))).then(() => order);
}

describe('the journal in worker threads', () => {
  it('reads see every write at once, whichever worker answers them', async () => {
    const workers = await open();
    const made: number[] = [];
    for (let i = 0; i < 6; i++) {
      const supplier = await value<{ id: number }>(workers, 'createSupplier', { name: `Leverancier ${i}` });
      made.push(supplier.id);
      // Several reads at once, so both readers answer some of them.
      const seen = await Promise.all([
        value<{ name: string }>(workers, 'getSupplier', { id: supplier.id }),
        value<unknown[]>(workers, 'listSuppliers', {}),
        value<{ suppliers: number }>(workers, 'getJournalInfo'),
      ]);
      expect(seen[0].name).toBe(`Leverancier ${i}`);
      expect(seen[1]).toHaveLength(i + 1);
      expect(seen[2].suppliers).toBe(i + 1);
    }
    await value(workers, 'deleteSupplier', { id: made[0] });
    expect(await value<unknown[]>(workers, 'listSuppliers', {})).toHaveLength(5);
  });

  it('every read method answers through a connection that refuses writes (none of them writes)', async () => {
    const workers = await open();
    await value(workers, 'loadExampleJournal', { language: 'nl' });
    const suppliers = await value<{ id: number }[]>(workers, 'listSuppliers', {});
    const id = suppliers[0]!.id;
    const entries = await value<{ id: number; kind: string }[]>(workers, 'listEntries', { supplierId: id });
    const review = entries.find((e) => e.kind === 'review');
    const { meeting } = await value<{ meeting: { id: number } }>(workers, 'prepareMeeting', { supplierId: id });
    const file = await value<{ id: number }>(workers, 'addAttachment', { target: { supplierId: id }, name: 'a.txt', contentBase64: 'YQ==' });
    const inputs: Record<string, unknown> = {
      getMeeting: { id: meeting.id },
      listAttachments: { supplierId: id }, getAttachmentContent: { id: file.id },
      getSupplier: { id }, listEntries: { supplierId: id }, getEntry: { id: entries[0]!.id }, listTags: { supplierId: id },
      getSupplierTrust: { supplierId: id }, getReviewWaterfall: { supplierId: id, reviewId: review!.id },
      search: { query: 'back-up -x leverancier:a' },
    };
    for (const name of methodsOfKind('read')) {
      const result = await call(workers, name, inputs[name] ?? {});
      expect(result, name).toMatchObject({ ok: true });
    }
  });

  it('a read is answered while a 20,000-row import is being written', async () => {
    const workers = await open();
    const supplier = await value<{ id: number }>(workers, 'createSupplier', { name: 'Noordlicht IT' });
    const importing = call(workers, 'importCsv', { text: bigCsv(20_000), mapping, supplierId: supplier.id });
    // Until it commits, readers see none of it: all or nothing.
    const reading = value<unknown[]>(workers, 'listEntries', { supplierId: supplier.id });
    expect(await settleOrder({ read: reading, importing })).toEqual(['read', 'importing']);
    expect(await reading).toHaveLength(0);
    expect(await importing).toMatchObject({ ok: true, value: { imported: 20_000 } });
    expect(await value<unknown[]>(workers, 'listEntries', { supplierId: supplier.id })).toHaveLength(20_000);
  }, 60_000);

  it('no reader but beside a long call; the writer answers reads between the portfolio\'s steps; an idle reader rests again', async () => {
    const workers = await JournalWorkers.open(tempFile(), { shell: 'browser', workerFile: bundle.file, readers: 1, readersRestMs: 300 });
    opened.push(workers);
    // Reads and quick writes are answered by the writer alone: no reader's thread is started for them.
    expect(await value<unknown[]>(workers, 'listSuppliers', {})).toEqual([]);
    const supplier = await value<{ id: number }>(workers, 'createSupplier', { name: 'Noordlicht IT' });
    await Promise.all([value(workers, 'updateSupplier', { id: supplier.id, name: 'Noordlicht IT', notes: 'Contract verlengd' }), value(workers, 'getSupplier', { id: supplier.id })]);
    expect(workers.readersUp).toBe(0);

    // A long import keeps the writer busy: a reader starts beside it, and a read then does not wait for the import.
    const importing = call(workers, 'importCsv', { text: bigCsv(40_000), mapping, supplierId: supplier.id });
    await workers.whenReadersReady();
    expect(workers.readersUp).toBe(1);
    const reading = value<unknown[]>(workers, 'listEntries', { supplierId: supplier.id });
    expect(await settleOrder({ read: reading, importing })).toEqual(['read', 'importing']);
    expect(await reading).toHaveLength(0);
    expect(await importing).toMatchObject({ ok: true, value: { imported: 40_000 } });

    // Idle, it rests; reads go on through the writer.
    await expect.poll(() => workers.readersUp, { timeout: 15_000 }).toBe(0);
    expect(await value<unknown[]>(workers, 'listEntries', { supplierId: supplier.id })).toHaveLength(40_000);
    expect(workers.readersUp).toBe(0);

    // The portfolio computed again (new settings: every line) is done in steps: a read is answered between them, with no reader started.
    for (let s = 0; s < 12; s++) await value(workers, 'createSupplier', { name: `Leverancier ${s}` });
    await value(workers, 'updateTrustSettings', { halfLifeDays: 200 });
    const portfolio = call(workers, 'getPortfolio', {});
    const read = value(workers, 'getJournalInfo');
    expect(await settleOrder({ read, portfolio })).toEqual(['read', 'portfolio']);
    expect(await portfolio).toMatchObject({ ok: true });
    expect(workers.readersUp).toBe(0);
  }, 120_000);

  it('a read is answered while the writer computes the portfolio', async () => {
    const workers = await open();
    for (let s = 0; s < 4; s++) {
      const supplier = await value<{ id: number }>(workers, 'createSupplier', { name: `Leverancier ${s}` });
      await value(workers, 'importCsv', { text: bigCsv(5_000), mapping, supplierId: supplier.id });
    }
    const portfolio = call(workers, 'getPortfolio', {});
    const read = value<{ suppliers: number }>(workers, 'getJournalInfo');
    expect(await settleOrder({ read, portfolio })).toEqual(['read', 'portfolio']);
    expect(await portfolio).toMatchObject({ ok: true });
  }, 60_000);

  it('a journal found damaged after it opened: the readers let go of it too, and every call says so', async () => {
    const file = tempFile();
    const first = await open(file);
    const supplier = await value<{ id: number }>(first, 'createSupplier', { name: 'Acme' });
    await value(first, 'importCsv', { text: bigCsv(3_000), mapping, supplierId: supplier.id });
    await first.close();
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    const page = Math.floor((bytes.length / pageSize) * (2 / 3));
    bytes.fill(0xab, page * pageSize, page * pageSize + 64);
    fs.writeFileSync(file, bytes);
    const workers = await open(file);
    // Read through the reader at first; once the writer has read the file whole, refused.
    const answer = async () => {
      const r = await call(workers, 'listSuppliers', {});
      return r.ok ? 'read' : r.error.key;
    };
    await expect.poll(answer, { timeout: 15_000 }).toBe('corrupt');
    expect(await call(workers, 'getJournalStatus', {})).toMatchObject({ ok: true, value: { state: 'unusable', problem: { key: 'corrupt' } } });
    await workers.close();
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  }, 60_000);

  it('after a restore the readers answer from the restored journal, not the one it replaced', async () => {
    const workers = await open();
    await value(workers, 'createSupplier', { name: 'Voor de back-up' });
    const backup = await value<{ name: string }>(workers, 'backupNow');
    await value(workers, 'createSupplier', { name: 'Na de back-up' });
    expect(await value<unknown[]>(workers, 'listSuppliers', {})).toHaveLength(2);
    expect(await call(workers, 'restoreBackup', { name: backup.name })).toMatchObject({ ok: true });
    const names = (await value<{ name: string }[]>(workers, 'listSuppliers', {})).map((s) => s.name);
    expect(names).toEqual(['Voor de back-up']);
  });

  it('a file that is not a journal is left byte-identical and every call says why', async () => {
    const file = tempFile();
    fs.writeFileSync(file, 'Dit is een boodschappenlijst, geen journaal.\n');
    const before = fs.readFileSync(file);
    const workers = await open(file);
    expect(workers.isOpen).toBe(false);
    expect(workers.unusableReason?.key).toBe('notADatabase');
    const read = (await call(workers, 'listSuppliers', {})) as ApiResult<unknown>;
    expect(read).toMatchObject({ ok: false, error: { code: 'unavailable', key: 'notADatabase' } });
    expect(await value<{ state: string }>(workers, 'getJournalStatus')).toMatchObject({ state: 'unusable' });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('after close, the workers are gone and calls are refused, not lost', async () => {
    const file = tempFile();
    const workers = await open(file);
    await value(workers, 'createSupplier', { name: 'Blijft bewaard' });
    await workers.close();
    expect(await call(workers, 'listSuppliers', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    // Closed cleanly: the WAL was folded into the file, and it opens again with its data.
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const again = await open(file);
    expect((await value<{ name: string }[]>(again, 'listSuppliers', {})).map((s) => s.name)).toEqual(['Blijft bewaard']);
  });

  it('with no readers every call goes to the one worker and still answers', async () => {
    const workers = await open(tempFile(), 0);
    await value(workers, 'createSupplier', { name: 'Alleen' });
    expect(await value<unknown[]>(workers, 'listSuppliers', {})).toHaveLength(1);
  });

  it('reads an Outlook .msg, a mail and a workbook through the worker, its file readers loaded when the first file comes', async () => {
    const workers = await open(tempFile(), 0);
    const supplier = await value<{ id: number }>(workers, 'createSupplier', { name: 'Noordlicht IT' });
    const mail = (name: string) => ({ supplierId: supplier.id, name, contentBase64: fs.readFileSync(`db/test/fixtures/mail/${name}`).toString('base64') });
    // msgreader's class is its `exports.default`: read as the bundle reads it, a .msg was refused as "not a mail".
    expect((await value<{ subject: string }>(workers, 'readMail', mail('outlook.msg'))).subject).toBe('Incident 4711: storing e-mailserver opgelost');
    expect((await value<{ subject: string }>(workers, 'readMail', mail('gmail-reply.eml'))).subject).toBe('Re: Migration window');
    const sheet = await value<{ text: string }>(workers, 'readSpreadsheet', { contentBase64: fs.readFileSync('db/test/fixtures/leveranciers-nl.xlsx').toString('base64'), sheet: null });
    expect(sheet.text.split('\n')[0]).toMatch(/^Datum,Leverancier,Soort/);
  });
});
