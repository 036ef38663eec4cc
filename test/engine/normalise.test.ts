import { describe, expect, it } from 'vitest';
import { toNFC } from '../../engine/normalise.js';

const NFD = 'Trợ giúp'.normalize('NFD');

describe('toNFC', () => {
  it('composes text typed decomposed ("Unicode tổ hợp")', () => {
    expect(NFD).not.toBe('Trợ giúp'); // the input really is decomposed
    expect(toNFC(NFD)).toBe('Trợ giúp');
  });

  it('reaches strings in nested objects, arrays and keys, and leaves other values alone', () => {
    const input = { [NFD]: [NFD, { title: NFD, year: 2022, ok: true, none: null }] };
    expect(toNFC(input)).toEqual({ 'Trợ giúp': ['Trợ giúp', { title: 'Trợ giúp', year: 2022, ok: true, none: null }] });
  });

  it('copies instead of changing its input', () => {
    const input = { items: [NFD] };
    const output = toNFC(input);
    expect(input.items[0]).toBe(NFD);
    expect(output).not.toBe(input);
    expect(output.items).not.toBe(input.items);
  });

  it('keeps a "__proto__" key from JSON as plain data', () => {
    const output = toNFC(JSON.parse('{"__proto__": {"polluted": "có"}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
    expect(Object.keys(output)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
