// Stage 2, solid pieces: images. Placed at the block's width (or the
// frame's), never wider than the frame, keeping the aspect of the pixels.
// Centred in the frame.
import type { ImageNode } from '../document.js';
import { InputError } from '../../contract/errors.js';
import { imageBytes, readImageInfo, type ImageInfo } from '../image-info.js';
import type { FlowBlock } from './context.js';
import { mmToPt } from './units.js';

const SPACE_PT = 4;

export function imageBlock(node: ImageNode): FlowBlock {
  const info = readInfo(node);
  return {
    kind: 'solid',
    spaceBefore: SPACE_PT,
    spaceAfter: SPACE_PT,
    keepWithNext: false,
    source: node.source,
    render: (frameWidth) => {
      const width = Math.min(node.widthMm ? mmToPt(node.widthMm) : frameWidth, frameWidth);
      const height = (width * info.height) / info.width;
      const x = (frameWidth - width) / 2;
      return {
        height,
        items: [{ type: 'image', x, y: 0, width, height, src: node.src, pixelWidth: info.width, pixelHeight: info.height, source: node.source }],
      };
    },
  };
}

function readInfo(node: ImageNode): ImageInfo {
  const field = node.source ? `slots.${node.source.slot}[${node.source.index}].src` : undefined;
  const shown = node.src.startsWith('data:') ? 'ảnh nhúng (data:)' : node.src;
  let info: ImageInfo | null = null;
  try {
    info = readImageInfo(imageBytes(node.src));
  } catch {
    throw new InputError(`Không đọc được ảnh "${shown}". Hãy kiểm tra tệp ảnh còn ở đó và chọn lại ảnh.`, { field });
  }
  if (!info || info.width === 0 || info.height === 0) {
    throw new InputError(`Ảnh "${shown}" không phải PNG hay JPEG đọc được. Hãy lưu ảnh thành PNG hoặc JPEG rồi chọn lại.`, { field });
  }
  return info;
}
