// Every image of a laid-out document made ready for the press before pdfkit
// (which is synchronous) draws: one conversion per picture and what is
// printed under it, at the resolution its largest placement needs. The
// result is also what preflight measures the ink of.
import { imageBytes } from '../image-info.js';
import type { PrintImage } from '../image-cmyk.js';
import type { ImageItem, LaidOutDocument } from '../layout/types.js';
import type { Cmyk } from '../template-schema.js';
import { paintingOrder, Underlay } from './under.js';

/** Above this at the placed size the extra pixels print nothing (print norm): they only cost time, memory and file size. */
export const DOWNSAMPLE_ABOVE_PPI = 450;
/** What such an image is brought down to: the print norm for photos at their placed size. */
export const TARGET_PPI = 300;

export interface PrintImageOptions {
  /** The printing condition's CMYK profile. */
  profilePath: string;
  /** Its total ink limit, in per cent. */
  inkLimit: number;
  /** Bring CMYK pictures over the limit down to it (`render --limit-ink`). */
  limitCmyk: boolean;
}

/** A picture as embedded, with every placement that shows it and the pages they are on (from 1). */
export interface PreparedImage {
  image: PrintImage;
  items: ImageItem[];
  pages: number[];
}

export interface PrintImages {
  all: PreparedImage[];
  byItem: Map<ImageItem, PreparedImage>;
}

interface Group {
  src: string;
  background: Cmyk;
  items: ImageItem[];
  pages: number[];
}

/** pt → inches. */
const inches = (pt: number) => pt / 72;

export async function preparePrintImages(doc: LaidOutDocument, opts: PrintImageOptions): Promise<PrintImages> {
  const groups = groupPlacements(doc);
  if (groups.size === 0) return { all: [], byItem: new Map() };
  // The converter (sharp) is loaded only for a document that has images: most books have none, and loading it costs start-up time.
  const { toPrintImage } = await import('../image-cmyk.js');
  const all = await Promise.all([...groups.values()].map(async (g): Promise<PreparedImage> => {
    const widest = Math.max(...g.items.map((i) => i.width));
    const { pixelWidth, pixelHeight } = g.items[0];
    const sourcePpi = pixelWidth / inches(widest);
    const width = Math.max(1, Math.round(inches(widest) * TARGET_PPI));
    const size = sourcePpi > DOWNSAMPLE_ABOVE_PPI ? { width, height: Math.max(1, Math.round((width * pixelHeight) / pixelWidth)) } : undefined;
    const image = await toPrintImage(imageBytes(g.src), { profilePath: opts.profilePath, size, background: g.background, inkLimit: opts.inkLimit, limitCmyk: opts.limitCmyk });
    return { image, items: g.items, pages: g.pages };
  }));
  return { all, byItem: new Map(all.flatMap((p) => p.items.map((item) => [item, p] as const))) };
}

/** Placements of the same picture over the same ink share one conversion (and one image in the PDF). */
function groupPlacements(doc: LaidOutDocument): Map<string, Group> {
  const groups = new Map<string, Group>();
  doc.pages.forEach((page, i) => {
    const images = page.items.filter((item): item is ImageItem => item.type === 'image');
    if (images.length === 0) return;
    const underlay = new Underlay(paintingOrder(page.items));
    for (const item of images) {
      const background = underlay.under(item);
      const key = `${background.join(',')} ${item.src}`;
      const group = groups.get(key) ?? { src: item.src, background, items: [], pages: [] };
      group.items.push(item);
      if (!group.pages.includes(i + 1)) group.pages.push(i + 1);
      groups.set(key, group);
    }
  });
  return groups;
}
