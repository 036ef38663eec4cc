import { join } from 'node:path';
import { openSync, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { fonts, ROOT } from './layout-fixtures.js';

const serif = { family: 'Noto Serif', bold: false, italic: false };

describe('font registry', () => {
  it('finds every family with its four faces from the fonts folder', () => {
    expect(fonts.knownFamilies()).toEqual(['Liberation Serif', 'Noto Sans', 'Noto Serif']);
    for (const family of ['Liberation Serif', 'Noto Sans', 'Noto Serif']) {
      for (const [bold, italic, style] of [[false, false, 'Regular'], [true, false, 'Bold'], [false, true, 'Italic'], [true, true, 'BoldItalic']] as const) {
        expect(fonts.fileOf({ family, bold, italic })).toMatch(new RegExp(`${family.replace(' ', '')}-${style}\\.ttf$`));
      }
    }
  });

  it('measures with the font\'s shaped advances, scaled by the size', () => {
    const font = openSync(join(ROOT, 'fonts/noto-serif/NotoSerif-Regular.ttf')) as Font;
    const word = 'Nghị định';
    const expected = (font.layout(word).advanceWidth / font.unitsPerEm) * 12;
    expect(fonts.measure(serif, 12, word)).toBeCloseTo(expected, 9);
    expect(fonts.measure(serif, 24, word)).toBeCloseTo(2 * expected, 9);
    // Kerning is applied: "AV" is narrower than "A" and "V" apart.
    expect(fonts.measure(serif, 12, 'AV')).toBeLessThan(fonts.measure(serif, 12, 'A') + fonts.measure(serif, 12, 'V'));
  });

  it('shapes decomposed marks onto their letters: NFD measures like NFC', () => {
    const nfc = 'Trợ giúp pháp lý Việt Nam';
    expect(fonts.measure(serif, 10, nfc.normalize('NFD'))).toBeCloseTo(fonts.measure(serif, 10, nfc), 6);
  });

  it('lists the characters a face has no glyph for', () => {
    expect(fonts.missingChars(serif, 'Ấn phẩm trợ giúp pháp lý – “Điều 7” №1 ₫')).toEqual([]);
    expect(fonts.missingChars(serif, 'Hán 漢 and ☃ and 漢')).toEqual(['漢', '☃']);
  });

  it('falls back to the nearest face a family has, and names an unknown family', () => {
    expect(fonts.resolve({ family: 'Noto Sans', bold: true, italic: true })).toEqual({ family: 'Noto Sans', bold: true, italic: true });
    expect(() => fonts.measure({ family: 'Comic Sans', bold: false, italic: false }, 10, 'x')).toThrow(/Comic Sans/);
  });
});
