// Image sizes read from file headers, and images carried through layout and paint.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../contract/errors.js';
import { imageBytes, readImageInfo } from '../../engine/image-info.js';
import { layoutDocument } from '../../engine/layout/index.js';
import { paintPdf } from '../../engine/paint/index.js';
import { fonts, miniPack, tree } from './layout-fixtures.js';

/** A real, decodable RGB PNG of the given size. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])));
    return Buffer.concat([len, Buffer.from(type, 'latin1'), data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((1 + width * 3) * height, 0x80);
  for (let r = 0; r < height; r++) rows[r * (1 + width * 3)] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A JPEG's start: SOI, an APP0 segment, then a baseline SOF0 holding the size. */
function jpegHeader(width: number, height: number): Buffer {
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sof0 = [0xff, 0xc0, 0x00, 0x11, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return Buffer.from([0xff, 0xd8, ...app0, ...sof0]);
}

describe('image headers', () => {
  it('reads PNG and JPEG pixel sizes, from bytes or a data: URL', () => {
    expect(readImageInfo(png(640, 480))).toEqual({ format: 'png', width: 640, height: 480 });
    expect(readImageInfo(jpegHeader(1200, 900))).toEqual({ format: 'jpeg', width: 1200, height: 900 });
    expect(readImageInfo(imageBytes(`data:image/jpeg;base64,${jpegHeader(300, 2000).toString('base64')}`))).toEqual({ format: 'jpeg', width: 300, height: 2000 });
    expect(readImageInfo(Buffer.from('GIF89a....'))).toBeNull();
  });

  it('turns an unreadable image into an InputError naming the block field', () => {
    const doc = () => layoutDocument(tree({ body: [{ kind: 'image', src: '/khong/co/anh.png', source: { slot: 'body', index: 4 } }] }), miniPack(), fonts);
    expect(doc).toThrow(InputError);
    expect(doc).toThrow(expect.objectContaining({ field: 'slots.body[4].src' }));
  });

  it('paints a placed image into the PDF', async () => {
    const src = `data:image/png;base64,${png(8, 4).toString('base64')}`;
    const doc = layoutDocument(tree({ body: [{ kind: 'image', src, widthMm: 30 }] }), miniPack(), fonts);
    const pdf = (await paintPdf(doc, miniPack(), fonts, { creationDate: new Date(0) })).toString('latin1');
    expect(pdf).toMatch(/\/Subtype \/Image[\s\S]*\/Width 8/);
  });
});
