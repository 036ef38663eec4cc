// Preflight findings: what a print shop or a reader would object to.
import type { SourceRef } from './publication-format.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  severity: Severity;
  /** Stable machine code, e.g. `overflow`, `missing-glyph`, `low-ppi`, `font-not-embedded`. */
  code: string;
  /** What is wrong and what to do, in Vietnamese. */
  message: string;
  /** 1-based page of the output, when known. */
  page?: number;
  source?: SourceRef;
}
