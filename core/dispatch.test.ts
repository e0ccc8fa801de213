// The shape every call is answered in (core/dispatch.ts answerCall): the
// journal's methods, the host's file methods and the session's methods all
// go through it, so a caller sees the same ApiResult whoever answers.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { answerCall, answerCallAsync } from './dispatch';
import { JournalError } from './errors';

const schema = z.object({ name: z.string().min(1), size: z.number().default(3) }).default({ name: 'fallback', size: 3 });
const valid = { name: 'a' };
const failWith = (code: string) => Object.assign(new Error(code), { code });

describe('answering a call', () => {
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  afterEach(() => logged.mockClear());

  it('runs with the parsed input, defaults filled in; null reads as no input', () => {
    expect(answerCall('m', schema, { name: 'a' }, (input) => input)).toEqual({ ok: true, value: { name: 'a', size: 3 } });
    expect(answerCall('m', schema, null, (input) => input.name)).toEqual({ ok: true, value: 'fallback' });
  });

  it('answers invalid input with a validation error and never runs', () => {
    const run = vi.fn();
    const answer = answerCall('m', schema, { name: '' }, run);
    expect(answer).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: ['name'] }] } });
    expect(run).not.toHaveBeenCalled();
  });

  it('answers a JournalError with itself and a storage problem with its key, without logging', () => {
    expect(answerCall('m', schema, valid, () => { throw new JournalError('not_found', 'supplierNotFound'); }))
      .toEqual({ ok: false, error: { code: 'not_found', key: 'supplierNotFound', issues: [] } });
    expect(answerCall('m', schema, valid, () => { throw failWith('SQLITE_FULL'); })).toMatchObject({ ok: false, error: { code: 'conflict', key: 'diskFull' } });
    expect(logged).not.toHaveBeenCalled();
  });

  it('answers anything else as internal, and logs it with the method name', () => {
    const bug = new TypeError('x is undefined');
    expect(answerCall('listThings', schema, valid, () => { throw bug; })).toEqual({ ok: false, error: { code: 'internal', key: 'internal', issues: [] } });
    expect(logged).toHaveBeenCalledWith('[rapport] listThings failed:', bug);
  });

  it('answers work that finishes later the same way, rejections included', async () => {
    expect(await answerCallAsync('m', schema, { name: 'a' }, (input) => Promise.resolve(input.size * 2))).toEqual({ ok: true, value: 6 });
    expect(await answerCallAsync('m', schema, 42, () => Promise.resolve(1))).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await answerCallAsync('m', schema, valid, () => Promise.reject(new JournalError('conflict', 'journalBusy'))))
      .toEqual({ ok: false, error: { code: 'conflict', key: 'journalBusy', issues: [] } });
    expect(await answerCallAsync('m', schema, valid, () => Promise.reject(failWith('EACCES')))).toMatchObject({ ok: false, error: { key: 'noPermission' } });
    expect(await answerCallAsync('m', schema, valid, () => Promise.reject(new Error('boom')))).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged).toHaveBeenCalledTimes(1);
  });
});
