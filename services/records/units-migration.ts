// Schema version 5: units with history (docs/distribution.md). Unit kinds
// are now province, district, commune, ward, body and branch, and units may
// name their former district (formerUnitId). Stored units of kind "city"
// become "district". The version mark also keeps an older app, which would
// refuse the new kinds record by record, from opening the store at all (it
// says a newer app wrote it). Running it twice changes nothing.
import { dirname } from 'node:path';
import type { Migration } from '../storage/migrations.js';
import { openRecordFiles } from '../storage/record-files.js';
import { upgradeLegacyUnit } from './legacy-units.js';

export const unitKindsMigration: Migration = {
  version: 5,
  description: 'đơn vị có lịch sử: cấp tỉnh, huyện, xã, phường, cơ quan, chi nhánh; đơn vị cấp "thành phố" cũ thành cấp huyện',
  up(store) {
    const files = openRecordFiles(dirname(store.path));
    const units = files.read('units');
    if (!Array.isArray(units)) return; // no file yet, or one the records will report when they open
    const upgraded = units.map(upgradeLegacyUnit);
    if (upgraded.some((unit, i) => unit !== units[i])) files.write({ units: upgraded });
  },
};
