// A ZIP file (DOCX, XLSX) read the way an office program opens it: the
// central directory at the end, each entry's local header, its data inflated
// and checked against the CRC-32 and size the directory records. No system
// tool needed. ZIP64 (files over 4 GB or 65 535 entries) is not read.
import { crc32, inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** Every entry's name and bytes; throws naming what is wrong when the file is not a valid ZIP. */
export function readZip(bytes: Buffer): Map<string, Buffer> {
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Error('not a ZIP file: no end-of-central-directory record');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let n = 0; n < count; n++) {
    if (bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error(`ZIP central directory entry ${n} is damaged`);
    const method = bytes.readUInt16LE(at + 10);
    const crc = bytes.readUInt32LE(at + 16);
    const packed = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);

    if (bytes.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`ZIP entry ${name}: no local header where the directory points`);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const raw = bytes.subarray(start, start + packed);
    if (method !== 0 && method !== 8) throw new Error(`ZIP entry ${name}: compression method ${method} (only stored and deflate are used by office files)`);
    const data = method === 0 ? raw : inflateRawSync(raw);
    if (data.length !== size) throw new Error(`ZIP entry ${name}: ${data.length} bytes, the directory says ${size}`);
    if (crc32(data) >>> 0 !== crc) throw new Error(`ZIP entry ${name}: CRC-32 does not match`);
    if (entries.has(name)) throw new Error(`ZIP entry ${name} appears twice`);
    entries.set(name, data);
  }
  return entries;
}

/** The text of an entry's XML with the markup removed, so words split across runs (<w:t>) read whole. */
export function xmlText(xml: Buffer | string): string {
  return xml
    .toString()
    .replace(/<\/w:p>|<\/si>|<\/row>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
