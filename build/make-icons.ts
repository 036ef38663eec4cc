// Draws the app icon files from build/icon.svg: icon.png (512×512, Linux and
// the window) and icon.ico (Windows: 16–256 px, PNG-compressed entries, which
// Windows Vista and later read). Run: npx tsx build/make-icons.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

const here = import.meta.dirname;
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

/** An .ico file holding one PNG per size (ICONDIR, ICONDIRENTRY×n, then the images). */
function icoFromPngs(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

async function makeIcons(dir = here): Promise<void> {
  const svg = join(dir, 'icon.svg');
  await sharp(svg, { density: 300 }).resize(512, 512).png().toFile(join(dir, 'icon.png'));
  const images = await Promise.all(ICO_SIZES.map(async (size) => ({ size, png: await sharp(svg, { density: 300 }).resize(size, size).png().toBuffer() })));
  writeFileSync(join(dir, 'icon.ico'), icoFromPngs(images));
}

if (process.argv[1] === import.meta.filename) await makeIcons();
