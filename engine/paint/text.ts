// Text as the painter writes it. pdfkit's `text()` would shape every string
// again (and a justified line as a whole); here every word was shaped once by
// the font registry, its glyphs join the document's font subset through
// pdfkit's own embedded font (which then writes the subset, its widths and
// the ToUnicode map as it always does), and consecutive items go out as one
// text object: a Tm where a line starts, then TJ arrays whose numbers carry
// the kerning and the gaps layout chose between words.
import { faceKey, type FontRegistry, type ShapedText } from '../fonts.js';
import type { FontFace, TextItem } from '../layout/types.js';
import type { Cmyk } from '../template-schema.js';
import { addLength1 } from './font-file.js';

type Doc = PDFKit.PDFDocument;

/** What the painter uses of pdfkit's EmbeddedFont (pdfkit/js/pdfkit.js): the subset and the tables `embed()` writes from. */
interface EmbeddedFont {
  id: string;
  subset: {
    includeGlyph(glyphId: number): number;
    /** Glyph ids of the font file, in subset order. */
    glyphs: number[];
    /** The subset font file embed() writes. */
    encode(): Uint8Array;
  };
  /** By subset glyph id, in thousandths of an em. */
  widths: (number | undefined)[];
  unicode: (number[] | undefined)[];
  ref(): unknown;
  document: { ref(data?: object): { data: Record<string, unknown>; end(chunk?: Uint8Array): void } };
  embed(): unknown;
}

/** A piece of a TJ array, with the text rise its glyph needs (non-zero only for a mark set off the baseline). */
interface Segment {
  tj: string;
  /** Thousandths of an em. */
  rise: number;
}

/** A shaped string in one PDF: glyphs as subset ids, ready to write at any size. */
interface EncodedText {
  segments: Segment[];
  /** Pen advance in thousandths of an em. */
  advance: number;
}

interface DocumentFont {
  /** `faceKey` of the face drawn (the registry's resolution of the one asked for). */
  key: string;
  font: EmbeddedFont;
  encoded: Map<string, EncodedText>;
}

/** Numbers as pdfkit writes them (PDFObject.number): at most six decimals, so the same input gives the same bytes. */
const num = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Graphics states that turn overprint on and off. With OPM 1 a DeviceCMYK
 * colour's zero components leave the plates under it alone, so 100 % K text
 * prints on top of the tint instead of knocking a hole out of it.
 */
const OVERPRINT = { on: { name: 'OPon', OP: true, op: true, OPM: 1 }, off: { name: 'OPoff', OP: false, op: false, OPM: 0 } } as const;
type Overprint = keyof typeof OVERPRINT;

export class TextPainter {
  /** By the face as layout asked for it (`faceKey`), so a face is resolved once per document. */
  private readonly fonts = new Map<string, DocumentFont>();
  private readonly colours = new WeakMap<Cmyk, string>();
  /** Operators of the open text object, written on flush. */
  private ops: string[] = [];
  private state?: { font?: DocumentFont; size: number; color: string; y: number; pen: number; rise: number; array: string[]; overprint: boolean };
  /** The document's overprint graphics states, made on first use. */
  private readonly states = new Map<Overprint, unknown>();

  constructor(private readonly pdf: Doc, private readonly registry: FontRegistry) {}

  /** Adds an item to the open text object (opening one if needed). `item.y` is its baseline; `overprint`: the item prints over what is under it. */
  text(item: TextItem, overprint = false): void {
    const font = this.documentFont(item.face);
    const page = (this.pdf as unknown as { page: { fonts: Record<string, unknown> } }).page;
    page.fonts[font.font.id] ??= font.font.ref();

    if (!this.state) this.ops.push('BT');
    const s = (this.state ??= { size: 0, color: '', y: NaN, pen: 0, rise: 0, array: [], overprint: false });
    if (s.overprint !== overprint) {
      this.closeArray();
      this.setOverprint(overprint ? 'on' : 'off');
      s.overprint = overprint;
    }
    if (s.font !== font || s.size !== item.sizePt) {
      this.closeArray();
      this.ops.push(`/${font.font.id} ${num(item.sizePt)} Tf`);
      s.font = font;
      s.size = item.sizePt;
    }
    const color = this.fillColour(item.color);
    if (s.color !== color) {
      this.closeArray();
      this.ops.push(color);
      s.color = color;
    }
    if (s.y !== item.y || item.x < s.pen) {
      // A new line (or a step back): set the text matrix; on the same line the gap is a number in the TJ array.
      this.closeArray();
      this.ops.push(`1 0 0 -1 ${num(item.x)} ${num(item.y)} Tm`);
      s.y = item.y;
    } else {
      const gap = num(-((item.x - s.pen) * 1000) / item.sizePt);
      if (gap) s.array.push(String(gap));
    }
    s.pen = item.x + this.write(font, item);
  }

  /** Closes the open text object: before anything else is drawn, and at the end of a page. */
  flush(): void {
    if (!this.state) return;
    this.closeArray();
    if (this.state.rise !== 0) this.ops.push('0 Ts');
    // Overprint is graphics state, which outlives the text object: what is drawn next must knock out again.
    if (this.state.overprint) this.setOverprint('off');
    this.ops.push('ET');
    const page = (this.pdf as unknown as { page: { write(chunk: Uint8Array): void } }).page;
    page.write(Buffer.from(this.ops.join('\n') + '\n', 'latin1'));
    this.ops = [];
    this.state = undefined;
  }

  private setOverprint(which: Overprint): void {
    const { name, ...entries } = OVERPRINT[which];
    let state = this.states.get(which);
    if (!state) {
      const ref = (this.pdf as unknown as { ref(data: object): { end(): void } }).ref({ Type: 'ExtGState', ...entries });
      ref.end();
      this.states.set(which, (state = ref));
    }
    (this.pdf as unknown as { page: { ext_gstates: Record<string, unknown> } }).page.ext_gstates[name] = state;
    this.ops.push(`/${name} gs`);
  }

  private closeArray(): void {
    const s = this.state!;
    if (s.array.length) this.ops.push(`[${s.array.join(' ')}] TJ`);
    s.array = [];
  }

  /** The item's glyphs into the open TJ array, words and spaces encoded apart (a line is never shaped whole); returns the item's advance in points. */
  private write(font: DocumentFont, item: TextItem): number {
    const text = item.text;
    let advance = 0;
    for (let start = 0; start <= text.length; ) {
      const space = text.indexOf(' ', start);
      const end = space < 0 ? text.length : space;
      if (end > start) advance += this.writeEncoded(this.encode(font, item.face, text.slice(start, end)), item.sizePt);
      if (space < 0) break;
      advance += this.writeEncoded(this.encode(font, item.face, ' '), item.sizePt);
      start = space + 1;
    }
    return (advance * item.sizePt) / 1000;
  }

  private writeEncoded(encoded: EncodedText, sizePt: number): number {
    const s = this.state!;
    for (const seg of encoded.segments) {
      if (seg.rise !== s.rise) {
        this.closeArray();
        this.ops.push(`${num((seg.rise * sizePt) / 1000)} Ts`);
        s.rise = seg.rise;
      }
      s.array.push(seg.tj);
    }
    return encoded.advance;
  }

  private encode(font: DocumentFont, face: FontFace, text: string): EncodedText {
    let encoded = font.encoded.get(text);
    if (!encoded) {
      encoded = encodeShaped(this.registry.shape(face, text), font.font);
      font.encoded.set(text, encoded);
    }
    return encoded;
  }

  private documentFont(face: FontFace): DocumentFont {
    const asked = faceKey(face);
    let f = this.fonts.get(asked);
    if (!f) {
      const key = faceKey(this.registry.resolve(face));
      f = [...this.fonts.values()].find((d) => d.key === key);
      if (!f) {
        // pdfkit takes a fontkit font object as a source as well as bytes.
        this.pdf.registerFont(key, this.registry.fontForDocument(face) as unknown as Buffer);
        this.pdf.font(key);
        f = { key, font: (this.pdf as unknown as { _font: EmbeddedFont })._font, encoded: new Map() };
        addLength1(f.font);
        const subset = f.font.subset;
        const make = subset.encode.bind(subset);
        // Re-rendering a book needs the same glyphs: their subset comes from the cache (subset-cache.ts).
        subset.encode = () => this.registry.subsetBytes(face, subset.glyphs, make);
      }
      this.fonts.set(asked, f);
    }
    return f;
  }

  /** The operators pdfkit's fillColor writes for a CMYK colour (percentages become 0–1). */
  private fillColour(c: Cmyk): string {
    let op = this.colours.get(c);
    if (op === undefined) {
      op = `/DeviceCMYK cs ${c.map((v) => v / 100).join(' ')} scn`;
      this.colours.set(c, op);
    }
    return op;
  }
}

/**
 * Glyphs into the subset and out as hex ids, as EmbeddedFont.encode does,
 * with the widths and code points it records for `embed()`. Where shaping
 * moved a glyph (kerning, a mark's offset) a TJ number puts it there; a
 * vertical offset becomes a text rise of its own segment.
 */
function encodeShaped(shaped: ShapedText, font: EmbeddedFont): EncodedText {
  const segments: Segment[] = [];
  let tj = '';
  let hex = '';
  let rise = 0;
  const closeHex = () => {
    if (hex) tj += `<${hex}>`;
    hex = '';
  };
  const adjust = (n: number) => {
    if (num(n) === 0) return;
    closeHex();
    tj += ` ${num(n)} `;
  };
  let advance = 0;
  for (const g of shaped.glyphs) {
    if (g.dy !== rise) {
      closeHex();
      if (tj) segments.push({ tj: tj.trim(), rise });
      tj = '';
      rise = g.dy;
    }
    const gid = font.subset.includeGlyph(g.id);
    font.widths[gid] ??= g.width;
    font.unicode[gid] ??= g.codePoints;
    // TJ numbers move the pen back: draw the glyph dx further on, then land where shaping leaves the pen.
    adjust(-g.dx);
    hex += gid.toString(16).padStart(4, '0');
    adjust(g.dx + g.width - g.advance);
    advance += g.advance;
  }
  closeHex();
  if (tj) segments.push({ tj: tj.trim(), rise });
  return { segments, advance };
}
