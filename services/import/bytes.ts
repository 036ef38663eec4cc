// A text file's bytes → a string, before any Vietnamese legacy decoding.
// UTF-8 (with or without a byte-order mark) and UTF-16 with its mark are read
// as such; anything else is a legacy 8-bit file (TCVN3, VNI), read one char
// per byte so that the legacy decoders see exactly the bytes the fonts drew.

export function textFromBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return Buffer.from(bytes).toString('latin1');
  }
}
