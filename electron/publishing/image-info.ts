// Pixel size of a PNG or JPEG read from its header, for placing images with
// the right aspect and for the ppi check. Reads the bytes itself so layout
// needs no image library.
import { readFileSync } from 'node:fs';

export interface ImageInfo {
  format: 'png' | 'jpeg';
  width: number;
  height: number;
}

/** The bytes of a file path or a base64 `data:` URL. */
export function imageBytes(src: string): Buffer {
  if (src.startsWith('data:')) {
    const comma = src.indexOf(',');
    if (comma < 0 || !/;base64$/i.test(src.slice(0, comma))) throw new Error('data: URL is not base64');
    return Buffer.from(src.slice(comma + 1), 'base64');
  }
  return readFileSync(src);
}

/** Null when the bytes are neither a PNG nor a JPEG with a readable size. */
export function readImageInfo(bytes: Buffer): ImageInfo | null {
  if (bytes.length >= 24 && bytes.readUInt32BE(0) === 0x89504e47 && bytes.toString('latin1', 12, 16) === 'IHDR') {
    return { format: 'png', width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) return readJpegSize(bytes);
  return null;
}

/** Walks the JPEG segments to the first start-of-frame marker, which holds the size. */
function readJpegSize(bytes: Buffer): ImageInfo | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    // Fill bytes and markers without a length.
    if (marker === 0xff) { at += 1; continue; }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { at += 2; continue; }
    const length = bytes.readUInt16BE(at + 2);
    const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isStartOfFrame) {
      const height = bytes.readUInt16BE(at + 5);
      const width = bytes.readUInt16BE(at + 7);
      return width > 0 && height > 0 ? { format: 'jpeg', width, height } : null;
    }
    at += 2 + length;
  }
  return null;
}
