// Writes the legacy samples from unicode.txt with the import's own encoders,
// and checks each by decoding it back: `npx tsx samples/legacy/make.ts`.
// tcvn3.txt and vni.txt are 8-bit files as the old fonts saved them;
// decomposed.txt is UTF-8 with the tone marks as separate characters.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertLegacy, encodeLegacy } from '../../services/import/legacy/index.js';

const here = import.meta.dirname;
const source = readFileSync(join(here, 'unicode.txt'), 'utf8').normalize('NFC');
const files: Record<string, Buffer> = {
  'tcvn3.txt': encodeLegacy(source, 'tcvn3'),
  'vni.txt': encodeLegacy(source, 'vni'),
  'decomposed.txt': Buffer.from(source.normalize('NFD'), 'utf8'),
};
for (const [name, bytes] of Object.entries(files)) {
  const back = convertLegacy(name === 'decomposed.txt' ? bytes.toString('utf8') : bytes.toString('latin1'));
  if (back.text !== source) throw new Error(`${name} does not decode back to unicode.txt`);
  writeFileSync(join(here, name), bytes);
  console.log(`${name}: ${back.encoding}${back.decomposed ? ' (tổ hợp)' : ''}, ${back.notes.length} chỗ cần kiểm tra`);
}
