// The Vietnamese letters the legacy encodings spell: 12 vowels × 6 tones in
// both cases, and đ/Đ. Every table in this folder is declared against these
// lists, so a test can walk all of them.

/** The 12 vowel letters without tone. */
export const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
export type Vowel = (typeof VOWELS)[number];

/** The six tones in the order the code tables list them: ngang (none), sắc, huyền, hỏi, ngã, nặng. */
export const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;
export const TONE_NAMES = ['ngang', 'sắc', 'huyền', 'hỏi', 'ngã', 'nặng'] as const;

/** The precomposed (NFC) lowercase letter: vowel with tone number 0–5. */
export function toned(vowel: Vowel, tone: number): string {
  return (vowel + TONE_MARKS[tone]).normalize('NFC');
}

/** Every lowercase vowel letter with every tone (72 letters), plus đ. */
export function allLowercaseLetters(): string[] {
  return [...VOWELS.flatMap((v) => TONE_MARKS.map((_, tone) => toned(v, tone))), 'đ'];
}

/** Any precomposed Vietnamese letter or a letter with a combining tone: how "this is Unicode Vietnamese" looks. */
export const VIETNAMESE_UNICODE = /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9\u0300\u0301\u0303\u0309\u0323]/u;

/** The letters Vietnamese words are written with (any case, NFC), for telling a decoded word from debris. */
const LETTERS = new Set([...allLowercaseLetters(), ...'bcdghklmnpqrstvx'.split(''), ...'fjwz'.split('')]);

export function isVietnameseLetter(ch: string): boolean {
  return LETTERS.has(ch.toLowerCase());
}

const SYLLABLE = /^(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(ch|nh|ng|[cmnpt])?$/;

/** A well-formed Vietnamese syllable (at most one tone): what a correctly decoded word looks like. */
export function isSyllable(word: string): boolean {
  const nfd = word.normalize('NFD').toLowerCase();
  const tones = nfd.match(/[\u0300\u0301\u0303\u0309\u0323]/g)?.length ?? 0;
  if (tones > 1) return false;
  const base = nfd.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC');
  return SYLLABLE.test(base);
}
