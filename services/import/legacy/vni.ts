// VNI (the VNI-Windows fonts): a vowel is its ASCII letter followed by one
// mark byte that carries the hat, breve or tone (a + ø = à, a + á = ấ,
// a + é = ắ). ư, ơ, đ, the toned i and ỵ are single bytes. Capitals use the
// capital form of each byte (A + Ø = À), so nothing depends on context; a
// capital letter followed by a small mark (some typists' habit) still gives
// a capital.
import { VOWELS, toned, type Vowel } from './letters.js';
import type { DecodeResult } from './note.js';

/** Each lowercase vowel with tone 0–5 (ngang, sắc, huyền, hỏi, ngã, nặng), as VNI spells it. */
const VOWEL_SPELLINGS: Record<Vowel, readonly string[]> = {
  a: ['a', 'aù', 'aø', 'aû', 'aõ', 'aï'],
  ă: ['aê', 'aé', 'aè', 'aú', 'aü', 'aë'],
  â: ['aâ', 'aá', 'aà', 'aå', 'aã', 'aä'],
  e: ['e', 'eù', 'eø', 'eû', 'eõ', 'eï'],
  ê: ['eâ', 'eá', 'eà', 'eå', 'eã', 'eä'],
  i: ['i', 'í', 'ì', 'æ', 'ó', 'ò'],
  o: ['o', 'où', 'oø', 'oû', 'oõ', 'oï'],
  ô: ['oâ', 'oá', 'oà', 'oå', 'oã', 'oä'],
  ơ: ['ô', 'ôù', 'ôø', 'ôû', 'ôõ', 'ôï'],
  u: ['u', 'uù', 'uø', 'uû', 'uõ', 'uï'],
  ư: ['ö', 'öù', 'öø', 'öû', 'öõ', 'öï'],
  y: ['y', 'yù', 'yø', 'yû', 'yõ', 'î'],
};
const LOWER_D = 'ñ';

const DECODE = new Map<string, string>();
const ENCODE = new Map<string, string>();

function add(spelling: string, letter: string): void {
  if (spelling === letter) return;
  // The capital's bytes are the capitals of the small letter's bytes (aù → AÙ); VNI's own table says so.
  for (const [spelt, unicode] of [[spelling, letter], [spelling.toUpperCase(), letter.toUpperCase()]]) {
    DECODE.set(spelt, unicode);
    ENCODE.set(unicode, spelt);
  }
  if (spelling.length === 2) {
    // Mixed case: the base letter decides.
    DECODE.set(spelling[0].toUpperCase() + spelling[1], letter.toUpperCase());
    DECODE.set(spelling[0] + spelling[1].toUpperCase(), letter);
  }
}

for (const vowel of VOWELS) VOWEL_SPELLINGS[vowel].forEach((spelling, tone) => add(spelling, toned(vowel, tone)));
add(LOWER_D, 'đ');

export function encodeVni(text: string): string {
  return [...text.normalize('NFC')].map((ch) => ENCODE.get(ch) ?? ch).join('');
}

/** VNI text (each char one byte) → NFC Unicode. VNI needs no context, so it reports nothing. */
export function decodeVni(text: string): DecodeResult {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const pair = DECODE.get(text.slice(i, i + 2));
    if (pair && i + 1 < text.length) {
      out += pair;
      i += 2;
      continue;
    }
    out += DECODE.get(text[i]) ?? text[i];
    i += 1;
  }
  return { text: out.normalize('NFC'), notes: [] };
}
