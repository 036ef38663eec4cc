// What shaping a string returns: the font registry (fonts.ts) makes it, the
// shape cache (shape-cache.ts) stores it, the painter draws it. A file of its
// own so the registry and its cache need not import each other.

/**
 * A string as the font sets it (kerning, marks, ligatures applied), in
 * thousandths of an em: the unit of PDF glyph widths and TJ adjustments, so
 * one shaped word serves every size.
 */
export interface ShapedText {
  /** Advance width in em (what layout measures). */
  advance: number;
  glyphs: ShapedGlyph[];
}

export interface ShapedGlyph {
  /** Glyph id in the font file. */
  id: number;
  /** The characters the glyph stands for: the PDF's text layer maps it back to them. */
  codePoints: number[];
  /** The glyph's own advance (hmtx), what a PDF viewer advances by. */
  width: number;
  /** Where shaping puts the pen after it (kerning included). */
  advance: number;
  /** Offset of the glyph from the pen (marks placed on a base letter). */
  dx: number;
  dy: number;
}
