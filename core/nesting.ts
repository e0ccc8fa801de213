// How deeply a call's input nests its objects and arrays, measured without
// recursion. The contract's inputs nest a few levels at most (a supplier's
// contacts: input > contacts > contact), but whatever walks a value
// recursively overflows the stack somewhere past ten thousand levels: the
// structured clone that carries an input to the journal's worker threads,
// JSON.stringify, a recursive checker. So a shell refuses a deeper input
// before anything walks it, with an error of its own (errors:inputTooDeep).
import type { ApiError } from './errors';

/** The deepest an input may nest. Far above what any method takes; far below where a stack gives out. */
export const MAX_INPUT_DEPTH = 64;

export const INPUT_TOO_DEEP: ApiError = { code: 'bad_request', key: 'inputTooDeep', issues: [] };

/**
 * True when `value` nests objects or arrays more than `max` levels deep.
 * Level by level, each object counted once per level: a value that refers
 * to itself (structured clone allows it) is too deep, never an endless walk.
 */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  let level: object[] = value !== null && typeof value === 'object' ? [value] : [];
  for (let depth = 1; level.length > 0; depth++) {
    if (depth > max) return true;
    const next = new Set<object>();
    for (const node of level) {
      for (const child of Object.values(node)) if (child !== null && typeof child === 'object') next.add(child);
    }
    level = [...next];
  }
  return false;
}

/** True when JSON `text` nests [ and { more than `max` levels deep (strings skipped): one pass, nothing built. */
export function jsonNestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return false;
}
