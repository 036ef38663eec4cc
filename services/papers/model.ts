// An administrative paper as plain data: what the contract, the acceptance,
// liquidation and handover records and the report say, not how a page shows
// it. The DOCX writer and the PDF painter both take this, so the two files
// always say the same.

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Cell {
  /** "\n" starts a new line inside the cell. */
  text: string;
  /** Columns this cell covers (default 1). */
  span?: number;
  align?: Align;
  bold?: boolean;
  italic?: boolean;
}

export interface Column {
  /** Share of the text width, in percent; a table's columns add up to 100. */
  widthPct: number;
  align: Align;
}

/** One who signs: "ĐẠI DIỆN BÊN A" or "GIÁM ĐỐC", the position under it, the note, room for signature and seal, the name. */
export interface Signer {
  title: string;
  /** Printed in bold capitals under the title ("GIÁM ĐỐC"). */
  position?: string;
  /** "(Ký, ghi rõ họ tên và đóng dấu)" on records; none under a report's signer. */
  note?: string;
  name?: string;
}

export type Block =
  /**
   * The Decree-30 header in two columns: on the left the governing body over
   * the issuing body (a short rule under it) and the number line; on the right
   * the Quốc hiệu over the Tiêu ngữ (a rule under it) and the place-date line.
   * The Quốc hiệu and Tiêu ngữ are the writers' constants (decree30.ts).
   */
  | { type: 'letterhead'; governing?: string; issuer: string; numberLine: string; placeDate: string }
  /** The document's name (bold capitals) and the lines under it (number, subject). */
  | { type: 'title'; title: string; lines: Run[][] }
  | { type: 'paragraph'; runs: Run[]; align?: Align; firstLineIndent?: boolean; spaceBefore?: boolean; keepWithNext?: boolean }
  | { type: 'table'; columns: Column[]; header: Cell[]; rows: Cell[][] }
  /**
   * The end: the signers side by side, and "Nơi nhận:" with its list (none on a contract) — beside the
   * one signer of a report, on the left; under the two sides of a record. One block, so it never splits.
   */
  | { type: 'closing'; parties: Signer[]; recipients: string[] }
  /** A horizontal bar chart; the PDF draws it as vectors, the DOCX leaves it to the table beside it. */
  | { type: 'chart'; chart: BarChart };

export interface BarChart {
  title: string;
  /** What the figures count ("bản"). */
  unit: string;
  bars: { label: string; value: number; /** A planned figure, drawn as an outline behind the bar. */ target?: number }[];
}

export interface Paper {
  /** PDF/DOCX metadata title. */
  title: string;
  /** File name without extension, ASCII-safe. */
  fileStem: string;
  blocks: Block[];
}

/** Signers side by side stand level: when one has a position line, the others get an empty one. */
export const levelled = (parties: Signer[]): Signer[] =>
  parties.some((p) => p.position !== undefined) ? parties.map((p) => ({ ...p, position: p.position ?? '' })) : parties;
