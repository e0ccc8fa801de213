// What a template may hold (core/templates.ts): never a date, a score, a
// status or an outcome, whatever fields entries gain later.
import { describe, expect, it } from 'vitest';
import { ENTRY_KINDS } from './entry-fields';
import { TEMPLATE_FIELDS_OF_KIND, templateValues } from './templates';

describe('template fields', () => {
  it('keep no date, score, status, ticket or outcome of any kind', () => {
    for (const kind of ENTRY_KINDS) {
      for (const f of TEMPLATE_FIELDS_OF_KIND[kind]) {
        expect(['date', 'score', 'yesNoUnknown', 'tags'], `${kind}.${f.name}`).not.toContain(f.type);
        expect(['status', 'settledOn', 'ticketRef', 'handledWell', 'resolvedOn', 'dueOn'], `${kind}.${f.name}`).not.toContain(f.name);
      }
    }
    expect(TEMPLATE_FIELDS_OF_KIND.promise.map((f) => f.name)).toEqual(['obligation', 'inContract']);
  });

  it('a template of each kind parses with only its kind given, and refuses another kind\'s field', () => {
    for (const kind of ENTRY_KINDS) expect(templateValues.safeParse({ kind }).success).toBe(true);
    expect(templateValues.safeParse({ kind: 'note', obligation: 'result' }).success).toBe(false);
    expect(templateValues.safeParse({ kind: 'promise', supplierId: 1 }).success).toBe(false);
  });
});
