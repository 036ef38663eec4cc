// The UI speaks through renderer/src/i18n only: a component that writes its
// own words would stay Vietnamese (or English) when the user switches. This
// reads every renderer module (not the string files) with the TypeScript
// parser and lists each user-facing literal it finds:
// - JSX text with a letter in it;
// - any string or template literal with a Vietnamese letter (so labels in
//   tables and messages built outside JSX are caught too);
// - a literal with letters given to a JSX attribute people read or hear
//   (aria-label, title, placeholder, alt, label).
// A literal that truly is not language (a unit symbol, a code) carries a
// `// not translated: <why>` comment on its line or the line above.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { literalStrings, ROOT, sources } from '../helpers/literal-strings.js';

describe('renderer: no user-facing words outside the i18n string files', () => {
  it('finds none in any component or screen module', () => {
    const found = sources(ROOT).flatMap(literalStrings);
    expect(found, `Move these into renderer/src/i18n/{vi,en}/*.ts and use t():\n${found.join('\n')}`).toEqual([]);
  });

  it('would catch one (the scan itself works)', () => {
    const probe = join(import.meta.dirname, '..', 'fixtures', 'i18n-probe.tsx');
    expect(literalStrings(probe)).toEqual([
      expect.stringContaining(':5: Lưu'),
      expect.stringContaining(':6: Save'),
      expect.stringContaining(':7: Đã lưu'),
    ]);
  });
});
