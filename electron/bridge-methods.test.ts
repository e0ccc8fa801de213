import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../core/contract';
import { BRIDGE_METHODS } from './bridge-methods';

describe('preload method list', () => {
  it('is exactly the contract, in order', () => {
    expect([...BRIDGE_METHODS]).toEqual(METHOD_NAMES);
  });
});
