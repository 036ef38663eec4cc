// The template pack's text styles as real Word paragraph styles, so that the
// document is edited the Word way: headings are "Heading 1–3" (the navigation
// pane and a table of contents find them), body text is "Normal", list items
// are "List Paragraph", captions "Caption"; every other pack style (question,
// answer, contact, …) keeps its pack name as a style of its own.
import { AlignmentType, LineRuleType, type IParagraphStyleOptions } from 'docx';
import type { Align } from '../document.js';
import type { Cmyk, TemplateDefinition, TextStyle } from '../template-schema.js';

/** Pack style → Word's built-in style (id and the name Word knows it by). */
const BUILT_IN: Record<string, { id: string; name: string }> = {
  body: { id: 'Normal', name: 'Normal' },
  h1: { id: 'Heading1', name: 'heading 1' },
  h2: { id: 'Heading2', name: 'heading 2' },
  h3: { id: 'Heading3', name: 'heading 3' },
  listItem: { id: 'ListParagraph', name: 'List Paragraph' },
  caption: { id: 'Caption', name: 'caption' },
};

export const ALIGNMENT = {
  justify: AlignmentType.BOTH,
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const satisfies Record<Align, string>;

/** The Word style id a pack style is written as. */
export function wordStyleId(packStyle: string): string {
  return BUILT_IN[packStyle]?.id ?? packStyle;
}

/** Word's default language for spelling and hyphenation: Vietnamese. */
export const LANGUAGE = { value: 'vi-VN' };

export function wordStyles(def: TemplateDefinition): IParagraphStyleOptions[] {
  return Object.entries(def.styles).map(([name, style]) => {
    const builtIn = BUILT_IN[name];
    const level = /^h([1-3])$/.exec(name);
    return {
      id: builtIn?.id ?? name,
      name: builtIn?.name ?? name,
      ...(builtIn?.id !== 'Normal' && { basedOn: 'Normal', next: 'Normal' }),
      quickFormat: true,
      run: runProperties(style, def),
      paragraph: {
        alignment: ALIGNMENT[style.align],
        spacing: {
          before: twips(style.spaceBeforePt),
          after: twips(style.spaceAfterPt),
          // "At least" the pack's leading: stacked Vietnamese marks (ệ, ỗ) never get clipped.
          line: twips(style.leadingPt),
          lineRule: LineRuleType.AT_LEAST,
        },
        ...(style.indentPt > 0 && { indent: { left: twips(style.indentPt) } }),
        ...(level && { outlineLevel: Number(level[1]) - 1, keepNext: true }),
      },
    };
  });
}

function runProperties(style: TextStyle, def: TemplateDefinition) {
  return {
    font: style.font,
    size: Math.round(style.sizePt * 2),
    bold: style.bold,
    italics: style.italic,
    allCaps: style.uppercase,
    color: rgbHex(def.colors[style.color] ?? def.colors.text),
    language: LANGUAGE,
  };
}

/** Points → twentieths of a point, Word's unit for spacing and indents. */
export function twips(pt: number): number {
  return Math.round(pt * 20);
}

/** CMYK percentages → the RGB hex Word shows on screen (the naive conversion; Word has no CMYK). */
export function rgbHex([c, m, y, k]: Cmyk): string {
  const channel = (v: number) => Math.round(255 * (1 - v / 100) * (1 - k / 100)).toString(16).padStart(2, '0');
  return (channel(c) + channel(m) + channel(y)).toUpperCase();
}
