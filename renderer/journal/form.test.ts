// The entry form's resolver runs the core schema through the zod resolver and
// puts each issue on the form field it names, as a catalogue key.
import { describe, expect, it, vi } from 'vitest';

// The renderer's modules expect a browser's globals; these tests need none of their behaviour.
vi.hoisted(() => {
  const g = globalThis as Record<string, unknown>;
  g.window ??= globalThis;
  g.navigator ??= { language: 'en' };
  g.location ??= { href: 'http://127.0.0.1/' };
});
import { decodeIssue } from '../components/form';
import { defaultValues, entryResolver, type EntryFormValues } from './form';

async function errorsOf(values: EntryFormValues) {
  const result = await entryResolver(1)(values, undefined, { fields: {}, shouldUseNativeValidation: false });
  return Object.fromEntries(Object.entries(result.errors).map(([field, error]) => [field, decodeIssue(error as never)?.key]));
}

describe('entryResolver', () => {
  it('passes a valid entry and hands back the form values themselves', async () => {
    const values = { ...defaultValues('note', '2025-03-01'), title: 'Call', tags: 'sla, finance' };
    const result = await entryResolver(1)(values, undefined, { fields: {}, shouldUseNativeValidation: false });
    expect(result.errors).toEqual({});
    expect(result.values).toEqual(values);
  });

  it('puts an issue deeper than a field (one tag of several) on the field', async () => {
    expect(await errorsOf({ ...defaultValues('note', '2025-03-01'), title: 'Call', tags: 'ok, ' + 'x'.repeat(80) })).toEqual({ tags: 'tooLong' });
  });

  it('shows the core rules (a due date before the promise) and a missing date beside their fields', async () => {
    const promise = { ...defaultValues('promise', '2025-05-10'), title: 'Fix the VPN', dueOn: '2025-05-01' };
    expect(await errorsOf(promise)).toEqual({ dueOn: 'dueBeforeMade' });
    // An emptied date field holds null.
    expect(await errorsOf({ ...promise, dueOn: '', date: null as never })).toEqual({ date: 'required' });
  });
});
