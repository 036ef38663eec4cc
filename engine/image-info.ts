// An image's bytes, from a file or a data: URL; its pixel size is read from
// the header (image-header.ts, which has no Node.js dependency).
import { readFileSync } from 'node:fs';

export { readImageInfo, type ImageInfo } from './image-header.js';

/** The bytes of a file path or a base64 `data:` URL. */
export function imageBytes(src: string): Buffer {
  if (src.startsWith('data:')) {
    const comma = src.indexOf(',');
    if (comma < 0 || !/;base64$/i.test(src.slice(0, comma))) throw new Error('data: URL is not base64');
    return Buffer.from(src.slice(comma + 1), 'base64');
  }
  return readFileSync(src);
}
