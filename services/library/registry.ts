// The registry of cited acts the app ships: laws-2026-12.json, data the
// Centre can read and import again, checked when the app loads it like any
// imported list (a broken edition stops the app with the file and row named,
// rather than warn about the wrong laws). New stores start from it; the store
// migration brings older stores' lists up to it (law-registry-migration.ts).
import type { Law } from '../../contract/library.js';
import { lawsFromJson } from './law-file.js';
import edition from './laws-2026-12.json';

const FILE = 'services/library/laws-2026-12.json';

/** The edition's name, kept in the store and in each act's history ("2026-12"). */
export const REGISTRY_EDITION: string = edition.edition;

/** Every act of the edition; each has its id (the library items cite acts by id). */
export const LAW_REGISTRY: Law[] = lawsFromJson(edition, FILE).map((law, i) => {
  if (!law.id) throw new Error(`${FILE}: văn bản thứ ${i + 1} (${law.number}) thiếu "id"`);
  return { ...law, id: law.id };
});
