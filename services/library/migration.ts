// Schema version 3: the content library (starter items and the laws they
// cite) and the approval records of publications. Keys that already exist are
// left as they are, so running it twice changes nothing.
import { APPROVALS_KEY } from '../approval/service.js';
import { LIBRARY_KEY, starterLibrary } from './service.js';
import type { Migration } from '../storage/migrations.js';

export const contentLibraryMigration: Migration = {
  version: 3,
  description: 'thư viện nội dung (mục dùng lại, văn bản pháp luật) và phê duyệt ấn phẩm (trạng thái, phiên bản)',
  up(store) {
    if (store.get(LIBRARY_KEY) === undefined) store.set(LIBRARY_KEY, starterLibrary(new Date()));
    if (store.get(APPROVALS_KEY) === undefined) store.set(APPROVALS_KEY, {});
  },
};
