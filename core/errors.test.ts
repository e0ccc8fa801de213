// zod 4 leaves `input` out of an issue unless parsed with reportInput; the
// error keys must say what is wrong either way (and when zod changes the
// message this relies on, this test says so).
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { issueFromZod } from './errors';

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
