// TCVN3 (TCVN 5712:1993, the "ABC" encoding of the .VnTime fonts): one byte
// per letter. The table is the standard's VN3 repertoire: every lowercase
// letter with its tone, but of the capitals only Ă Â Ê Ô Ơ Ư Đ. Capitals with
// a tone were typed in the separate ".VnTimeH" fonts, which draw the
// lowercase codes as capitals — so in plain text "LUËT" (L, U, ậ, T) is the
// capital word LUẬT, and only the surrounding letters can tell. Such words
// are decoded as capitals and reported, never decided silently.
import { VOWELS, toned, type Vowel } from './letters.js';
import type { DecodeResult, LegacyNote } from './note.js';

/** Byte of each lowercase vowel with tone 0–5 (ngang, sắc, huyền, hỏi, ngã, nặng); 0 = the ASCII letter itself. */
const VOWEL_CODES: Record<Vowel, readonly number[]> = {
  a: [0, 0xb8, 0xb5, 0xb6, 0xb7, 0xb9],
  ă: [0xa8, 0xbe, 0xbb, 0xbc, 0xbd, 0xc6],
  â: [0xa9, 0xca, 0xc7, 0xc8, 0xc9, 0xcb],
  e: [0, 0xd0, 0xcc, 0xce, 0xcf, 0xd1],
  ê: [0xaa, 0xd5, 0xd2, 0xd3, 0xd4, 0xd6],
  i: [0, 0xdd, 0xd7, 0xd8, 0xdc, 0xde],
  o: [0, 0xe3, 0xdf, 0xe1, 0xe2, 0xe4],
  ô: [0xab, 0xe8, 0xe5, 0xe6, 0xe7, 0xe9],
  ơ: [0xac, 0xed, 0xea, 0xeb, 0xec, 0xee],
  u: [0, 0xf3, 0xef, 0xf1, 0xf2, 0xf4],
  ư: [0xad, 0xf8, 0xf5, 0xf6, 0xf7, 0xf9],
  y: [0, 0xfd, 0xfa, 0xfb, 0xfc, 0xfe],
};
const LOWER_D = 0xae;
/** The only capitals VN3 has codes for. */
const CAPITALS: Record<string, number> = { Ă: 0xa1, Â: 0xa2, Ê: 0xa3, Ô: 0xa4, Ơ: 0xa5, Ư: 0xa6, Đ: 0xa7 };

const DECODE = new Map<string, string>();
const ENCODE = new Map<string, string>();
for (const vowel of VOWELS) {
  VOWEL_CODES[vowel].forEach((code, tone) => {
    if (code === 0) return;
    const ch = String.fromCharCode(code);
    DECODE.set(ch, toned(vowel, tone));
    ENCODE.set(toned(vowel, tone), ch);
  });
}
DECODE.set(String.fromCharCode(LOWER_D), 'đ');
ENCODE.set('đ', String.fromCharCode(LOWER_D));
for (const [letter, code] of Object.entries(CAPITALS)) {
  DECODE.set(String.fromCharCode(code), letter);
  ENCODE.set(letter, String.fromCharCode(code));
}

/**
 * Unicode → TCVN3 text (one char per byte, as a Latin-1 string). Capitals with
 * a tone are written the .VnTimeH way, as their lowercase code.
 */
export function encodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const lower = ch.toLowerCase();
    out += ENCODE.get(ch) ?? (ch !== lower && /[^\x00-\x7f]/.test(ch) ? ENCODE.get(lower) : undefined) ?? ch;
  }
  return out;
}

/** Letters of a TCVN3 text: ASCII and Unicode letters, and every TCVN3 code (some look like « » · ¸ in Latin-1). */
const WORD = new RegExp(`[\\p{L}\\p{M}${[...DECODE.keys()].join('')}]+|[^]`, 'gu');

/** TCVN3 text (each char one byte) → NFC Unicode, with the capitals only context could decide reported. */
export function decodeTcvn3(text: string): DecodeResult {
  const notes: LegacyNote[] = [];
  let out = '';
  // TCVN3 maps char for char, so offsets in the output are offsets in the input.
  for (const match of text.matchAll(WORD)) out += decodeWord(match[0], match.index, text, notes);
  return { text: out.normalize('NFC'), notes };
}

function decodeWord(word: string, offset: number, text: string, notes: LegacyNote[]): string {
  const chars = [...word];
  const plain = chars.map((ch) => DECODE.get(ch) ?? ch).join('');
  if (!chars.some(isLowerCode)) return plain;

  if (inCapitals(chars, text, offset)) {
    notes.push({ offset, length: word.length, text: plain.toUpperCase(), reason: 'tcvn3-capitals' });
    return plain.toUpperCase();
  }
  // A toned vowel has no capital in TCVN3: opening a sentence, it was a capital typed in .VnTimeH ("Ở", "Ủy ban").
  if (isTonedLowerCode(chars[0]) && opensSentence(text, offset)) {
    const capitalised = plain[0].toUpperCase() + plain.slice(1);
    notes.push({ offset, length: word.length, text: capitalised, reason: 'tcvn3-sentence-capital' });
    return capitalised;
  }
  return plain;
}

/** A code for a lowercase letter (which .VnTimeH draws as a capital). */
function isLowerCode(ch: string): boolean {
  const letter = DECODE.get(ch);
  return letter !== undefined && letter !== letter.toUpperCase();
}

function isTonedLowerCode(ch: string): boolean {
  return isLowerCode(ch) && /[\u0300\u0301\u0303\u0309\u0323]/.test(DECODE.get(ch)!.normalize('NFD'));
}

/**
 * The word's other cased letters are all capitals (LUËT → LUẬT); a word with
 * none of its own ("ë" alone) takes its line's: a heading in capitals.
 */
function inCapitals(chars: string[], text: string, offset: number): boolean {
  const own = casedLetters(chars.join(''));
  if (own.length > 0) return own === own.toUpperCase();
  const lineStart = text.lastIndexOf('\n', offset) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = casedLetters(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
  return line.length >= 2 && line === line.toUpperCase();
}

/** The letters whose case the text itself shows: ASCII letters and the seven TCVN3 capitals. */
function casedLetters(text: string): string {
  return [...text].filter((ch) => /[A-Za-z]/.test(ch) || CAPITAL_CODES.has(ch)).map((ch) => DECODE.get(ch) ?? ch).join('');
}

const CAPITAL_CODES = new Set(Object.values(CAPITALS).map((code) => String.fromCharCode(code)));

function opensSentence(text: string, offset: number): boolean {
  const before = text.slice(0, offset).replace(/[\s"“‘(•*–—-]+$/u, '');
  return before === '' || /[.!?:\n]$/.test(before) || /\n[\s"“‘(•*–—-]*$/u.test(text.slice(0, offset));
}
