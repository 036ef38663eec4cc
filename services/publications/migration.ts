// Schema version 1: the publications the editors keep, under `publications`
// (id → stored publication).
import type { Migration } from '../storage/migrations.js';

export const publicationsMigration: Migration = {
  version: 1,
  description: 'danh sách ấn phẩm (publications: mã → ấn phẩm đã lưu)',
  up(store) {
    if (store.get('publications') === undefined) store.set('publications', {});
  },
};
