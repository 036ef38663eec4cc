// Pixel size of a PNG or JPEG read from its header, for placing images with
// the right aspect and for the ppi check. Reads the bytes itself, with no
// Node.js API, so layout needs no image library and the app's screens can
// check a logo the same way the pipeline does.

export interface ImageInfo {
  format: 'png' | 'jpeg';
  width: number;
  height: number;
}

/** Null when the bytes are neither a PNG nor a JPEG with a readable size. */
export function readImageInfo(bytes: Uint8Array): ImageInfo | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ihdr = String.fromCharCode(...bytes.subarray(12, 16));
  if (bytes.length >= 24 && view.getUint32(0) === 0x89504e47 && ihdr === 'IHDR') {
    return { format: 'png', width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) return readJpegSize(bytes, view);
  return null;
}

/** Walks the JPEG segments to the first start-of-frame marker, which holds the size. */
function readJpegSize(bytes: Uint8Array, view: DataView): ImageInfo | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    // Fill bytes and markers without a length.
    if (marker === 0xff) { at += 1; continue; }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { at += 2; continue; }
    const length = view.getUint16(at + 2);
    const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isStartOfFrame) {
      const height = view.getUint16(at + 5);
      const width = view.getUint16(at + 7);
      return width > 0 && height > 0 ? { format: 'jpeg', width, height } : null;
    }
    at += 2 + length;
  }
  return null;
}

/** The bytes of a base64 `data:` URL; null when it is not one. */
export function dataUrlBytes(src: string): Uint8Array | null {
  const comma = src.indexOf(',');
  if (!src.startsWith('data:') || comma < 0 || !/;base64$/i.test(src.slice(0, comma))) return null;
  try {
    return Uint8Array.from(atob(src.slice(comma + 1)), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
