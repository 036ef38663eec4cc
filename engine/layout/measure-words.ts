// Stage 2, text: a text node's runs become measured words. A word may mix faces
// ("**luật**sư" is one word in two faces); spaces are where lines may break,
// so a no-break space (U+00A0, or the narrow U+202F) keeps "1800 1233" or
// "Điều 7" together. Punctuation that must not start a line ("bà con ." or
// " »") and an opening bracket or quote that must not end one ("« Điều") are
// bound to their neighbour here, the space between kept but never a break,
// so no breaker has to know about them.
import type { Run } from '../document.js';
import type { FontRegistry } from '../fonts.js';
import type { SourceRef } from '../../contract/publication-format.js';
import type { ResolvedTextStyle } from './styles.js';
import type { FontFace, LaidOutDocument } from './types.js';

export interface Fragment {
  text: string;
  face: FontFace;
  width: number;
}

export interface Word {
  fragments: Fragment[];
  width: number;
  /** Width of the space after the word, in the face of its last fragment. */
  spaceAfter: number;
  /** A line break in the text ends the line after this word. */
  hardBreak: boolean;
}

export type MissingGlyphs = LaidOutDocument['missingGlyphs'];

/** A piece starting with one of these never starts a line. */
const CLOSING = /^[,.;:!?)\]}»”’›…]/u;
/** A word ending with one of these never ends a line. */
const OPENING = /[([{«“‘‹]$/u;

export function toWords(runs: Run[], style: ResolvedTextStyle, fonts: FontRegistry, missing: MissingGlyphs, source?: SourceRef): Word[] {
  const words: Word[] = [];
  let current: Fragment[] = [];

  const append = (piece: string, face: FontFace) => {
    const last = current[current.length - 1];
    if (last && sameFace(last.face, face)) last.text += piece;
    else current.push({ text: piece, face, width: 0 });
  };

  const endWord = (hardBreak: boolean) => {
    if (current.length > 0) {
      for (const f of current) {
        f.text = fonts.intern(f.text);
        f.width = fonts.measure(f.face, style.sizePt, f.text);
        for (const char of fonts.missingChars(f.face, f.text)) missing.push({ char, face: f.face, source });
      }
      const last = current[current.length - 1];
      words.push({
        fragments: current,
        width: current.reduce((sum, f) => sum + f.width, 0),
        spaceAfter: fonts.measure(last.face, style.sizePt, ' '),
        hardBreak,
      });
      current = [];
    } else if (hardBreak && words.length > 0) {
      words[words.length - 1].hardBreak = true;
    }
  };

  // A space seen but not yet acted on: it ends the word unless the next piece binds across it.
  let spaced = false;
  for (const run of runs) {
    const face: FontFace = { family: style.face.family, bold: style.face.bold || !!run.bold, italic: style.face.italic || !!run.italic };
    const text = style.uppercase ? run.text.toLocaleUpperCase('vi') : run.text;
    for (const piece of text.split(/([ \t\r\n]+)/)) {
      if (piece === '') continue;
      if (/^[ \t\r\n]+$/.test(piece)) {
        spaced = !piece.includes('\n');
        if (!spaced) endWord(true);
        continue;
      }
      const last = current[current.length - 1];
      if (spaced && last && (CLOSING.test(piece) || OPENING.test(last.text))) last.text += ' ';
      else if (spaced) endWord(false);
      spaced = false;
      append(piece, face);
    }
  }
  endWord(false);
  return words;
}

export function sameFace(a: FontFace, b: FontFace): boolean {
  return a.family === b.family && a.bold === b.bold && a.italic === b.italic;
}
