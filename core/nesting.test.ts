import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonNestsDeeperThan, MAX_INPUT_DEPTH, nestsDeeperThan } from './nesting';

/** `{"a":{"a":…}}` `depth` levels deep, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe('how deeply an input nests', () => {
  it('counts objects and arrays, not the values in them', () => {
    expect(nestsDeeperThan('text', 0)).toBe(false);
    expect(nestsDeeperThan(null, 0)).toBe(false);
    expect(nestsDeeperThan({}, 0)).toBe(true);
    expect(nestsDeeperThan({}, 1)).toBe(false);
    expect(nestsDeeperThan({ a: [1, 2, { b: 'c' }] }, 2)).toBe(true);
    expect(nestsDeeperThan({ a: [1, 2, { b: 'c' }] }, 3)).toBe(false);
    expect(nestsDeeperThan(nested(MAX_INPUT_DEPTH), MAX_INPUT_DEPTH)).toBe(false);
    expect(nestsDeeperThan(nested(MAX_INPUT_DEPTH + 1), MAX_INPUT_DEPTH)).toBe(true);
  });

  it('the deepest input a method takes is far inside the limit', () => {
    const supplier = { name: 'Acme', contacts: [{ name: 'Ann', role: 'Account manager', email: 'ann@acme.example' }], tags: ['hosting'] };
    const csv = { text: 'a;b\n1;2', mapping: { title: 'a', date: 'b' }, supplierId: 1 };
    for (const input of [supplier, csv]) expect(nestsDeeperThan(input, 3)).toBe(false);
  });

  it('a million levels: answered without a stack (a recursive walk would overflow it)', () => {
    expect(nestsDeeperThan(nested(1_000_000), MAX_INPUT_DEPTH)).toBe(true);
    expect(jsonNestsDeeperThan(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`, MAX_INPUT_DEPTH)).toBe(true);
  });

  it('a value that contains itself, or shares one object many times over, ends the walk', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(nestsDeeperThan(loop, MAX_INPUT_DEPTH)).toBe(true);
    // 40 levels, each holding the next twice: 2^40 paths, 40 objects.
    let shared: unknown = {};
    for (let i = 0; i < 40; i++) shared = [shared, shared];
    expect(nestsDeeperThan(shared, MAX_INPUT_DEPTH)).toBe(false);
    expect(nestsDeeperThan(shared, 40)).toBe(true);
  });

  it('reads JSON text and the value parsed from it alike (brackets inside strings do not count)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 0, max: 10 }), (value, max) => {
        const text = JSON.stringify(value);
        expect(jsonNestsDeeperThan(text, max)).toBe(nestsDeeperThan(JSON.parse(text), max));
      }),
    );
    expect(jsonNestsDeeperThan('{"a":"[[[[\\"{{{{"}', 1)).toBe(false);
  });
});
