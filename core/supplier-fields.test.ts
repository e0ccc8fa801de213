import { describe, expect, it } from 'vitest';
import { supplierInput } from './schemas';
import { SUPPLIER_FIELD_LIST, supplierDefaults, supplierFacts } from './supplier-fields';

describe('the supplier declaration', () => {
  it("gives a new supplier's empty values: the schema's own defaults, and nothing but a name to fill in", () => {
    const empty = supplierDefaults();
    expect(supplierInput.safeParse(empty).success).toBe(false);
    expect(supplierInput.parse({ ...empty, name: 'Acme' })).toEqual({ ...empty, name: 'Acme' });
    expect(supplierInput.parse({ name: 'Acme' })).toEqual({ ...empty, name: 'Acme' });
    // Each call is a fresh copy: a form that edits the contacts cannot change the next new supplier's.
    empty.contacts.push({ name: 'Kees', role: '', email: '', phone: '' });
    expect(supplierDefaults().contacts).toEqual([]);
  });

  it('names every field once, each in a column of its own', () => {
    const columns = SUPPLIER_FIELD_LIST.map((f) => f.column);
    expect(new Set(columns).size).toBe(columns.length);
    expect(SUPPLIER_FIELD_LIST.map((f) => f.name)).toContain('contractRef');
  });

  it('lists the facts the page and the pack show, only those that hold a value', () => {
    const acme = { ...supplierDefaults(), name: 'Acme', category: 'Cleaning' };
    expect(supplierFacts(acme)).toEqual([]);
    expect(supplierFacts({ ...acme, contractRef: 'PO-2025-0117' })).toEqual([
      { name: 'contractRef', label: 'common:supplierForm.contractRef', value: 'PO-2025-0117' },
    ]);
  });
});
