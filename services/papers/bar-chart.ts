// A horizontal bar chart painted as PDF vectors (rectangles and lines, the
// labels as text): one bar per unit, with the planned figure, when there is
// one, as an outline the bar fills up to. Readable when printed in grey.
import { formatInteger } from '../../contract/money.js';
import type { BarChart } from './model.js';

// pdfkit's own type, by its global name: only pdf.ts imports pdfkit (test/documents/boundary.test.ts).
type Pdf = PDFKit.PDFDocument;

const ROW = 17;
const BAR = 11;
const LABEL_SHARE = 0.34;
const VALUE_ROOM = 90;
const SIZE = 10;
const FILL = '#3f6590';

/** Paints at the current y, moving to a new page first when the chart does not fit. */
export function paintBarChart(pdf: Pdf, chart: BarChart, area: { left: number; width: number; bottom: number }): void {
  const height = 22 + chart.bars.length * ROW + 22;
  pdf.moveDown(0.5);
  if (pdf.y + height > area.bottom) pdf.addPage();
  const top = pdf.y;
  pdf.font('bold').fontSize(11).fillColor('black').text(chart.title, area.left, top, { width: area.width, align: 'center' });

  const labelWidth = area.width * LABEL_SHARE;
  const x0 = area.left + labelWidth + 6;
  const span = area.width - labelWidth - 6 - VALUE_ROOM;
  const max = Math.max(1, ...chart.bars.map((b) => Math.max(b.value, b.target ?? 0)));
  const scale = span / max;
  const first = top + 22;

  pdf.font('regular').fontSize(SIZE);
  chart.bars.forEach((bar, i) => {
    const y = first + i * ROW;
    pdf.fillColor('black').text(bar.label, area.left, y + (BAR - SIZE) / 2, { width: labelWidth, align: 'right', lineBreak: false, ellipsis: true });
    if (bar.target !== undefined) pdf.save().lineWidth(0.8).strokeColor('black').rect(x0, y, Math.max(0.5, bar.target * scale), BAR).stroke().restore();
    if (bar.value > 0) pdf.save().fillColor(FILL).rect(x0, y, bar.value * scale, BAR).fill().restore();
    const figure = bar.target !== undefined ? `${formatInteger(bar.value)} / ${formatInteger(bar.target)}` : formatInteger(bar.value);
    const end = x0 + Math.max(bar.value, bar.target ?? 0) * scale;
    pdf.fillColor('black').text(figure, end + 4, y + (BAR - SIZE) / 2, { lineBreak: false });
  });

  // The axis, with the scale's end figure so lengths can be read.
  const axisY = first + chart.bars.length * ROW;
  pdf.save().lineWidth(0.5).strokeColor('black').moveTo(x0, first - 3).lineTo(x0, axisY).lineTo(x0 + span, axisY).stroke().restore();
  pdf.fontSize(8).text('0', x0 - 2, axisY + 3, { lineBreak: false });
  pdf.text(`${formatInteger(max)} ${chart.unit}`, x0 + span - 60, axisY + 3, { width: 60, align: 'right', lineBreak: false });
  pdf.fillColor('black');
  pdf.x = area.left;
  pdf.y = axisY + 20;
}
