// Layout works in PDF points; templates speak millimetres.
export const PT_PER_MM = 72 / 25.4;

export const mmToPt = (mm: number): number => mm * PT_PER_MM;
export const ptToMm = (pt: number): number => pt / PT_PER_MM;

/** Rounding slack so a line that fits to the thousandth of a point is not pushed on. */
export const EPSILON = 1e-3;
