// THE contract between the UI and everything else. Every method: its name, its
// zod input schema and its result type. Both transports (Electron IPC and the
// loopback HTTP server) validate input with these schemas, and the renderer's
// client is typed from the same declarations.
//
// This file is imported by the renderer too: it must stay free of Node and
// Electron imports (types only from the services).
import { z } from 'zod';
import type { Finding } from './findings.js';
import type { Publication, SourceRef } from './publication-format.js';
import type { BookLayout, BookPage, Overflow } from '../engine/layout/types.js';
import { recordSchemas, type RecordResults } from './records.js';
import { contentSchemas, type ContentResults } from './legal-content.js';
import { comfortSchemas, type ComfortResults } from './settings.js';
import { exportSchemas, type ExportResults } from './exports.js';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'mã không hợp lệ');

/** The publication is validated fully by the pipeline (with field names); here only its shape. */
const publicationInput = z.record(z.string(), z.unknown());

export const apiSchemas = {
  'app.info': z.object({}).strict(),
  'templates.list': z.object({}).strict(),
  'publications.list': z.object({}).strict(),
  'publications.get': z.object({ id }).strict(),
  'publications.create': z.object({ templateId: id, title: z.string().max(500).optional() }).strict(),
  'publications.save': z.object({ id, publication: publicationInput }).strict(),
  'publications.delete': z.object({ id }).strict(),
  'render.preview': z.object({ publication: publicationInput }).strict(),
  'render.pdf': z.object({ publication: publicationInput }).strict(),
  'preflight.run': z.object({ publication: publicationInput }).strict(),
  ...recordSchemas,
  ...contentSchemas,
  ...comfortSchemas,
  ...exportSchemas,
} as const;

export type ApiMethod = keyof typeof apiSchemas;
export type ApiInput<M extends ApiMethod> = z.input<(typeof apiSchemas)[M]>;

export interface AppInfo {
  version: string;
  /** Where records live on this machine, shown in settings and the README. */
  dataDir: string;
  transport: 'ipc' | 'http';
}

export interface TemplateSummary {
  id: string;
  name: string;
  kind: 'leaflet' | 'pocketbook' | 'handbook' | 'notebook' | 'other';
  description: string;
  source: 'builtin' | 'user';
  trimMm: { width: number; height: number };
  /** `frames`: panel ids the slot's flow fills, in reading order (the preview outlines the last one on overflow). */
  slots: { name: string; label: string; description?: string; frames?: string[] }[];
  /** Books only: the choices a new publication can make (trim size, ruled note pages). */
  book?: BookOptions;
}

/** What a book pack lets a publication choose (docs/books.md, "Choices a publication makes"). */
export interface BookOptions {
  /** Trim sizes for the publication's top-level `size`; empty when the pack has one size. */
  sizes: { id: string; label: string; widthMm: number; heightMm: number }[];
  /** The size that is the pack's own trim, used when `size` is absent. */
  defaultSize?: string;
  /** Present when the pack prints ruled note pages: how many when `notes.pages` is absent. */
  notePages?: { default: number; max: number };
}

export interface TemplateList {
  templates: TemplateSummary[];
  /** Packs that were found but are broken: file, field and what is wrong. */
  problems: { dir: string; file: string; field?: string; message: string }[];
}

export interface PublicationSummary {
  id: string;
  title: string;
  templateId: string;
  kind: string;
  createdAt: string;
  updatedAt: string;
}

export interface StoredPublication {
  id: string;
  publication: Publication;
  createdAt: string;
  updatedAt: string;
}

export interface PagePreview {
  label: string;
  /** Trim size in points and the bleed, to place the fold lines on screen. */
  trimWidth: number;
  trimHeight: number;
  bleed: number;
  /** Offset of the trim's top-left corner inside the PDF page (points). */
  trimX: number;
  trimY: number;
  mediaWidth: number;
  mediaHeight: number;
  folds: number[];
  frames: { panelId: string; label: string; flow: string; x: number; y: number; width: number; height: number }[];
  /** Books only: the page's number, side and part, for thumbnails and the page view. */
  book?: Pick<BookPage, 'pageNumber' | 'side' | 'part' | 'blank' | 'folio'>;
  /** Where each block is printed on this page (trim coordinates, points): a click on the preview finds its block. */
  regions?: BlockRegion[];
}

/** The box around one block's printed items on a page. A block split over two columns has one box in each. */
export interface BlockRegion {
  source: SourceRef;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the editor of a book needs from its layout: outline and block → page map with the real page numbers. */
export type BookPreview = Pick<BookLayout, 'pageCount' | 'blanksAdded' | 'binding' | 'size' | 'outline' | 'blockPages'>;

export interface RenderResult {
  /** The print-ready PDF, base64. */
  pdfBase64: string;
  fileName: string;
  pages: PagePreview[];
  overflow: Overflow[];
  findings: Finding[];
  /** Books only. */
  book?: BookPreview;
  /** How long the render took in the service, milliseconds. */
  ms: number;
}

export interface ApiResults extends RecordResults, ContentResults, ComfortResults, ExportResults {
  'app.info': AppInfo;
  'templates.list': TemplateList;
  'publications.list': PublicationSummary[];
  'publications.get': StoredPublication;
  'publications.create': StoredPublication;
  'publications.save': { updatedAt: string };
  'publications.delete': { deleted: true };
  'render.preview': RenderResult;
  'render.pdf': RenderResult;
  'preflight.run': { findings: Finding[] };
}

export type ApiResult<M extends ApiMethod> = ApiResults[M];

/** What a user can read and act on: a message in Vietnamese, where, and a code. */
export interface ApiError {
  code: 'invalid-input' | 'not-found' | 'conflict' | 'internal';
  message: string;
  field?: string;
  file?: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const API_METHODS = Object.keys(apiSchemas) as ApiMethod[];

/** The client shape both transports give the renderer. */
export type ApiClient = { call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<M>> };
