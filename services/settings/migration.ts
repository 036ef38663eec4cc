// Schema version 4: the Centre's details in one record. Until now Cài đặt kept
// name, address, phone, email and logo in the store under `settings`, and the
// printers screen kept Bên A in records/centre.json. Both are merged into
// records/centre.json (docs/settings.md): a field only one of them has is
// kept; a field both have keeps the records' value (it is the one on the
// signed papers, backed up and carried in the bundle; the settings' value
// stays in the copy of the store migrateStore takes first, store.backup-v3.json).
// With no Bên A yet, the settings' fields go over the defaults Bên A printed.
// The store's `settings` then holds only the language. Running it twice
// changes nothing.
import { dirname } from 'node:path';
import type { Centre } from '../../contract/record-schemas.js';
import { centreRecordSchema, DEFAULT_CENTRE } from '../records/centre.js';
import type { Migration } from '../storage/migrations.js';
import { openRecordFiles } from '../storage/record-files.js';
import { SETTINGS_KEY } from './service.js';

/** The Centre's fields Cài đặt kept before version 4. */
const OLD_SETTINGS_FIELDS = ['name', 'address', 'phone', 'email', 'logo'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export const centreRecordMigration: Migration = {
  version: 4,
  description: 'thông tin Trung tâm về một chỗ: tên, địa chỉ, điện thoại, thư điện tử và logo của Cài đặt gộp với thông tin Bên A (records/centre.json)',
  up(store) {
    const settings = store.get(SETTINGS_KEY);
    if (!isRecord(settings)) return;
    const files = openRecordFiles(dirname(store.path));
    const stored = files.read('centre');
    const benA = stored === undefined || stored === null ? undefined : centreRecordSchema.safeParse(stored);
    // A Bên A that does not pass its check is left for the records to report when they open; the settings' fields then stay in the store, unused but not lost.
    if (benA && !benA.success) return;

    const fromSettings = OLD_SETTINGS_FIELDS.flatMap((field) => {
      const value = settings[field];
      return typeof value === 'string' && value.trim() !== '' ? [[field, value] as const] : [];
    });
    if (fromSettings.length) {
      let centre: Centre = benA?.data ?? DEFAULT_CENTRE;
      for (const [field, value] of fromSettings) {
        if (benA && centre[field] !== undefined) continue; // the records' value wins
        // One field the Centre's check refuses (a hand-edited store) does not stop the others.
        const next = centreRecordSchema.safeParse({ ...centre, [field]: value });
        if (next.success) centre = next.data;
      }
      if (JSON.stringify(centre) !== JSON.stringify(benA?.data ?? DEFAULT_CENTRE)) files.write({ centre });
    }
    store.set(SETTINGS_KEY, 'language' in settings ? { language: settings.language } : {});
  },
};
