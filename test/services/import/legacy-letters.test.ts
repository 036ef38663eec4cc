// Every Vietnamese letter with every tone, in both cases, through each legacy
// encoding. The expectations are the code charts of the standards written out
// by hand (TCVN 5712:1993 VN3 bytes; VNI-Windows spellings), independent of
// how the decoder builds its tables, so a swapped tone or a wrong byte fails.
import { describe, expect, it } from 'vitest';
import { convertLegacy, encodeLegacy } from '../../../services/import/legacy/index.js';
import { decodeTcvn3, encodeTcvn3 } from '../../../services/import/legacy/tcvn3.js';
import { decodeVni, encodeVni } from '../../../services/import/legacy/vni.js';

/** Each row: the vowel with tones ngang, sắc, huyền, hỏi, ngã, nặng, typed as Unicode by hand. */
const UNICODE_ROWS = [
  'a á à ả ã ạ', 'ă ắ ằ ẳ ẵ ặ', 'â ấ ầ ẩ ẫ ậ', 'e é è ẻ ẽ ẹ', 'ê ế ề ể ễ ệ', 'i í ì ỉ ĩ ị',
  'o ó ò ỏ õ ọ', 'ô ố ồ ổ ỗ ộ', 'ơ ớ ờ ở ỡ ợ', 'u ú ù ủ ũ ụ', 'ư ứ ừ ử ữ ự', 'y ý ỳ ỷ ỹ ỵ',
].map((row) => row.split(' '));

/** TCVN3 (VN3) bytes of the same rows; "--" is the ASCII letter itself. */
const TCVN3_ROWS = [
  '-- B8 B5 B6 B7 B9', 'A8 BE BB BC BD C6', 'A9 CA C7 C8 C9 CB', '-- D0 CC CE CF D1', 'AA D5 D2 D3 D4 D6', '-- DD D7 D8 DC DE',
  '-- E3 DF E1 E2 E4', 'AB E8 E5 E6 E7 E9', 'AC ED EA EB EC EE', '-- F3 EF F1 F2 F4', 'AD F8 F5 F6 F7 F9', '-- FD FA FB FC FE',
].map((row) => row.split(' '));

/** VNI spellings of the same rows (lowercase); capitals are the same bytes in capitals (aù → AÙ). */
const VNI_ROWS = [
  'a aù aø aû aõ aï', 'aê aé aè aú aü aë', 'aâ aá aà aå aã aä', 'e eù eø eû eõ eï', 'eâ eá eà eå eã eä', 'i í ì æ ó ò',
  'o où oø oû oõ oï', 'oâ oá oà oå oã oä', 'ô ôù ôø ôû ôõ ôï', 'u uù uø uû uõ uï', 'ö öù öø öû öõ öï', 'y yù yø yû yõ î',
].map((row) => row.split(' '));

const cells = UNICODE_ROWS.flatMap((row, r) => row.map((letter, tone) => ({ letter, r, tone })));
const byte = (hex: string, letter: string) => (hex === '--' ? letter : String.fromCharCode(parseInt(hex, 16)));

describe('TCVN3: every letter, every tone', () => {
  it.each(cells)('lowercase $letter', ({ letter, r, tone }) => {
    const code = byte(TCVN3_ROWS[r][tone], letter);
    expect(decodeTcvn3(`t${code}n`).text).toBe(`t${letter}n`);
    expect(encodeTcvn3(letter)).toBe(code);
  });

  it.each(cells)('capital $letter in a word of capitals (.VnTimeH)', ({ letter, r, tone }) => {
    const capital = letter.toUpperCase();
    const code = byte(TCVN3_ROWS[r][tone], capital);
    const { text, notes } = decodeTcvn3(`T${code}N`);
    expect(text).toBe(`T${capital}N`);
    // A capital typed as a small letter's code was decided from the word around it: it is reported.
    expect(notes.length > 0).toBe(code.charCodeAt(0) > 0x7f);
  });

  it('the seven capitals VN3 has codes for need no context, and đ/Đ', () => {
    expect(decodeTcvn3('\xa1\xa2\xa3\xa4\xa5\xa6\xa7').text).toBe('ĂÂÊÔƠƯĐ');
    expect(decodeTcvn3('\xae').text).toBe('đ');
    expect(encodeTcvn3('ĂÂÊÔƠƯĐđ')).toBe('\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xae');
    expect(decodeTcvn3('\xa7\xa6\xedI').text).toBe('ĐƯỚI');
  });
});

describe('VNI: every letter, every tone', () => {
  it.each(cells)('lowercase $letter', ({ letter, r, tone }) => {
    expect(decodeVni(`t${VNI_ROWS[r][tone]}n`).text).toBe(`t${letter}n`);
    expect(encodeVni(letter)).toBe(VNI_ROWS[r][tone]);
  });

  it.each(cells)('capital $letter', ({ letter, r, tone }) => {
    const spelling = VNI_ROWS[r][tone].toUpperCase();
    expect(decodeVni(`T${spelling}N`).text).toBe(`T${letter.toUpperCase()}N`);
    expect(encodeVni(letter.toUpperCase())).toBe(spelling);
    // A capital base letter followed by a small mark is still a capital.
    if (spelling.length === 2) expect(decodeVni(spelling[0] + spelling[1].toLowerCase()).text).toBe(letter.toUpperCase());
  });

  it('đ/Đ, and the letters a well-known converter gets wrong (ờ ớ ở ỡ ợ ừ ứ ử ữ ự ỹ)', () => {
    expect(decodeVni('ñÑ').text).toBe('đĐ');
    expect(decodeVni('ôø ôù ôû ôõ ôï öø öù öû öõ öï yõ').text).toBe('ờ ớ ở ỡ ợ ừ ứ ử ữ ự ỹ');
    expect(decodeVni('ÔØ ÔÙ ÔÛ ÔÕ ÔÏ ÖØ ÖÙ ÖÛ ÖÕ ÖÏ YÕ').text).toBe('Ờ Ớ Ở Ỡ Ợ Ừ Ứ Ử Ữ Ự Ỹ');
    expect(decodeVni('Tröôøng Ñaïi hoïc Vieät Nam').text).toBe('Trường Đại học Việt Nam');
  });
});

describe('decomposed Unicode: every letter, every tone, both cases', () => {
  it.each(cells)('$letter', ({ letter }) => {
    for (const ch of [letter, letter.toUpperCase()]) {
      const word = `t${ch}n`;
      expect(convertLegacy(word.normalize('NFD')).text).toBe(word);
    }
  });

  it('đ/Đ', () => {
    expect(convertLegacy('đĐ'.normalize('NFD')).text).toBe('đĐ');
  });
});

describe('detection picks the encoding from the text alone', () => {
  const sentence = 'Người dân tộc thiểu số ở vùng đặc biệt khó khăn được trợ giúp pháp lý miễn phí';
  it.each([
    ['tcvn3', encodeLegacy(sentence, 'tcvn3').toString('latin1')],
    ['vni', encodeLegacy(sentence, 'vni').toString('latin1')],
    ['unicode', sentence.normalize('NFD')],
    ['unicode', sentence],
  ])('%s', (encoding, text) => {
    const result = convertLegacy(text);
    expect(result.encoding).toBe(encoding);
    expect(result.text).toBe(sentence);
    expect(result.notes).toEqual([]);
  });

  it('Unicode with dashes stays Unicode (Windows-1252 dashes sit on TCVN3 vowel bytes)', () => {
    const text = 'Gọi miễn phí 8:00–17:00 – từ thứ Hai đến thứ Sáu – trừ ngày lễ';
    expect(convertLegacy(text)).toMatchObject({ encoding: 'unicode', text });
  });

  it('ASCII stays as it is', () => {
    expect(convertLegacy('Hotline 1800.1233')).toMatchObject({ encoding: 'unicode', undecided: false, text: 'Hotline 1800.1233' });
  });

  it('text no reading makes Vietnamese is kept, marked undecided, and its odd words are noted with their place', () => {
    const result = convertLegacy('abc ¤¤¤ ®®® xyz');
    expect(result.undecided).toBe(true);
    expect(result.notes.map((n) => n.offset)).toEqual([4, 8]);
    expect(result.notes.every((n) => n.reason === 'undecodable')).toBe(true);
  });

  it('a TCVN3 toned vowel opening a sentence is taken as a capital and reported', () => {
    const text = encodeLegacy('Trung tâm ở xa. ở đâu cũng gọi được.', 'tcvn3').toString('latin1');
    const { text: out, notes } = convertLegacy(text, 'tcvn3');
    expect(out).toBe('Trung tâm ở xa. Ở đâu cũng gọi được.');
    expect(notes).toEqual([expect.objectContaining({ offset: 16, reason: 'tcvn3-sentence-capital' })]);
  });
});
