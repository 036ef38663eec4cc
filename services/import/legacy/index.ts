// Old Vietnamese text → NFC Unicode. Which encoding a text is in is decided
// by decoding it every way and keeping the reading whose words are
// Vietnamese syllables; what still is not a word afterwards is reported with
// its place, for the editor to look at, rather than guessed at silently.
import { isSyllable, isVietnameseLetter } from './letters.js';
import type { DecodeResult, LegacyNote } from './note.js';
import { decodeTcvn3, encodeTcvn3 } from './tcvn3.js';
import { decodeVni, encodeVni } from './vni.js';

export type LegacyEncoding = 'tcvn3' | 'vni' | 'unicode';
export const ENCODING_CHOICES = ['auto', 'tcvn3', 'vni', 'unicode'] as const;
export type EncodingChoice = (typeof ENCODING_CHOICES)[number];

export const ENCODING_LABELS: Record<LegacyEncoding, string> = {
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI',
  unicode: 'Unicode',
};

const DECODERS: Record<LegacyEncoding, (text: string) => DecodeResult> = {
  unicode: (text) => ({ text: text.normalize('NFC'), notes: [] }),
  tcvn3: decodeTcvn3,
  vni: decodeVni,
};

export interface Converted {
  text: string;
  encoding: LegacyEncoding;
  /** The text had decomposed marks ("Unicode tổ hợp"). */
  decomposed: boolean;
  /** True when no reading was clearly Vietnamese: the text is kept as Unicode and its odd words are noted. */
  undecided: boolean;
  notes: LegacyNote[];
}

export function convertLegacy(text: string, choice: EncodingChoice = 'auto'): Converted {
  const detected = choice === 'auto' ? detectEncoding(text) : { encoding: choice, undecided: false };
  const { text: converted, notes } = DECODERS[detected.encoding](text);
  return {
    text: converted,
    encoding: detected.encoding,
    decomposed: detected.encoding === 'unicode' && text !== text.normalize('NFC'),
    undecided: detected.undecided,
    notes: [...notes, ...debrisNotes(text, detected.encoding)].sort((a, b) => a.offset - b.offset),
  };
}

/**
 * Unicode → the bytes of a legacy file (samples, tests): one byte per char.
 * A character the encoding has no byte for is an error, not a silent "?".
 */
export function encodeLegacy(text: string, encoding: 'tcvn3' | 'vni'): Buffer {
  const encoded = encoding === 'tcvn3' ? encodeTcvn3(text) : encodeVni(text);
  const outside = [...encoded].find((ch) => ch.charCodeAt(0) > 0xff);
  if (outside) throw new Error(`"${outside}" (U+${outside.charCodeAt(0).toString(16).toUpperCase()}) has no ${encoding} byte`);
  return Buffer.from(encoded, 'latin1');
}

/** The reading with the most Vietnamese words; Unicode when nothing beyond ASCII is there, or when no reading scores. */
export function detectEncoding(text: string): { encoding: LegacyEncoding; undecided: boolean } {
  const scored = (Object.keys(DECODERS) as LegacyEncoding[]).map((encoding) => ({ encoding, score: score(text, encoding) }));
  // Ties go to Unicode (listed first): a text that reads equally well both ways is left as it is.
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
  const hasNonAscii = /[^\x00-\x7f]/.test(text);
  if (!hasNonAscii) return { encoding: 'unicode', undecided: false };
  return best.score > 0 ? { encoding: best.encoding, undecided: false } : { encoding: 'unicode', undecided: true };
}

/** Punctuation that Unicode text has for its own sake, never debris of another encoding. */
const PUNCTUATION = /[\x00-\x7f\u2000-\u206f«»°©§·×]/u;

/**
 * +1 for each word beyond ASCII that decodes to a Vietnamese syllable, −1 for
 * each that does not. A word of punctuation only ("–" in "8:00–17:00") is not
 * counted: Windows-1252 puts these dashes and quotes on the very bytes TCVN3
 * uses for vowels, so counting them would make a Unicode text with a few
 * dashes read as TCVN3.
 */
function score(text: string, encoding: LegacyEncoding): number {
  let total = 0;
  for (const { word } of words(text)) {
    if (!/[^\x00-\x7f]/.test(word) || [...word].every((ch) => PUNCTUATION.test(ch))) continue;
    const decoded = DECODERS[encoding](word).text;
    total += [...decoded].every(isVietnameseLetter) && isSyllable(decoded) ? 1 : -1;
  }
  return total;
}


/** Words that still hold a character no Vietnamese (or Tày, Nùng, Mông, Dao) word has, once converted. */
function debrisNotes(text: string, encoding: LegacyEncoding): LegacyNote[] {
  const notes: LegacyNote[] = [];
  for (const { word, offset } of words(text)) {
    if (!/[^\x00-\x7f]/.test(word)) continue;
    const decoded = DECODERS[encoding](word).text;
    if ([...decoded].some((ch) => !isVietnameseLetter(ch) && !PUNCTUATION.test(ch) && !/\p{N}/u.test(ch))) {
      notes.push({ offset, length: word.length, text: decoded, reason: 'undecodable' });
    }
  }
  return notes;
}

/**
 * Words for scoring: split at white space (which no encoding changes), then at
 * ASCII punctuation and digits ("11/2017/QH14", "Tày-Nùng"). Legacy codes are
 * all above ASCII, so a split never cuts a letter in two.
 */
function* words(text: string): Generator<{ word: string; offset: number }> {
  for (const match of text.matchAll(/[^\s!-@[-`{-~]+/g)) yield { word: match[0], offset: match.index };
}
