// Drawn over a preview page, on screen only (never in the PDF): the trim
// edge, the fold lines, the panels' names, and the frame where a flow ran
// out of room. Coordinates are PDF points, so the SVG scales with the canvas.
import type { PagePreview } from '../../../contract/publications.js';

interface Props {
  page: PagePreview;
  /** Frames (by index on this page) that hold the end of an overflowing flow. */
  overflowFrames: number[];
}

export function PageOverlay({ page, overflowFrames }: Props) {
  const { trimX, trimY, trimWidth, trimHeight } = page;
  const labelSize = Math.max(7, trimHeight / 60);
  return (
    <svg className="page-overlay" viewBox={`0 0 ${page.mediaWidth} ${page.mediaHeight}`} aria-hidden="true">
      <rect className="trim" x={trimX} y={trimY} width={trimWidth} height={trimHeight} />
      {page.folds.map((x, i) => (
        <line key={i} className="fold" x1={trimX + x} y1={trimY} x2={trimX + x} y2={trimY + trimHeight} />
      ))}
      {page.frames.map((f, i) => (
        <g key={i}>
          {overflowFrames.includes(i) && (
            <rect className="overflow" x={trimX + f.x} y={trimY + f.y} width={f.width} height={f.height} />
          )}
          <text className="panel-label" x={trimX + f.x + f.width / 2} y={trimY + labelSize * 1.4} fontSize={labelSize}>
            {f.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
