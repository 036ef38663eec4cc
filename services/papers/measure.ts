// Text widths in the Times-metric font, for the DOCX writer (which cannot
// measure): the rule under the tiêu ngữ must be as long as the text.
import { readFileSync } from 'node:fs';
import { create as createFont, type Font } from 'fontkit';

const fonts = new Map<string, Font>();

export function textWidthPt(text: string, sizePt: number, fontFile: string): number {
  let font = fonts.get(fontFile);
  if (!font) fonts.set(fontFile, (font = createFont(readFileSync(fontFile)) as Font));
  return (font.layout(text).advanceWidth / font.unitsPerEm) * sizePt;
}
