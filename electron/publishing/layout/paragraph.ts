// Stage 2c: broken lines become positioned text. Justified lines spread the
// gaps so the last word ends exactly at the right edge; every TextItem gets
// its exact x, so the painter never re-measures or re-spaces anything.
import type { FontRegistry } from '../fonts.js';
import type { SourceRef } from '../publication.js';
import type { LineBreaker, LineSpan } from './line-breaker.js';
import type { ResolvedTextStyle } from './styles.js';
import type { TextItem } from './types.js';
import { sameFace, type Word } from './words.js';

export interface SetLine {
  height: number;
  /** x from the frame's left, y (baseline) from the line's top. */
  items: TextItem[];
  /** Index after the line's last word, to continue elsewhere at another width. */
  endWord: number;
}

export interface TextToSet {
  words: Word[];
  style: ResolvedTextStyle;
  marker?: string;
  source?: SourceRef;
}

/** Lines of `text` from word `from` on, at `width`; the marker goes on the paragraph's first line only. */
export function setLines(text: TextToSet, from: number, width: number, fonts: FontRegistry, breaker: LineBreaker): SetLine[] {
  const { style } = text;
  const measure = Math.max(1, width - style.indent);
  const words = text.words.slice(from);
  const baseline = baselineOffset(style, fonts);
  return breaker(words, measure).map((span, i) => {
    const items = lineItems(words, span, measure, style, text.source);
    for (const item of items) {
      item.x += style.indent;
      item.y = baseline;
    }
    if (i === 0 && from === 0 && text.marker) items.unshift(markerItem(text.marker, style, fonts, baseline, text.source));
    return { height: style.leadingPt, items, endWord: from + span.end };
  });
}

/** Baseline below the line's top: the leading's extra space split above and below the font's ascent+descent. */
function baselineOffset(style: ResolvedTextStyle, fonts: FontRegistry): number {
  const { ascender, descender } = fonts.verticalMetrics(style.face);
  return (style.leadingPt - style.sizePt) / 2 + (style.sizePt * ascender) / (ascender - descender);
}

function lineItems(words: Word[], span: LineSpan, measure: number, style: ResolvedTextStyle, source?: SourceRef): TextItem[] {
  const lineWords = words.slice(span.start, span.end);
  const gaps = lineWords.slice(0, -1).reduce((sum, w) => sum + w.spaceAfter, 0);
  const natural = lineWords.reduce((sum, w) => sum + w.width, 0) + gaps;
  const slack = measure - natural;
  const justify = style.align === 'justify' && !span.last && lineWords.length > 1 && slack > 0;
  const extraPerGap = justify ? slack / (lineWords.length - 1) : 0;
  let x = style.align === 'center' ? slack / 2 : style.align === 'right' ? slack : 0;

  const items: TextItem[] = [];
  lineWords.forEach((word, wi) => {
    if (wi > 0) x += lineWords[wi - 1].spaceAfter + extraPerGap;
    word.fragments.forEach((f, fi) => {
      const prev = items[items.length - 1];
      // Words join one item when only a natural space separates them: fewer, longer strings to draw and to extract.
      if (prev && fi === 0 && extraPerGap === 0 && sameFace(prev.face, f.face)) {
        prev.text += ' ' + f.text;
        prev.width = x + f.width - prev.x;
      } else {
        items.push({ type: 'text', x, y: 0, text: f.text, face: f.face, sizePt: style.sizePt, color: style.color, width: f.width, source });
      }
      x += f.width;
    });
  });
  return items;
}

/** List markers hang in the indent, right-aligned a little before the text so "9." and "10." line up. */
function markerItem(marker: string, style: ResolvedTextStyle, fonts: FontRegistry, baseline: number, source?: SourceRef): TextItem {
  const width = fonts.measure(style.face, style.sizePt, marker);
  const x = Math.max(0, style.indent - width - style.sizePt * 0.35);
  return { type: 'text', x, y: baseline, text: marker, face: style.face, sizePt: style.sizePt, color: style.color, width, source };
}
