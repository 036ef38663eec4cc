// Unit kinds the app no longer has. Until version 5 of the store a unit's
// kind was commune, ward, district or city; "city" (Thành phố Lạng Sơn) was
// the district level like the ten huyện, so it reads as "district". Bundles
// written before then still carry it (docs/bundle.md), and migration 5
// rewrites stored units with the same function.
const LEGACY_KINDS: Readonly<Record<string, string>> = { city: 'district' };

/** A unit as read from a bundle or an old store file, with its kind in today's terms; anything else is left for the schema to judge. */
export function upgradeLegacyUnit(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const kind = (value as { kind?: unknown }).kind;
  return typeof kind === 'string' && Object.hasOwn(LEGACY_KINDS, kind) ? { ...value, kind: LEGACY_KINDS[kind] } : value;
}
