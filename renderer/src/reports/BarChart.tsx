// A horizontal bar chart in plain SVG: one bar per label, an optional
// planned figure drawn as an outline. The figures are also in the SVG's
// title and description, and the tables beside it, for screen readers.
import { formatInteger } from '../records/format.js';

export interface Bar {
  label: string;
  value: number;
  target?: number;
}

const ROW = 24;
const LABEL = 200;
const WIDTH = 860;
const ROOM = 120;

export function BarChart({ title, bars, testId }: { title: string; bars: Bar[]; testId?: string }) {
  const max = Math.max(1, ...bars.map((b) => Math.max(b.value, b.target ?? 0)));
  const span = WIDTH - LABEL - ROOM;
  const scale = (n: number) => (n / max) * span;
  const height = bars.length * ROW + 24;
  const describe = bars.map((b) => `${b.label}: ${formatInteger(b.value)}${b.target !== undefined ? ` / ${formatInteger(b.target)}` : ''}`).join('; ');
  return (
    <figure className="dist-chart">
      <figcaption><strong>{title}</strong></figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={title} data-testid={testId}>
        <desc>{describe}</desc>
        {bars.map((b, i) => {
          const y = i * ROW + 4;
          return (
            <g key={b.label} data-label={b.label} data-value={b.value}>
              <text x={LABEL - 8} y={y + 13} textAnchor="end">{b.label}</text>
              {b.target !== undefined && <rect className="target" x={LABEL} y={y} width={Math.max(1, scale(b.target))} height={16} />}
              <rect className="bar" x={LABEL} y={y} width={scale(b.value)} height={16} />
              <text x={LABEL + scale(Math.max(b.value, b.target ?? 0)) + 6} y={y + 13}>
                {formatInteger(b.value)}{b.target !== undefined ? ` / ${formatInteger(b.target)}` : ''}
              </text>
            </g>
          );
        })}
        <line className="axis" x1={LABEL} y1={0} x2={LABEL} y2={bars.length * ROW + 4} />
      </svg>
    </figure>
  );
}
