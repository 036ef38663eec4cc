// Import's part of the contract: a Word or text file (old encodings too) as
// a new publication, and pasted text as blocks. Pure: the renderer imports it.
import { z } from 'zod';
import { feature } from './define.js';
import type { Block } from './publication-format.js';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'mã không hợp lệ');
const encoding = z.enum(['auto', 'tcvn3', 'vni', 'unicode']).default('auto');

/** A place the import could not decide, as an editor reads it. */
export interface ImportNote {
  /** "dòng 3, cột 12" or "đoạn 7". */
  where: string;
  /** The word as the import wrote it. */
  text: string;
  message: string;
}

export interface ImportSummary {
  encoding: 'tcvn3' | 'vni' | 'unicode';
  decomposed: boolean;
  undecided: boolean;
  notes: ImportNote[];
}

export interface ImportResults {
  'import.file': ImportSummary & { id: string; title: string; blocks: number };
  'import.text': ImportSummary & { blocks: Block[] };
}

export const importApi = feature<ImportResults>()({
  /** A file the user dropped or chose, as base64 (Word files up to ~20 MB). */
  'import.file': z.object({ fileName: z.string().min(1).max(300), base64: z.string().max(28_000_000), encoding, templateId: id.optional() }).strict(),
  'import.text': z.object({ text: z.string().max(2_000_000), encoding }).strict(),
});
