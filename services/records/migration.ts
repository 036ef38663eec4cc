// Schema version 2: the records of print contracts, deliveries and stock get
// their own folder beside store.json (electron/storage/record-files.ts), one
// empty file per collection. Files that already exist are left as they are,
// so running it twice changes nothing.
import { dirname } from 'node:path';
import { COLLECTIONS } from '../../contract/record-schemas.js';
import type { Migration } from '../storage/migrations.js';
import { openRecordFiles } from '../storage/record-files.js';

export const recordsFolderMigration: Migration = {
  version: 2,
  description: 'hồ sơ in ấn (cơ sở in, hợp đồng, giao hàng, đơn vị, cấp phát) trong thư mục records/',
  up(store) {
    const files = openRecordFiles(dirname(store.path));
    const missing = COLLECTIONS.filter((name) => files.read(name) === undefined);
    if (missing.length) files.write(Object.fromEntries(missing.map((name) => [name, []])));
  },
};

