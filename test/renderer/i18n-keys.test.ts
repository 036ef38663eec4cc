// Every language has a string for every key of every namespace, and each
// translation names the same {{placeholders}} as the Vietnamese source: a
// missing key would show Vietnamese (or the key) in the English UI, a
// misspelt placeholder would print "{{reason}}" instead of the reason.
// English may add plural forms (`key_one`) that Vietnamese does not need.
import { describe, expect, it } from 'vitest';
import { vi } from '../../renderer/src/i18n/vi/index.js';
import { en } from '../../renderer/src/i18n/en/index.js';

type Tree = { [key: string]: string | Tree };

/** "list.templates.create" → the string, for every leaf. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [p, v] of leaves(value, path)) found.set(p, v);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();
const PLURAL = /_one$/;

describe('UI strings: English matches the Vietnamese source', () => {
  it('has the same namespaces', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  for (const namespace of Object.keys(vi) as (keyof typeof vi)[]) {
    it(`"${namespace}" has the same keys, none empty, with the same placeholders`, () => {
      const source = leaves(vi[namespace] as Tree);
      const english = leaves(en[namespace] as unknown as Tree);
      const missing = [...source.keys()].filter((k) => !english.has(k));
      const extra = [...english.keys()].filter((k) => !source.has(k) && !(PLURAL.test(k) && source.has(k.replace(PLURAL, ''))));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });

      for (const [key, text] of english) {
        expect(text.trim(), `${namespace}:${key} is empty`).not.toBe('');
        const base = source.get(key.replace(PLURAL, ''))!;
        // A singular may leave out {{count}} ("one page"), but names nothing the source does not give.
        const wanted = placeholders(base).filter((p) => !(PLURAL.test(key) && p === 'count'));
        expect(placeholders(text).filter((p) => !(PLURAL.test(key) && p === 'count')), `${namespace}:${key}`).toEqual(wanted);
      }
      for (const [key, text] of source) expect(text.trim(), `${namespace}:${key} is empty`).not.toBe('');
    });
  }

  it('keeps the Vietnamese source in NFC, as the fonts and tests expect', () => {
    for (const namespace of Object.keys(vi) as (keyof typeof vi)[]) {
      for (const [key, text] of leaves(vi[namespace] as Tree)) expect(text, `${namespace}:${key}`).toBe(text.normalize('NFC'));
    }
  });
});
