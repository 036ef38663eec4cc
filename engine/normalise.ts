// Text enters the pipeline in Unicode NFC, whatever the editor, the clipboard
// or an old file gave us: decomposed marks ("Unicode tổ hợp") extract badly
// from PDFs and draw wrong in fonts without mark positioning.

/** A deep copy of `value` with every string — object values, array items and object keys — in NFC. */
export function toNFC<T>(value: T): T {
  return normaliseValue(value) as T;
}

function normaliseValue(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normaliseValue);
  if (value !== null && typeof value === 'object') {
    // Plain data only (parsed JSON, zod output), so own entries are all there is.
    // fromEntries defines properties, so a "__proto__" key from JSON stays a plain key.
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key.normalize('NFC'), normaliseValue(item)]));
  }
  return value;
}
