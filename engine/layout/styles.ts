// Named styles of the pack, resolved once per node into what layout needs:
// a face, sizes in points and a CMYK colour.
import type { Align } from '../document.js';
import { boxStyle, textStyle, type BoxStyle, type Cmyk, type TemplateDefinition, type TextStyle } from '../template-schema.js';
import type { FontFace } from './types.js';

export interface ResolvedTextStyle {
  face: FontFace;
  sizePt: number;
  leadingPt: number;
  color: Cmyk;
  align: Align;
  spaceBefore: number;
  spaceAfter: number;
  indent: number;
  uppercase: boolean;
}

export interface ResolvedBoxStyle {
  fill?: Cmyk;
  stroke?: Cmyk;
  strokeWidth: number;
  padding: number;
  spaceBefore: number;
  spaceAfter: number;
}

const BLACK: Cmyk = [0, 0, 0, 100];

export function colorOf(def: TemplateDefinition, name: string | undefined): Cmyk {
  return (name && def.colors[name]) || def.colors.text || BLACK;
}

/** A style the pack does not define falls back to `body` (then a plain default) so user content still prints. */
export function resolveTextStyle(def: TemplateDefinition, name: string, align?: Align): ResolvedTextStyle {
  const s: TextStyle = def.styles[name] ?? def.styles.body ?? textStyle.parse({ font: 'Noto Serif', sizePt: 10, leadingPt: 13 });
  return {
    face: { family: s.font, bold: s.bold, italic: s.italic },
    sizePt: s.sizePt,
    leadingPt: s.leadingPt,
    color: colorOf(def, s.color),
    align: align ?? s.align,
    spaceBefore: s.spaceBeforePt,
    spaceAfter: s.spaceAfterPt,
    indent: s.indentPt,
    uppercase: s.uppercase,
  };
}

export function resolveBoxStyle(def: TemplateDefinition, name: string): ResolvedBoxStyle {
  const s: BoxStyle = def.boxes[name] ?? boxStyle.parse({ stroke: 'text' });
  return {
    fill: s.fill ? colorOf(def, s.fill) : undefined,
    stroke: s.stroke ? colorOf(def, s.stroke) : undefined,
    strokeWidth: s.stroke ? s.strokeWidthPt : 0,
    padding: s.paddingPt,
    spaceBefore: s.spaceBeforePt,
    spaceAfter: s.spaceAfterPt,
  };
}
