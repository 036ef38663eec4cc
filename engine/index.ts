// The publishing pipeline, top to bottom:
//   publication (JSON text or data) → validate (and NFC) → template pack
//   → expand (handlebars → markup per slot) → parse (markup → document tree)
//   → layout (positioned pages) → paint (PDF bytes) → preflight (findings)
// Fonts and template packs are loaded once into a context that a
// long-running process (the app, `serve`) keeps and reuses.
import { join } from 'node:path';
import type { DocumentTree } from './document.js';
import { InputError } from '../contract/errors.js';
import { expandSlots } from './expand.js';
import type { Finding } from '../contract/findings.js';
import { loadFontRegistry, type FontRegistry } from './fonts.js';
import { layoutDocument } from './layout/index.js';
import type { LaidOutDocument } from './layout/types.js';
import { preparePrintImages } from './paint/images.js';
import { paintPdf } from './paint/index.js';
import { parseMarkup } from './parse.js';
import { inkLimitPercent, outputProfilePath, SOURCE_OUTPUT_PROFILE_PATH } from './pdfx/standard.js';
import { layoutFindings, preflight } from './preflight.js';
import type { Publication } from '../contract/publication-format.js';
import { findTemplate, loadTemplatePacks, type TemplateRegistry } from './template-registry.js';
import type { TemplatePack } from './template-schema.js';
import { parsePublicationJson, readPublication } from './validate.js';
import { enterStage, pageTicker, type Watch } from './progress.js';

export interface PipelineContext {
  templates: TemplateRegistry;
  fonts: FontRegistry;
  /** The publication's folder: relative image paths are found from here. */
  baseDir?: string;
  /** The publication file, named in messages about its fields. */
  file?: string;
  /** Fixed document dates, so the same input gives the same bytes. */
  creationDate?: Date;
  /** The printing condition's CMYK profile (color/ in the app root). */
  outputProfilePath?: string;
}

export interface Rendered {
  publication: Publication;
  pack: TemplatePack;
  layout: LaidOutDocument;
  pdf: Buffer;
  findings: Finding[];
}

export function createPipelineContext(opts: { appRoot: string; userTemplatesDir?: string; creationDate?: Date }): PipelineContext {
  const fonts = loadFontRegistry(join(opts.appRoot, 'fonts'));
  const dirs: Parameters<typeof loadTemplatePacks>[0] = [{ dir: join(opts.appRoot, 'templates'), source: 'builtin' }];
  if (opts.userTemplatesDir) dirs.push({ dir: opts.userTemplatesDir, source: 'user' });
  return {
    fonts,
    templates: loadTemplatePacks(dirs, fonts.knownFamilies()),
    creationDate: opts.creationDate,
    outputProfilePath: outputProfilePath(opts.appRoot),
  };
}

export interface RenderOptions {
  /**
   * Read the written file back and check it against the PDF/X-1a rules (the
   * default). Loading the PDF reader costs ~0.3 s and reading ~1.5 ms a page,
   * so the CLI's `render` reports the layout's findings only and leaves the
   * file rules to `preflight` (docs/performance.md).
   */
  fileRules?: boolean;
  /** Progress by page painted and cancelling between stages and pages (progress.ts); exports pass one, the preview does not. */
  watch?: Watch;
  /**
   * false (with fileRules false): the caller needs the PDF, the findings and
   * the page count, not what is on each page, so a page's items are let go
   * as soon as it is painted (`Rendered.layout` keeps its pages, empty). A
   * long book's laid-out items are most of a render's memory.
   */
  keepItems?: boolean;
  /** The PDF is made for an office proof: resolution a print shop would refuse is a warning, not an error. */
  proof?: boolean;
  /** Bring CMYK pictures over the ink limit down to it (`render --limit-ink`; our own separations always stay under it). */
  limitInk?: boolean;
}

/** `input` is the publication as JSON text or as parsed data. */
export async function renderPublication(input: unknown, ctx: PipelineContext, opts: RenderOptions = {}): Promise<Rendered> {
  const { watch } = opts;
  await enterStage(watch, 'prepare');
  const publication = validate(input, ctx);
  const pack = findTemplate(ctx.templates, publication.template, ctx.file);
  const layout = await laidOut(publication, pack, ctx, watch);
  const letGo = opts.keepItems === false && opts.fileRules === false;
  const profilePath = ctx.outputProfilePath ?? SOURCE_OUTPUT_PROFILE_PATH;
  const images = await preparePrintImages(layout, { profilePath, inkLimit: inkLimitPercent(pack.definition), limitCmyk: opts.limitInk ?? false });
  const check = { proof: opts.proof, images };
  // Findings read the items, so a run that lets them go takes its findings first.
  const early = letGo ? layoutFindings(layout, pack, check) : undefined;
  const tick = pageTicker(watch, 'paint', layout.pages.length);
  const pdf = await paintPdf(layout, pack, ctx.fonts, {
    creationDate: ctx.creationDate,
    outputProfilePath: profilePath,
    images,
    afterPage: letGo ? (done) => ((layout.pages[done - 1].items = []), tick(done)) : tick,
  });
  const findings = early ?? (opts.fileRules === false ? layoutFindings(layout, pack, check) : await preflight(layout, pdf, pack, check));
  return { publication, pack, layout, pdf, findings };
}

/** Template, markup and layout; the document tree is gone once the pages are laid out. */
async function laidOut(publication: Publication, pack: TemplatePack, ctx: PipelineContext, watch: Watch | undefined): Promise<LaidOutDocument> {
  const tree = documentTree(publication, pack, ctx);
  await enterStage(watch, 'layout');
  return namingFile(ctx.file, () => layoutDocument(tree, pack, ctx.fonts));
}

/** The same publication as an editable Word document, written from the document tree (Word reflows it). */
export async function renderDocx(input: unknown, ctx: PipelineContext, watch?: Watch): Promise<{ publication: Publication; pack: TemplatePack; docx: Buffer }> {
  await enterStage(watch, 'prepare');
  const publication = validate(input, ctx);
  const pack = findTemplate(ctx.templates, publication.template, ctx.file);
  const tree = documentTree(publication, pack, ctx);
  await enterStage(watch, 'write');
  // The Word writer (and the docx package) is loaded on first use: a PDF render does not pay for it.
  const { writeDocx } = await import('./docx/index.js');
  return { publication, pack, docx: await writeDocx(tree, pack) };
}

/**
 * The office proof of a rendered printer PDF, made from that PDF so it shows
 * exactly what goes to print: books 2-up in saddle-stitch order, sheets
 * (leaflets) each side on A4 landscape. pdf-lib is loaded only here.
 */
export async function officeProof(pdf: Buffer, pack: TemplatePack, watch?: Watch): Promise<Buffer> {
  await enterStage(watch, 'impose');
  const { imposeBooklet, proofSheets } = await import('./impose.js');
  return pack.definition.book ? imposeBooklet(pdf) : proofSheets(pdf);
}

/** The findings of a full render: the written PDF is what gets checked (`limitInk`: as `render --limit-ink` would write it). */
export async function preflightPublication(input: unknown, ctx: PipelineContext, opts: Pick<RenderOptions, 'limitInk'> = {}): Promise<Finding[]> {
  return (await renderPublication(input, ctx, opts)).findings;
}

/** Checked against the schema; every string comes back in NFC. */
function validate(input: unknown, ctx: PipelineContext): Publication {
  if (typeof input === 'string') return parsePublicationJson(input, ctx.file ?? 'publication.json');
  return readPublication(input, ctx.file);
}

/** Layout names the field (an image it cannot read) but not the file, which only the pipeline knows. */
function namingFile<T>(file: string | undefined, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof InputError && !error.file && file) throw new InputError(error.message, { file, field: error.field });
    throw error;
  }
}

function documentTree(publication: Publication, pack: TemplatePack, ctx: PipelineContext): DocumentTree {
  const markup = expandSlots(publication, pack, ctx.file);
  return parseMarkup(markup, { pack, pub: publication, baseDir: ctx.baseDir, file: ctx.file });
}
