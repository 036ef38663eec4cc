// Which unit a distribution counts for when the report is grouped
// (docs/reports.md). By commune: a xã or phường counts for itself, a body or
// branch for the xã or phường it sits under. By former district: a district
// counts for itself, a xã for the district it came from (`formerUnitId`), a
// body for its xã's former district; a 2022 xã with no kind counts for the
// district it sits under. A unit none of these reach counts for itself, so
// every grouping keeps every copy and the totals never change. Pure.
import type { Unit } from '../../contract/record-schemas.js';
import type { UnitGrouping } from '../../contract/reports.js';

const isCommune = (u: Unit) => u.kind === 'commune' || u.kind === 'ward';

/** The unit a distribution to `unitId` counts for under `by`. */
export function unitGroups(units: readonly Unit[], by: UnitGrouping): (unitId: string) => string {
  if (by === 'unit') return (unitId) => unitId;
  const byId = new Map(units.map((u) => [u.id, u]));
  /** The unit and the units above it; bounded, so a loop in hand-edited records cannot hang a report. */
  const chain = (unit: Unit): Unit[] => {
    const out = [unit];
    for (let at = byId.get(unit.parentId ?? ''); at && out.length <= units.length; at = byId.get(at.parentId ?? '')) out.push(at);
    return out;
  };
  const rule = by === 'commune' ? communeOf : formerDistrictOf;
  const memo = new Map<string, string>();
  return (unitId) => {
    let group = memo.get(unitId);
    if (group === undefined) {
      const unit = byId.get(unitId);
      memo.set(unitId, (group = unit ? rule(chain(unit)) : unitId));
    }
    return group;
  };
}

function communeOf(chain: Unit[]): string {
  return (chain.find(isCommune) ?? chain[0]).id;
}

/** The first district or former district up the chain; else the highest unit below the province (the district level of a 2022 list with no kinds). */
function formerDistrictOf(chain: Unit[]): string {
  let top = chain[0];
  for (const unit of chain) {
    if (unit.kind === 'district') return unit.id;
    if (unit.formerUnitId !== undefined) return unit.formerUnitId;
    if (unit.kind === 'province') break;
    top = unit;
  }
  return top.id;
}
