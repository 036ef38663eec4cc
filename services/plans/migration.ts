// Schema version 7: plans as records (docs/plans.md). Stored events that name
// one of the five old activity kinds, and allocations that name no plan,
// become one plan made from them (services/records/legacy-plans.ts, the same
// conversion the bundle reader makes); the records folder gains plans.json
// and media.json. Running it twice changes nothing.
import { dirname } from 'node:path';
import type { Migration } from '../storage/migrations.js';
import { openRecordFiles } from '../storage/record-files.js';
import { hasLegacyPlans, upgradeLegacyPlans } from '../records/legacy-plans.js';

/** The collections the conversion reads: the plan's own, and the dated ones that give its period. */
const READ = ['plans', 'events', 'media', 'allocations', 'distributions', 'deliveries', 'contracts'] as const;
const WRITTEN = ['plans', 'events', 'media', 'allocations'] as const;

export const plansMigration: Migration = {
  version: 7,
  description: 'kế hoạch là hồ sơ: các sự kiện và kế hoạch phân bổ ghi theo định dạng cũ thành một kế hoạch có các hoạt động của nó',
  up(store) {
    const files = openRecordFiles(dirname(store.path));
    const stored = Object.fromEntries(READ.map((name) => [name, files.read(name)]));
    // A file that is not a list is left for the records to report when they open.
    if (READ.some((name) => stored[name] !== undefined && !Array.isArray(stored[name]))) return;
    const current = Object.fromEntries(READ.map((name) => [name, stored[name] ?? []]));
    const next = hasLegacyPlans(current) ? upgradeLegacyPlans(current) : current;
    const changed = WRITTEN.filter((name) => stored[name] === undefined || next[name] !== current[name]);
    if (changed.length) files.write(Object.fromEntries(changed.map((name) => [name, next[name]])));
  },
};
