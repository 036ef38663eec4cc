// An administrative document as plain data: what the contract, acceptance
// and liquidation records say, not how a page shows it. The DOCX writer and
// the PDF painter both take this, so the two files always say the same.

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

export type Block =
  /** Quốc hiệu and tiêu ngữ, centred, with the rule under the tiêu ngữ. */
  | { type: 'motto' }
  /** The document's name (bold capitals) and the lines under it (number, subject). */
  | { type: 'title'; title: string; lines: Run[][] }
  | { type: 'paragraph'; runs: Run[]; align?: Align; firstLineIndent?: boolean; spaceBefore?: boolean; keepWithNext?: boolean }
  | { type: 'table'; columns: Column[]; header: Cell[]; rows: Cell[][] }
  /** Signature blocks side by side: "ĐẠI DIỆN BÊN A" over the signer's name. */
  | { type: 'signatures'; parties: { title: string; note: string; name?: string }[] }
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
