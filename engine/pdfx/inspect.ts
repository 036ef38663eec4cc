// Reads a written PDF back and reports what a PDF/X-1a check looks at:
// version, page boxes, fonts, colour spaces, transparency, info keys and
// output intents. Works on any PDF (ours, an imposed proof, one made
// elsewhere), so preflight judges the file and not what we meant to write.
import {
  decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, PDFString,
  type PDFObject, type PDFPageLeaf,
} from '@cantoo/pdf-lib';
import { readContentUse } from './content-ops.js';

/** [llx, lly, urx, ury] as written. */
export type Box = [number, number, number, number];

export interface FontUse {
  name: string;
  subtype: string;
  embedded: boolean;
}

export type TransparencyKind = 'opacity' | 'soft-mask' | 'blend-mode' | 'image-soft-mask' | 'group';

export interface TransparencyUse {
  kind: TransparencyKind;
  /** Where and what, in PDF terms (`/GS1 ca 0.5`, `image /Im1`). */
  detail: string;
}

export interface PageInspection {
  /** 1-based. */
  number: number;
  mediaBox: Box;
  bleedBox?: Box;
  trimBox?: Box;
  artBox?: Box;
  fonts: FontUse[];
  /** Families selected by the content (`DeviceCMYK`, `DeviceRGB`, `ICCBased`, `Indexed/DeviceRGB`, …), sorted. */
  colourSpaces: string[];
  /** Families of the images painted, sorted. */
  imageColourSpaces: string[];
  transparency: TransparencyUse[];
}

export interface OutputIntentInfo {
  subtype: string;
  outputConditionIdentifier?: string;
  outputCondition?: string;
  registryName?: string;
  info?: string;
  /** Colour components of the embedded DestOutputProfile (4 for CMYK); absent when none is embedded. */
  profileComponents?: number;
}

export interface PdfInspection {
  /** Effective version: the header's, or the catalog's /Version when higher. */
  version: string;
  encrypted: boolean;
  /** Info values as text; names keep their slash (`Trapped: "/False"`). */
  info: Record<string, string>;
  outputIntents: OutputIntentInfo[];
  pages: PageInspection[];
}

export async function inspectPdf(bytes: Uint8Array): Promise<PdfInspection> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: false });
  const catalog = doc.catalog;
  return {
    version: effectiveVersion(bytes, catalog),
    encrypted: doc.context.trailerInfo.Encrypt !== undefined,
    info: readInfo(doc),
    outputIntents: readOutputIntents(catalog),
    pages: doc.getPages().map((page, i) => inspectPage(page.node, i + 1)),
  };
}

function effectiveVersion(bytes: Uint8Array, catalog: PDFDict): string {
  const header = /%PDF-(\d+\.\d+)/.exec(Buffer.from(bytes.subarray(0, 1024)).toString('latin1'))?.[1] ?? '?';
  const declared = catalog.lookupMaybe(PDFName.of('Version'), PDFName)?.decodeText();
  return declared && Number(declared) > Number(header) ? declared : header;
}

function readInfo(doc: PDFDocument): Record<string, string> {
  const info = doc.context.lookup(doc.context.trailerInfo.Info);
  if (!(info instanceof PDFDict)) return {};
  return Object.fromEntries(info.entries().map(([key, value]) => [key.decodeText(), textOf(doc.context.lookup(value))]));
}

function readOutputIntents(catalog: PDFDict): OutputIntentInfo[] {
  const intents = catalog.lookupMaybe(PDFName.of('OutputIntents'), PDFArray);
  if (!intents) return [];
  return intents.asArray().flatMap((ref) => {
    const intent = catalog.context.lookup(ref);
    if (!(intent instanceof PDFDict)) return [];
    const text = (key: string) => optionalText(intent.lookup(PDFName.of(key)));
    const profile = intent.lookup(PDFName.of('DestOutputProfile'));
    const components = profile instanceof PDFStream ? profile.dict.lookupMaybe(PDFName.of('N'), PDFNumber)?.asNumber() : undefined;
    return [{
      subtype: text('S')?.replace(/^\//, '') ?? '',
      outputConditionIdentifier: text('OutputConditionIdentifier'),
      outputCondition: text('OutputCondition'),
      registryName: text('RegistryName'),
      info: text('Info'),
      profileComponents: components,
    }];
  });
}

function inspectPage(node: PDFPageLeaf, number: number): PageInspection {
  const found = new Collector(node.context);
  const group = node.lookupMaybe(PDFName.of('Group'), PDFDict);
  if (group) found.group(group, 'page');
  found.content(contentBytes(node.Contents(), node.context), node.Resources());
  return {
    number,
    mediaBox: box(node.MediaBox())!,
    bleedBox: box(node.BleedBox()),
    trimBox: box(node.TrimBox()),
    artBox: box(node.ArtBox()),
    fonts: found.fonts(),
    colourSpaces: [...found.spaces].sort(),
    imageColourSpaces: [...found.imageSpaces].sort(),
    transparency: found.transparency,
  };
}

/** Walks a page's content and the forms it paints, collecting what each uses. */
class Collector {
  readonly spaces = new Set<string>();
  readonly imageSpaces = new Set<string>();
  readonly transparency: TransparencyUse[] = [];
  private readonly fontsByRef = new Map<string, FontUse>();
  private readonly seenForms = new Set<PDFObject>();

  constructor(private readonly context: PDFDict['context']) {}

  content(bytes: Uint8Array, resources: PDFDict | undefined): void {
    const use = readContentUse(bytes);
    const resource = (category: string, name: string) =>
      this.context.lookup(resources?.lookupMaybe(PDFName.of(category), PDFDict)?.get(PDFName.of(name.slice(1))));
    for (const name of use.colourSpaces) this.spaces.add(this.family(isDeviceName(name) ? PDFName.of(name.replace(/^\//, '')) : resource('ColorSpace', name)));
    for (const name of use.inlineImageSpaces) {
      const [space, base] = name.split(' ');
      const family = space === '/Indexed' ? `Indexed/${this.family(PDFName.of(base.slice(1)))}` : this.family(isDeviceName(space) ? PDFName.of(space.slice(1)) : resource('ColorSpace', space));
      this.imageSpaces.add(family);
    }
    for (const name of use.graphicsStates) this.graphicsState(resource('ExtGState', name), name);
    for (const name of use.shadings) this.shadingSpace(resource('Shading', name));
    for (const name of use.xObjects) this.xObject(resource('XObject', name), name, resources);
    // Patterns and fonts in the resources: a pattern's shading carries its own colour space.
    for (const [, pattern] of entries(resources, 'Pattern')) this.shadingSpace(this.asDict(pattern)?.lookup(PDFName.of('Shading')));
    for (const [, font] of entries(resources, 'Font')) this.font(font);
  }

  fonts(): FontUse[] {
    return [...this.fontsByRef.values()];
  }

  group(group: PDFDict, where: string): void {
    if (group.lookupMaybe(PDFName.of('S'), PDFName)?.decodeText() === 'Transparency') this.transparency.push({ kind: 'group', detail: where });
  }

  private xObject(obj: PDFObject | undefined, name: string, parentResources: PDFDict | undefined): void {
    if (!(obj instanceof PDFStream) || this.seenForms.has(obj)) return;
    const dict = obj.dict;
    const subtype = dict.lookupMaybe(PDFName.of('Subtype'), PDFName)?.decodeText();
    if (subtype === 'Image') {
      // A stencil mask has no colour space: it paints with the current colour.
      if (dict.get(PDFName.of('ImageMask'))?.toString() !== 'true') this.imageSpaces.add(this.family(dict.lookup(PDFName.of('ColorSpace'))));
      if (dict.get(PDFName.of('SMask'))) this.transparency.push({ kind: 'image-soft-mask', detail: `image ${name}` });
      const inData = dict.lookupMaybe(PDFName.of('SMaskInData'), PDFNumber)?.asNumber();
      if (inData) this.transparency.push({ kind: 'image-soft-mask', detail: `image ${name} SMaskInData` });
      return;
    }
    if (subtype !== 'Form') return;
    this.seenForms.add(obj);
    const group = dict.lookupMaybe(PDFName.of('Group'), PDFDict);
    if (group) this.group(group, `form ${name}`);
    // A form without resources of its own uses the page's (allowed in old files).
    this.content(contentBytes(obj, this.context), dict.lookupMaybe(PDFName.of('Resources'), PDFDict) ?? parentResources);
  }

  private graphicsState(obj: PDFObject | undefined, name: string): void {
    const state = this.asDict(obj);
    if (!state) return;
    for (const key of ['CA', 'ca']) {
      const alpha = state.lookupMaybe(PDFName.of(key), PDFNumber)?.asNumber();
      if (alpha !== undefined && alpha < 1) this.transparency.push({ kind: 'opacity', detail: `${name} ${key} ${alpha}` });
    }
    const mask = state.lookup(PDFName.of('SMask'));
    if (mask && !(mask instanceof PDFName && mask.decodeText() === 'None')) this.transparency.push({ kind: 'soft-mask', detail: `${name} SMask` });
    const blend = state.lookup(PDFName.of('BM'));
    const modes = blend instanceof PDFArray ? blend.asArray().map((m) => textOf(m)) : blend ? [textOf(blend)] : [];
    if (modes.length > 0 && !modes.some((m) => m === '/Normal' || m === '/Compatible')) this.transparency.push({ kind: 'blend-mode', detail: `${name} BM ${modes.join(' ')}` });
  }

  private shadingSpace(obj: PDFObject | undefined): void {
    const shading = this.asDict(obj);
    if (shading) this.spaces.add(this.family(shading.lookup(PDFName.of('ColorSpace'))));
  }

  private font(ref: PDFObject): void {
    const key = ref instanceof PDFRef ? ref.toString() : `direct ${this.fontsByRef.size}`;
    if (this.fontsByRef.has(key)) return;
    const font = this.asDict(ref);
    if (!font) return;
    const subtype = font.lookupMaybe(PDFName.of('Subtype'), PDFName)?.decodeText() ?? '';
    const name = font.lookupMaybe(PDFName.of('BaseFont'), PDFName)?.decodeText() ?? '(không tên)';
    // A composite font's program sits with its descendant; a Type3 font's glyphs are content streams in the file.
    const described = subtype === 'Type0' ? this.asDict(font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.get(0)) : font;
    const descriptor = this.asDict(described?.lookup(PDFName.of('FontDescriptor')));
    const embedded = subtype === 'Type3' || ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor?.get(PDFName.of(k)) !== undefined);
    this.fontsByRef.set(key, { name, subtype, embedded });
  }

  /** The family of a colour space object: its name, or the first name of its array. */
  private family(obj: PDFObject | undefined): string {
    const space = obj instanceof PDFRef ? this.context.lookup(obj) : obj;
    if (space instanceof PDFName) return space.decodeText();
    if (space instanceof PDFArray) {
      const head = textOf(space.lookup(0)).replace(/^\//, '');
      if (head === 'Indexed' || head === 'I') return `Indexed/${this.family(space.get(1))}`;
      return head;
    }
    return '(không rõ)';
  }

  private asDict(obj: PDFObject | undefined): PDFDict | undefined {
    const value = obj instanceof PDFRef ? this.context.lookup(obj) : obj;
    if (value instanceof PDFDict) return value;
    if (value instanceof PDFStream) return value.dict;
    return undefined;
  }
}

const isDeviceName = (name: string) => /^\/?(DeviceRGB|DeviceCMYK|DeviceGray|Pattern)$/.test(name);

function entries(resources: PDFDict | undefined, category: string): [PDFName, PDFObject][] {
  return resources?.lookupMaybe(PDFName.of(category), PDFDict)?.entries() ?? [];
}

function contentBytes(contents: PDFObject | undefined, context: PDFDict['context']): Uint8Array {
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => context.lookup(r)) : [contents];
  const parts = streams.flatMap((s) => (s instanceof PDFRawStream ? [decodePDFRawStream(s).decode(), new Uint8Array([0x0a])] : []));
  return Buffer.concat(parts);
}

function box(array: PDFArray | undefined): Box | undefined {
  if (!array) return undefined;
  const n = array.asArray().map((v) => (v instanceof PDFNumber ? v.asNumber() : NaN));
  return n.length === 4 && n.every(Number.isFinite) ? [n[0], n[1], n[2], n[3]] : undefined;
}

function textOf(value: PDFObject | undefined): string {
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
  if (value instanceof PDFName) return `/${value.decodeText()}`;
  return value === undefined ? '' : value.toString();
}

function optionalText(value: PDFObject | undefined): string | undefined {
  return value === undefined ? undefined : textOf(value);
}
