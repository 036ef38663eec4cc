// Line breaking: Knuth–Plass against brute force and greedy, the punctuation
// and no-break rules over many generated paragraphs, the greedy fallback, speed.
import { describe, expect, it } from 'vitest';
import { breakLinesKnuthPlass, DEFAULT_KNUTH_PLASS } from '../../engine/layout/break-lines-knuth-plass.js';
import { breakLinesGreedy, type BreakableWord, type LineBreaker, type LineSpan } from '../../engine/layout/break-lines.js';
import { toWords } from '../../engine/layout/measure-words.js';
import { setLines, type TextToSet } from '../../engine/layout/set-lines.js';
import { resolveTextStyle } from '../../engine/layout/styles.js';
import { fonts, LOREM, miniPack } from './layout-fixtures.js';

/** Seeded PRNG (mulberry32): the same cases on every run, many of them. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const { stretch, shrink, tolerance, linePenalty, adjacentDemerits } = DEFAULT_KNUTH_PLASS;

/** Adjustment ratio of one line, as the model defines it (ragged last lines need none unless too long). */
function ratioOf(words: readonly BreakableWord[], span: LineSpan, width: number): number {
  const line = words.slice(span.start, span.end);
  const gaps = line.slice(0, -1).reduce((s, w) => s + w.spaceAfter, 0);
  const slack = width - line.reduce((s, w) => s + w.width, 0) - gaps;
  if (slack < -1e-3) return slack / (gaps * shrink);
  if (span.last || slack <= 1e-3) return 0;
  return gaps > 0 ? slack / (gaps * stretch) : Infinity;
}

const fitnessOf = (r: number) => (r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3);

/** Total demerits of a breaking, computed from the definition (independently of the breaker's search). */
function demeritsOf(words: readonly BreakableWord[], spans: LineSpan[], width: number): number {
  let total = 0;
  let previousFitness = 1;
  for (const span of spans) {
    const r = ratioOf(words, span, width);
    const fitness = fitnessOf(r);
    total += (linePenalty + 100 * Math.abs(r) ** 3) ** 2 + (Math.abs(fitness - previousFitness) > 1 ? adjacentDemerits : 0);
    previousFitness = fitness;
  }
  return total;
}

/**
 * The least total demerits over every feasible breaking, by plain dynamic
 * programming over (break position, class of the line ending there): no
 * active list, no pruning, every pair of positions tried.
 */
function leastDemerits(words: readonly BreakableWord[], width: number): number {
  const n = words.length;
  const best = Array.from({ length: n + 1 }, () => [Infinity, Infinity, Infinity, Infinity]);
  best[0][1] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = 0; start < end; start++) {
      const span = { start, end, last: end === n };
      const r = ratioOf(words, span, width);
      if (r < -1 || r > tolerance) continue;
      const fitness = fitnessOf(r);
      const line = (linePenalty + 100 * Math.abs(r) ** 3) ** 2;
      best[start].forEach((d, previous) => {
        const total = d + line + (Math.abs(fitness - previous) > 1 ? adjacentDemerits : 0);
        if (total < best[end][fitness]) best[end][fitness] = total;
      });
    }
  }
  return Math.min(...best[n]);
}

function randomWords(rand: () => number, n: number, maxWidth = 50): BreakableWord[] {
  return Array.from({ length: n }, () => ({ width: 5 + rand() * (maxWidth - 5), spaceAfter: 3, hardBreak: false }));
}

const covers = (spans: LineSpan[], n: number) => spans.every((s, i) => s.start === (i === 0 ? 0 : spans[i - 1].end) && s.end > s.start) && spans[spans.length - 1].end === n;

describe('Knuth–Plass total fit', () => {
  it('finds the least-demerits breaking, as exhaustive dynamic programming does, over many paragraphs', () => {
    const rand = mulberry32(5);
    let compared = 0;
    for (let c = 0; c < 1500; c++) {
      const words = randomWords(rand, 5 + Math.floor(rand() * 40), 10 + rand() * 40);
      const width = 40 + rand() * 200;
      const best = leastDemerits(words, width);
      if (best === Infinity) continue;
      const spans = breakLinesKnuthPlass(words, width);
      expect(covers(spans, words.length)).toBe(true);
      expect(demeritsOf(words, spans, width)).toBeCloseTo(best, 6);
      compared++;
    }
    expect(compared).toBeGreaterThan(700);
  });

  it('never does worse than greedy, and does better on some paragraphs', () => {
    const rand = mulberry32(11);
    let better = 0;
    for (let c = 0; c < 200; c++) {
      const words = randomWords(rand, 20 + Math.floor(rand() * 200));
      const width = 150 + rand() * 250;
      const greedy = breakLinesGreedy(words, width);
      const kp = breakLinesKnuthPlass(words, width);
      expect(covers(kp, words.length)).toBe(true);
      for (const span of kp) expect(ratioOf(words, span, width)).toBeGreaterThanOrEqual(-1 - 1e-9);
      const [dg, dk] = [demeritsOf(words, greedy, width), demeritsOf(words, kp, width)];
      if (greedy.every((s) => ratioOf(words, s, width) <= tolerance)) expect(dk).toBeLessThanOrEqual(dg * (1 + 1e-9));
      if (dk < dg * 0.99) better++;
    }
    expect(better).toBeGreaterThan(20);
  });

  it('breaks at hard line breaks and sets those lines ragged', () => {
    const words = randomWords(mulberry32(3), 60);
    words[9].hardBreak = true;
    words[40].hardBreak = true;
    const spans = breakLinesKnuthPlass(words, 200);
    expect(spans.filter((s) => s.last).map((s) => s.end)).toEqual([10, 41, 60]);
    expect(covers(spans, 60)).toBe(true);
  });

  it('takes a very loose line (second pass) rather than giving up when nothing fits the tolerance', () => {
    // Two long words that cannot share a line: each line is a word alone, with nothing to stretch.
    const words: BreakableWord[] = [{ width: 90, spaceAfter: 3, hardBreak: false }, { width: 90, spaceAfter: 3, hardBreak: false }];
    expect(breakLinesKnuthPlass(words, 100)).toEqual([{ start: 0, end: 1, last: false }, { start: 1, end: 2, last: true }]);
  });

  it('falls back to greedy for a word wider than the line, marked, without throwing', () => {
    const words = randomWords(mulberry32(5), 30);
    words[12] = { width: 500, spaceAfter: 3, hardBreak: false };
    const spans = breakLinesKnuthPlass(words, 200);
    expect(spans).toEqual(breakLinesGreedy(words, 200).map((s) => ({ ...s, fallback: true })));
    expect(spans.some((s) => s.start === 12 && s.end === 13)).toBe(true);
    expect(breakLinesKnuthPlass([], 200)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// Words and lines from generated Vietnamese paragraphs

const style = resolveTextStyle(miniPack().definition, 'body');
const VOCABULARY = LOREM.replace(/[.,]/g, '').split(' ');
const KEPT_TOGETHER = ['Điều\u00A07', '1800\u00A01233', 'Điều\u202F19', 'khoản\u00A02\u00A0Điều\u00A03'];
const CLOSING_TOKENS = ['.', ',', ':', ';', '!', '?', ')', ']', '}', '»', '”', '’', '…', '...', '?!'];
const OPENING_TOKENS = ['(', '[', '«', '“', '‘'];
const STARTS_CLOSING = /^[,.;:!?)\]}»”’›…]/u;
const ENDS_OPENING = /[([{«“‘‹]$/u;

function paragraph(rand: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const tokens: string[] = [pick(VOCABULARY)];
  const length = 10 + Math.floor(rand() * 120);
  while (tokens.length < length) {
    const roll = rand();
    if (roll < 0.12) tokens.push(pick(CLOSING_TOKENS));
    else if (roll < 0.2) tokens.push(pick(OPENING_TOKENS), pick(VOCABULARY));
    else if (roll < 0.28) tokens.push(pick(KEPT_TOGETHER));
    else tokens.push(pick(VOCABULARY));
  }
  return tokens.join(' ');
}

const textToSet = (content: string): TextToSet => ({ words: toWords([{ text: content }], style, fonts, []), style });
const lineText = (line: { items: { text: string }[] }) => line.items.map((i) => i.text).join(' ');
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('line rules over generated paragraphs', () => {
  const breakers: [string, LineBreaker][] = [['Knuth–Plass', breakLinesKnuthPlass], ['greedy', breakLinesGreedy]];

  it.each(breakers)('%s: no line starts with closing punctuation or ends with an opening one; no-break spaces hold; nothing is lost', (_, breaker) => {
    const rand = mulberry32(2024);
    for (let c = 0; c < 150; c++) {
      const content = paragraph(rand);
      const width = 100 + rand() * 300;
      const lines = setLines(textToSet(content), 0, width, fonts, breaker);
      const texts = lines.map(lineText);
      expect(texts.join(' ')).toBe(content);
      texts.forEach((t, i) => {
        if (i > 0) expect(t).not.toMatch(STARTS_CLOSING);
        if (i < texts.length - 1) expect(t).not.toMatch(ENDS_OPENING);
      });
      for (const phrase of KEPT_TOGETHER) expect(texts.reduce((n, t) => n + count(t, phrase), 0)).toBe(count(content, phrase));
    }
  });

  it('justified lines fill the measure exactly, squeezing spaces no more than the model allows', () => {
    const rand = mulberry32(99);
    const space = fonts.measure(style.face, style.sizePt, ' ');
    for (let c = 0; c < 100; c++) {
      const width = 100 + rand() * 300;
      const lines = setLines(textToSet(paragraph(rand)), 0, width, fonts, breakLinesKnuthPlass);
      lines.forEach((line, i) => {
        const { items } = line;
        for (let k = 1; k < items.length; k++) expect(items[k].x - items[k - 1].x - items[k - 1].width).toBeGreaterThanOrEqual(space * (1 - shrink) - 1e-6);
        const end = items[items.length - 1].x + items[items.length - 1].width;
        if (i < lines.length - 1 && items.length > 1) expect(end).toBeCloseTo(width, 6);
        else expect(end).toBeLessThanOrEqual(width + 1e-6);
      });
    }
  });

  it('binds a spaced closing mark to the word before and an opening one to the word after, keeping the space', () => {
    const words = toWords([{ text: 'phí ! Gọi ( miễn phí ) « Điều 7 »' }], style, fonts, []);
    expect(words.map((w) => w.fragments.map((f) => f.text).join(''))).toEqual(['phí !', 'Gọi', '( miễn', 'phí )', '« Điều', '7 »']);
    expect(words[0].width).toBeCloseTo(fonts.measure(style.face, style.sizePt, 'phí !'), 6);
  });

  it('sets a word wider than the line on a line of its own, marked as a fallback', () => {
    const long = 'Trợ\u00A0giúp\u00A0pháp\u00A0lý\u00A0miễn\u00A0phí\u00A0cho\u00A0người\u00A0dân';
    const lines = setLines(textToSet(`${LOREM} ${long} ${LOREM}`), 0, 80, fonts, breakLinesKnuthPlass);
    expect(lines.map(lineText)).toContain(long);
    expect(lines.every((l) => l.fallback)).toBe(true);
    expect(setLines(textToSet(LOREM), 0, 80, fonts, breakLinesKnuthPlass).some((l) => l.fallback)).toBe(false);
  });

  it('breaks a paragraph once: its rest at the same width is the rest of the lines already set', () => {
    const text = textToSet(`${LOREM} ${LOREM}`);
    const whole = setLines(text, 0, 200, fonts, breakLinesKnuthPlass);
    const rest = setLines(text, whole[2].endWord, 200, fonts, breakLinesKnuthPlass);
    expect(rest).toEqual(whole.slice(3));
    expect(rest[0]).toBe(whole[3]);
    expect(setLines(text, 0, 200, fonts, breakLinesGreedy)).not.toBe(whole);
  });
});

describe('speed', () => {
  it('breaks a 5,000-word paragraph in well under a second', () => {
    const rand = mulberry32(1);
    const content = Array.from({ length: 5000 }, () => VOCABULARY[Math.floor(rand() * VOCABULARY.length)]).join(' ');
    const words = toWords([{ text: content }], style, fonts, []);
    expect(words).toHaveLength(5000);
    const started = performance.now();
    const spans = breakLinesKnuthPlass(words, 238); // an 84 mm column
    expect(performance.now() - started).toBeLessThan(1000);
    expect(covers(spans, 5000)).toBe(true);
    expect(spans.some((s) => s.fallback)).toBe(false);
  });
});
