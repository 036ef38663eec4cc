// The ethnic-minority languages a block may be translated into, with the
// letters each one's Latin script uses, so preflight can check that a pack's
// fonts draw every one of them — not only the ones today's text happens to use.
import { allLowercaseLetters } from '../import/legacy/letters.js';
import type { FontRegistry } from '../../engine/fonts.js';
import type { Finding } from '../../contract/findings.js';
import type { Publication, TranslationLanguage } from '../../contract/publication-format.js';
import type { TemplatePack } from '../../engine/template-schema.js';

export const LANGUAGE_NAMES: Record<TranslationLanguage | 'vi', string> = {
  vi: 'tiếng Việt',
  tay: 'tiếng Tày',
  nung: 'tiếng Nùng',
  hmong: 'tiếng Mông',
  dao: 'tiếng Dao',
};

const ASCII = 'abcdefghijklmnopqrstuvwxyz';
const VIETNAMESE = [...new Set([...ASCII, ...allLowercaseLetters()])];
/** Both cases of each letter. */
const bothCases = (letters: Iterable<string>) => [...new Set([...letters].flatMap((l) => [l, l.toUpperCase()]))];

/**
 * Tày–Nùng (Nghị định 206/CP, 1961): the Vietnamese letters and tones, plus
 * f, j, w, z (already in ASCII) and the apostrophe of clusters such as t'
 * (typed as ' or ’). Chữ Hmông Việt: Vietnamese letters, tones written as
 * final consonants. Dao writing in Vietnam uses the same Latin letters.
 */
export const LANGUAGE_LETTERS: Record<TranslationLanguage, string[]> = {
  tay: [...bothCases(VIETNAMESE), "'", '’'],
  nung: [...bothCases(VIETNAMESE), "'", '’'],
  hmong: [...bothCases([...ASCII, 'ă', 'â', 'đ', 'ê', 'ô', 'ơ', 'ư']), "'", '’'],
  dao: bothCases(VIETNAMESE),
};

/** Text styles a translation is set in (the partials' choices, docs/markup.md). */
const TRANSLATION_STYLES = ['translation', 'body', 'h1', 'h2', 'h3', 'question', 'answer'];

/** For each translation language the publication uses: the letters a font of its styles cannot draw. */
export function languageGlyphFindings(publication: Publication, pack: TemplatePack, fonts: FontRegistry): Finding[] {
  const used = new Set(
    Object.values(publication.slots).flatMap((blocks) => blocks.flatMap((b) => ('translations' in b && b.translations ? b.translations.map((t) => t.lang) : []))),
  );
  const faces = new Map(
    TRANSLATION_STYLES.filter((s) => s in pack.definition.styles).map((s) => {
      const style = pack.definition.styles[s];
      const face = { family: style.font, bold: style.bold, italic: style.italic };
      return [`${face.family}/${face.bold}/${face.italic}`, face] as const;
    }),
  );
  return [...used].flatMap((lang) =>
    [...faces.values()].flatMap((face) => {
      const missing = fonts.missingChars(face, LANGUAGE_LETTERS[lang].join(''));
      if (missing.length === 0) return [];
      const name = `${face.family}${face.bold ? ' đậm' : ''}${face.italic ? ' nghiêng' : ''}`;
      return [{
        severity: 'error' as const,
        code: 'language-glyphs',
        message: `Phông "${name}" của mẫu thiếu ${missing.length} chữ của ${LANGUAGE_NAMES[lang]} (${missing.slice(0, 12).join(' ')}${missing.length > 12 ? ' …' : ''}). Hãy dùng mẫu có phông đủ chữ, ví dụ Noto Serif hoặc Noto Sans.`,
      }];
    }),
  );
}
