// What a content stream does with colour and graphics state, read from its
// operators: enough of the PDF content syntax (strings, hex strings, arrays,
// dictionaries, comments, inline images) to never mistake text for an
// operator, and nothing about geometry.

export interface ContentUse {
  /** Colour spaces the operators select: `DeviceRGB` for rg/RG, names given to cs/CS as written (`/DeviceCMYK`, `/CS0`). */
  colourSpaces: Set<string>;
  /** ExtGState resources applied with `gs`. */
  graphicsStates: Set<string>;
  /** XObjects painted with `Do`. */
  xObjects: Set<string>;
  /** Shadings painted with `sh`. */
  shadings: Set<string>;
  /** Colour spaces of inline images (`BI … ID … EI`), abbreviations expanded; an indexed one as `/Indexed <base>`. */
  inlineImageSpaces: Set<string>;
}

/** Operators that set a colour in a device space of their own. */
const DEVICE_OPERATORS: Record<string, string> = {
  rg: 'DeviceRGB', RG: 'DeviceRGB', k: 'DeviceCMYK', K: 'DeviceCMYK', g: 'DeviceGray', G: 'DeviceGray',
};
/** Inline images may abbreviate their colour space. */
const INLINE_SPACES: Record<string, string> = { '/G': '/DeviceGray', '/RGB': '/DeviceRGB', '/CMYK': '/DeviceCMYK', '/I': '/Indexed' };

const isWhite = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
const isDelimiter = (c: number) => '()<>[]{}/%'.includes(String.fromCharCode(c));

export function readContentUse(content: Uint8Array): ContentUse {
  const text = Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('latin1');
  const use: ContentUse = { colourSpaces: new Set(), graphicsStates: new Set(), xObjects: new Set(), shadings: new Set(), inlineImageSpaces: new Set() };
  // Only the last names matter: every operator read here takes a name operand.
  let operands: string[] = [];
  let at = 0;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    if (isWhite(c)) { at++; continue; }
    const ch = text[at];
    if (ch === '%') { at = skipTo(text, at, /[\r\n]/g); continue; }
    if (ch === '(') { at = skipString(text, at); operands.push('()'); continue; }
    if (ch === '<' && text[at + 1] !== '<') { at = text.indexOf('>', at) + 1 || text.length; operands.push('<>'); continue; }
    if (ch === '<' || ch === '>' || ch === '[' || ch === ']' || ch === '{' || ch === '}') { at += ch === '<' || ch === '>' ? 2 : 1; continue; }
    const start = at;
    at++;
    while (at < text.length && !isWhite(text.charCodeAt(at)) && !isDelimiter(text.charCodeAt(at))) at++;
    const token = text.slice(start, at);
    if (ch === '/' || /^([+\-.\d]|true$|false$|null$)/.test(token)) { operands.push(token); continue; }
    // An operator: act on it, then start collecting operands afresh.
    const last = operands.at(-1);
    if (token in DEVICE_OPERATORS) use.colourSpaces.add(DEVICE_OPERATORS[token]);
    else if ((token === 'cs' || token === 'CS') && last) use.colourSpaces.add(last);
    else if (token === 'gs' && last) use.graphicsStates.add(last);
    else if (token === 'Do' && last) use.xObjects.add(last);
    else if (token === 'sh' && last) use.shadings.add(last);
    else if (token === 'ID') at = skipInlineImage(text, at, operands, use);
    operands = [];
  }
  return use;
}

function skipTo(text: string, from: number, pattern: RegExp): number {
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  return m ? m.index : text.length;
}

/** A literal string: balanced parentheses, backslash escapes. */
function skipString(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  return text.length;
}

/**
 * `BI /K v … ID <binary> EI`: the dictionary's operands were collected as
 * tokens; records the colour space and skips the binary data, which ends
 * at the first `EI` standing alone.
 */
function skipInlineImage(text: string, at: number, dict: string[], use: ContentUse): number {
  const expand = (name: string | undefined) => (name ? INLINE_SPACES[name] ?? name : '');
  const key = dict.findIndex((t) => t === '/CS' || t === '/ColorSpace');
  const space = key >= 0 ? expand(dict[key + 1]) : '';
  // An image mask has no colour space: it paints with the current colour.
  if (space === '/Indexed') use.inlineImageSpaces.add(`/Indexed ${expand(dict[key + 2])}`);
  else if (space) use.inlineImageSpaces.add(space);
  const end = /\sEI(?=[\s]|$)/g;
  end.lastIndex = at + 1;
  const m = end.exec(text);
  return m ? m.index + m[0].length : text.length;
}
