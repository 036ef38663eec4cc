// The data bundle (`anpham/bundle@1`, docs/bundle.md): every record in one
// JSON file. Reading is all or nothing: the first problem, in a record's own
// fields or between records, is reported with the record named and nothing
// is kept. Writing is canonical (schema key order, records in stored order,
// two-space indent), so export → import → export gives the same bytes.
import { z } from 'zod';
import { InputError } from '../../contract/errors.js';
import { checkWithSchema } from '../../engine/validate.js';
import { findIssue, type Issue } from './integrity.js';
import { centreRecordSchema } from './centre.js';
import { upgradeLegacyUnit } from './legacy-units.js';
import { upgradeLegacyPlans } from './legacy-plans.js';
import { COLLECTIONS, collectionSchemas, RECORD_NAMES, type Collection, type RecordSet } from '../../contract/record-schemas.js';

export const BUNDLE_FORMAT = 'anpham/bundle@1';

/** Collections added to the format after its first records; optional on both sides. */
const LATER_COLLECTIONS = new Set<Collection>(['plans', 'events', 'media', 'allocations']);

const bundleShape = z
  .object({
    format: z.literal(BUNDLE_FORMAT, `định dạng phải là "${BUNDLE_FORMAT}"`),
    centre: z.unknown().optional(),
    ...Object.fromEntries(COLLECTIONS.map((c) => [c, z.array(z.unknown()).optional()])),
  })
  .strict();

/** Checks a parsed bundle and returns its records; InputError naming the record otherwise. */
export function readBundle(value: unknown, file?: string): RecordSet {
  // Events and allocations of the days before plans were records become one plan (legacy-plans.ts).
  const shape = upgradeLegacyPlans(checkWithSchema(bundleShape, value, file) as Record<string, unknown>);
  const set: RecordSet = { units: [], publications: [], printers: [], contracts: [], deliveries: [], distributions: [], plans: [], events: [], media: [], allocations: [] };
  if (shape.centre !== undefined) set.centre = checkRecord(centreRecordSchema, shape.centre, 'centre', 'thông tin Trung tâm', file);
  for (const collection of COLLECTIONS) {
    const records = (shape[collection] as unknown[] | undefined) ?? [];
    // A 2022 bundle's units may carry a kind the app has since renamed ("city").
    const current = collection === 'units' ? records.map(upgradeLegacyUnit) : records;
    (set[collection] as unknown[]) = current.map((record, index) =>
      checkRecord(collectionSchemas[collection], record, `${collection}[${index}]`, recordLabel(collection, index, record), file),
    );
  }
  const issue = findIssue(set);
  if (issue) throw issueError(issue, file);
  return set;
}

/** The bundle's text: stable bytes for the same records. */
export function writeBundle(set: RecordSet): string {
  const bundle: Record<string, unknown> = { format: BUNDLE_FORMAT };
  if (set.centre) bundle.centre = set.centre;
  for (const collection of COLLECTIONS) {
    // The plan's collections are left out while empty: a bundle without a plan keeps its bytes.
    if (LATER_COLLECTIONS.has(collection) && set[collection].length === 0) continue;
    bundle[collection] = set[collection];
  }
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

/** An integrity issue as a bundle error: field `contracts[3].items[0].quantity`, message naming the record. */
export function issueError(issue: Issue, file?: string): InputError {
  const field = `${issue.collection}[${issue.index}]${issue.field ? `.${issue.field}` : ''}`;
  return new InputError(`${RECORD_NAMES[issue.collection]} "${issue.id}": ${issue.message}`, { file, field });
}

function checkRecord<S extends z.ZodType>(schema: S, record: unknown, at: string, label: string, file?: string): z.infer<S> {
  try {
    return checkWithSchema(schema, record);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(`${label}: ${error.message}`, { file, field: error.field ? `${at}.${error.field}` : at });
  }
}

function recordLabel(collection: Collection, index: number, record: unknown): string {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? `${RECORD_NAMES[collection]} "${id}"` : `${RECORD_NAMES[collection]} thứ ${index + 1}`;
}
