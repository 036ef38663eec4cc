// The units as a tree for the units screen: the province, its xã and
// phường, the bodies under each; the retired districts beside the province,
// each with the 2022 units under it. Children keep the stored order. A unit
// whose parent is not shown (filtered out, or missing) is shown as a root,
// never lost. Pure.

export interface TreeRow<U> {
  unit: U;
  depth: number;
}

export function unitTree<U extends { id: string; parentId?: string | null }>(units: readonly U[]): TreeRow<U>[] {
  const shown = new Set(units.map((u) => u.id));
  const children = new Map<string | null, U[]>();
  for (const unit of units) {
    const parent = unit.parentId && shown.has(unit.parentId) ? unit.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(unit);
    else children.set(parent, [unit]);
  }
  const rows: TreeRow<U>[] = [];
  const placed = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const unit of children.get(parent) ?? []) {
      if (placed.has(unit.id)) continue;
      placed.add(unit.id);
      rows.push({ unit, depth });
      walk(unit.id, depth + 1);
    }
  };
  walk(null, 0);
  // Units in a parent loop (only hand-edited records have one) are reached from no root: listed at the top level.
  for (const unit of units) if (!placed.has(unit.id)) rows.push({ unit, depth: 0 });
  return rows;
}
