// zod 4 leaves `input` out of an issue unless parsed with reportInput; the
// error keys must say what is wrong either way (and when zod changes the
// message this relies on, this test says so).
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { issueFromZod, storageProblem } from './errors';

const schema = z.object({ title: z.string(), score: z.number().int().min(1).max(5), flag: z.boolean(), n: z.number().nullable() });
const keys = (input: unknown, reportInput = false) =>
  Object.fromEntries(schema.safeParse(input, { reportInput }).error!.issues.map(issueFromZod).map((i) => [i.path.join('.'), i.key]));

describe('issueFromZod', () => {
  for (const reportInput of [false, true]) {
    it(`tells missing from wrong type (reportInput ${reportInput})`, () => {
      expect(keys({}, reportInput)).toEqual({ title: 'required', score: 'required', flag: 'required', n: 'required' });
      expect(keys({ title: 5, score: 3.5, flag: 'ja', n: 'x' }, reportInput))
        .toEqual({ title: 'expectedText', score: 'expectedWholeNumber', flag: 'expectedYesNo', n: 'expectedNumber' });
      expect(keys({ title: null, score: 9, flag: true, n: null }, reportInput)).toEqual({ title: 'required', score: 'tooBig' });
    });
  }
});

describe('storageProblem', () => {
  const CASES: [string, string | null][] = [
    ['SQLITE_FULL', 'diskFull'], ['ENOSPC', 'diskFull'], ['EDQUOT', 'diskFull'],
    ['SQLITE_READONLY', 'readOnlyJournal'], ['SQLITE_READONLY_DBMOVED', 'readOnlyJournal'], ['EROFS', 'readOnlyJournal'],
    ['EACCES', 'noPermission'], ['EPERM', 'noPermission'], ['SQLITE_PERM', 'noPermission'],
    ['SQLITE_CANTOPEN', 'cannotOpen'], ['SQLITE_CANTOPEN_ISDIR', 'cannotOpen'],
    ['SQLITE_BUSY', 'journalBusy'], ['SQLITE_BUSY_SNAPSHOT', 'journalBusy'], ['SQLITE_LOCKED', 'journalBusy'],
    ['SQLITE_CORRUPT', 'corruptJournal'], ['SQLITE_CORRUPT_INDEX', 'corruptJournal'], ['SQLITE_NOTADB', 'corruptJournal'],
    ['SQLITE_IOERR', 'ioError'], ['SQLITE_IOERR_SHORT_READ', 'ioError'], ['EIO', 'ioError'],
    ['SQLITE_ERROR', null], ['SQLITE_CONSTRAINT_UNIQUE', null], ['ENOENT', null], ['', null],
  ];
  for (const [code, key] of CASES) {
    it(`${code || 'no code'} -> ${key ?? 'not a storage problem'}`, () => {
      const problem = storageProblem(Object.assign(new Error('raw'), { code }));
      if (key === null) expect(problem).toBeNull();
      else expect(problem?.toApiError()).toEqual({ code: 'conflict', key, issues: [{ path: [], key, params: {} }] });
    });
  }
  it('is null for what is not an error with a code', () => {
    expect(storageProblem(null)).toBeNull();
    expect(storageProblem('SQLITE_FULL')).toBeNull();
    expect(storageProblem(new Error('SQLITE_FULL'))).toBeNull();
  });
});
