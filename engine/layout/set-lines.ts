// Stage 3, for text blocks: a paragraph is broken into lines at the width
// it lands at (break-lines.ts) and the lines become positioned text.
// Justified lines spread (or, as Knuth–Plass may choose, squeeze) the gaps
// so the last word ends exactly at the right edge; every TextItem gets its
// exact x, so the painter never re-measures or re-spaces anything.
import type { FontRegistry } from '../fonts.js';
import type { SourceRef } from '../../contract/publication-format.js';
import { breakLinesGreedy, type LineBreaker, type LineSpan } from './break-lines.js';
import type { ResolvedTextStyle } from './styles.js';
import type { TextItem } from './types.js';
import { sameFace, type Word } from './measure-words.js';

export interface SetLine {
  height: number;
  /** x from the frame's left, y (baseline) from the line's top. */
  items: TextItem[];
  /** Index after the line's last word, to continue elsewhere at another width. */
  endWord: number;
  /** The paragraph had no feasible total-fit breaking and was broken greedily (see LineSpan). */
  fallback?: boolean;
}

export interface TextToSet {
  words: Word[];
  style: ResolvedTextStyle;
  marker?: string;
  source?: SourceRef;
}

/**
 * Lines of `text` from word `from` on, at `width`; the marker goes on the
 * paragraph's first line only. `breaker` breaks justified text; ragged text
 * (left, centre, right) is always broken greedily, which is what ragged
 * setting wants: natural spaces, as many words as fit.
 *
 * Flowing asks for the same lines more than once (to keep a heading with
 * them, then to place them, then the rest in the next frame), so the lines
 * are kept per paragraph and width and shared: treat them as read-only.
 */
export function setLines(text: TextToSet, from: number, width: number, fonts: FontRegistry, breaker: LineBreaker): SetLine[] {
  const cache = linesCache(text, breaker);
  const key = `${width}|${from}`;
  let lines = cache.get(key) ?? tailOfWhole(cache, width, from);
  if (!lines) {
    lines = breakAndSet(text, from, width, fonts, text.style.align === 'justify' ? breaker : breakLinesGreedy);
    cache.set(key, lines);
  }
  return lines;
}

const caches = new WeakMap<TextToSet, { breaker: LineBreaker; lines: Map<string, SetLine[]> }>();

function linesCache(text: TextToSet, breaker: LineBreaker): Map<string, SetLine[]> {
  let entry = caches.get(text);
  if (!entry || entry.breaker !== breaker) {
    entry = { breaker, lines: new Map() };
    caches.set(text, entry);
  }
  return entry.lines;
}

/** When the paragraph continues at the width it started at, its rest is the rest of the lines already broken: each paragraph is broken once. */
function tailOfWhole(cache: Map<string, SetLine[]>, width: number, from: number): SetLine[] | undefined {
  const whole = cache.get(`${width}|0`);
  const i = whole?.findIndex((line) => line.endWord === from) ?? -1;
  return i < 0 ? undefined : whole!.slice(i + 1);
}

function breakAndSet(text: TextToSet, from: number, width: number, fonts: FontRegistry, breaker: LineBreaker): SetLine[] {
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
    const line: SetLine = { height: style.leadingPt, items, endWord: from + span.end };
    if (span.fallback) line.fallback = true;
    return line;
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
  // A justified line fills the measure; a last line too, if it was broken to shrink.
  const justify = style.align === 'justify' && lineWords.length > 1 && (span.last ? slack < 0 : slack !== 0);
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
