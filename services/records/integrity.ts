// Rules that join records (a delivery and its contract, stock over time, …).
// Each record's own shape is its schema's job; here the whole set is checked
// and the first problem is returned with the record and field it concerns,
// so an import names the offending record and a save names the form field.
import { byDate, deliveredByLine, firstShortfall } from './ledger.js';
import { formatInteger, totalsOf } from '../../contract/money.js';
import { formatDate } from '../../contract/dates.js';
import { CONTRACT_STATUSES, type Collection, type Contract, type ContractStatus, type RecordSet } from '../../contract/record-schemas.js';

export interface Issue {
  collection: Collection;
  /** Position of the record in its collection. */
  index: number;
  id: string;
  /** Inside the record: "number", "items[1].quantity", … */
  field?: string;
  message: string;
}

export const STATUS_NAMES: Record<ContractStatus, string> = {
  draft: 'nháp',
  signed: 'đã ký',
  delivered: 'đã giao đủ',
  accepted: 'đã nghiệm thu',
  liquidated: 'đã thanh lý',
};

export const statusRank = (status: ContractStatus) => CONTRACT_STATUSES.indexOf(status);

type Check = (set: RecordSet) => Issue | undefined;

const CHECKS: Check[] = [uniqueIds, unitParents, unitHistory, contractRules, deliveryRules, completedContracts, planRules, distributionRules];

export function findIssue(set: RecordSet): Issue | undefined {
  for (const check of CHECKS) {
    const issue = check(set);
    if (issue) return issue;
  }
  return undefined;
}

function uniqueIds(set: RecordSet): Issue | undefined {
  for (const collection of ['units', 'publications', 'printers', 'contracts', 'deliveries', 'distributions', 'plans', 'events', 'media', 'allocations'] as const) {
    const seen = new Set<string>();
    const records = set[collection];
    for (let index = 0; index < records.length; index++) {
      const { id } = records[index];
      if (seen.has(id)) return { collection, index, id, field: 'id', message: `mã "${id}" đã được dùng cho một bản ghi khác cùng loại; mỗi mã phải là duy nhất.` };
      seen.add(id);
    }
  }
  return undefined;
}

function unitParents(set: RecordSet): Issue | undefined {
  const parents = new Map(set.units.map((u) => [u.id, u.parentId ?? null]));
  for (let index = 0; index < set.units.length; index++) {
    const unit = set.units[index];
    if (unit.parentId == null) continue;
    if (!parents.has(unit.parentId)) {
      return { collection: 'units', index, id: unit.id, field: 'parentId', message: `đơn vị cấp trên "${unit.parentId}" không có trong danh sách đơn vị.` };
    }
    // Walking up more steps than there are units means the chain loops.
    let at: string | null = unit.parentId;
    for (let steps = 0; at !== null; steps++) {
      if (at === unit.id || steps > set.units.length) {
        return { collection: 'units', index, id: unit.id, field: 'parentId', message: 'đơn vị cấp trên tạo thành vòng lặp (đơn vị nằm trong chính nó).' };
      }
      at = parents.get(at) ?? null;
    }
  }
  return undefined;
}

/** Bodies and branches sit under a xã or phường, a body says what it is, a former district is a district (docs/distribution.md). */
function unitHistory(set: RecordSet): Issue | undefined {
  const units = new Map(set.units.map((u) => [u.id, u]));
  for (let index = 0; index < set.units.length; index++) {
    const unit = set.units[index];
    const at = (field: string, message: string): Issue => ({ collection: 'units', index, id: unit.id, field, message });
    if (unit.kind === 'body' && unit.bodyType === undefined) return at('bodyType', 'cơ quan nhận ấn phẩm cần ghi loại cơ quan (UBND xã, công an, đồn biên phòng, trường học, hội đoàn thể hoặc khác).');
    if (unit.kind !== 'body' && unit.bodyType !== undefined) return at('bodyType', 'chỉ đơn vị cấp "cơ quan" mới có loại cơ quan.');
    if (unit.kind === 'body' || unit.kind === 'branch') {
      const parentKind = unit.parentId ? units.get(unit.parentId)?.kind : undefined;
      if (parentKind !== 'commune' && parentKind !== 'ward') {
        return at('parentId', `${unit.kind === 'body' ? 'cơ quan' : 'chi nhánh'} phải thuộc một xã hoặc phường; hãy chọn xã, phường làm đơn vị cấp trên.`);
      }
    }
    if (unit.formerUnitId !== undefined) {
      const former = units.get(unit.formerUnitId);
      if (!former) return at('formerUnitId', `huyện cũ "${unit.formerUnitId}" không có trong danh sách đơn vị.`);
      if (former.id === unit.id || (former.kind !== undefined && former.kind !== 'district')) {
        return at('formerUnitId', `huyện cũ phải là một đơn vị cấp huyện; "${former.name}" không phải.`);
      }
    }
  }
  return undefined;
}

function contractRules(set: RecordSet): Issue | undefined {
  const printers = new Set(set.printers.map((p) => p.id));
  const publications = new Set(set.publications.map((p) => p.id));
  const numbers = new Map<string, string>();
  for (let index = 0; index < set.contracts.length; index++) {
    const c = set.contracts[index];
    const at = (field: string, message: string): Issue => ({ collection: 'contracts', index, id: c.id, field, message });
    const key = c.number.toLocaleLowerCase('vi');
    if (numbers.has(key)) return at('number', `số hợp đồng "${c.number}" đã có ở hợp đồng khác (mã ${numbers.get(key)}); số hợp đồng phải là duy nhất.`);
    numbers.set(key, c.id);
    if (!printers.has(c.printerId)) return at('printerId', `cơ sở in "${c.printerId}" không có trong danh sách cơ sở in.`);
    const lines = new Set<string>();
    for (let i = 0; i < c.items.length; i++) {
      const { publicationId } = c.items[i];
      if (!publications.has(publicationId)) return at(`items[${i}].publicationId`, `ấn phẩm "${publicationId}" không có trong danh mục ấn phẩm.`);
      if (lines.has(publicationId)) return at(`items[${i}].publicationId`, 'ấn phẩm này đã có ở một dòng khác; mỗi ấn phẩm chỉ một dòng trong hợp đồng.');
      lines.add(publicationId);
    }
    if (c.deadline && c.deadline < c.date) return at('deadline', `hạn giao hàng (${formatDate(c.deadline)}) không được trước ngày hợp đồng (${formatDate(c.date)}).`);
    const datesIssue = statusDatesIssue(c);
    if (datesIssue) return at(datesIssue.field, datesIssue.message);
    const { total } = totalsOf(c.items, c.vatPercent);
    if (!Number.isSafeInteger(total)) return at('items', 'tổng giá trị hợp đồng quá lớn để tính chính xác; hãy tách thành nhiều hợp đồng.');
    if (c.advancePaid !== undefined && c.advancePaid > total) {
      return at('advancePaid', `số tiền đã tạm ứng (${formatInteger(c.advancePaid)} đ) lớn hơn giá trị hợp đồng (${formatInteger(total)} đ).`);
    }
  }
  return undefined;
}

/** Status dates exist only for statuses reached, and follow the contract date and each other. */
function statusDatesIssue(c: Contract): { field: string; message: string } | undefined {
  let previous = { date: c.date, label: 'ngày hợp đồng' };
  for (const status of CONTRACT_STATUSES.slice(1)) {
    const date = c.statusDates?.[status as Exclude<ContractStatus, 'draft'>];
    if (!date) continue;
    const field = `statusDates.${status}`;
    if (statusRank(status) > statusRank(c.status)) {
      return { field, message: `hợp đồng đang ở trạng thái "${STATUS_NAMES[c.status]}" nên chưa thể có ngày "${STATUS_NAMES[status]}".` };
    }
    if (date < previous.date) {
      return { field, message: `ngày "${STATUS_NAMES[status]}" (${formatDate(date)}) không được trước ${previous.label} (${formatDate(previous.date)}).` };
    }
    previous = { date, label: `ngày "${STATUS_NAMES[status]}"` };
  }
  return undefined;
}

function deliveryRules(set: RecordSet): Issue | undefined {
  const contracts = new Map(set.contracts.map((c) => [c.id, c]));
  type Line = { quantity: number; delivered: number; indexes: number[] };
  // contractId → publicationId → running line; built lazily, this loop runs over every delivery.
  const linesOf = new Map<string, Map<string, Line>>();
  for (let index = 0; index < set.deliveries.length; index++) {
    const d = set.deliveries[index];
    let contractLines = linesOf.get(d.contractId);
    if (!contractLines) {
      const contract = contracts.get(d.contractId);
      const at = (field: string, message: string): Issue => ({ collection: 'deliveries', index, id: d.id, field, message });
      if (!contract) return at('contractId', `hợp đồng "${d.contractId}" không có trong danh sách hợp đồng.`);
      if (contract.status === 'draft') return at('contractId', `hợp đồng số ${contract.number} còn là bản nháp; chỉ ghi giao hàng cho hợp đồng đã ký.`);
      contractLines = new Map(contract.items.map((i) => [i.publicationId, { quantity: i.quantity, delivered: 0, indexes: [] }]));
      linesOf.set(d.contractId, contractLines);
    }
    const line = contractLines.get(d.publicationId);
    const contract = contracts.get(d.contractId)!;
    if (!line) {
      return { collection: 'deliveries', index, id: d.id, field: 'publicationId', message: `ấn phẩm "${d.publicationId}" không có trong hợp đồng số ${contract.number}.` };
    }
    const since = contract.statusDates?.signed ?? contract.date;
    if (d.date < since) {
      return { collection: 'deliveries', index, id: d.id, field: 'date', message: `ngày giao (${formatDate(d.date)}) không được trước ngày ký hợp đồng (${formatDate(since)}).` };
    }
    line.delivered += d.quantity;
    line.indexes.push(index);
  }
  const lines = [...linesOf.values()].flatMap((m) => [...m.values()]);
  for (const line of lines) {
    if (line.delivered <= line.quantity) continue;
    // Over-delivery is charged to the delivery that crosses the line's quantity, in date order.
    const ordered = line.indexes.sort((a, b) => byDate(set.deliveries[a], set.deliveries[b]) || a - b);
    let before = 0;
    for (const index of ordered) {
      const d = set.deliveries[index];
      if (before + d.quantity > line.quantity) {
        const contract = contracts.get(d.contractId)!;
        return {
          collection: 'deliveries', index, id: d.id, field: 'quantity',
          message: `giao ${formatInteger(d.quantity)} bản vượt số còn phải giao của dòng này trong hợp đồng số ${contract.number} (còn ${formatInteger(line.quantity - before)} / ${formatInteger(line.quantity)} bản).`,
        };
      }
      before += d.quantity;
    }
  }
  return undefined;
}

/** "Đã giao đủ" and later statuses mean every line was delivered in full, by the date recorded. */
function completedContracts(set: RecordSet): Issue | undefined {
  const delivered = deliveredByLine(set.deliveries);
  const lastDelivery = new Map<string, string>();
  for (const d of set.deliveries) if ((lastDelivery.get(d.contractId) ?? '') < d.date) lastDelivery.set(d.contractId, d.date);
  for (let index = 0; index < set.contracts.length; index++) {
    const c = set.contracts[index];
    if (statusRank(c.status) < statusRank('delivered')) continue;
    const lines = delivered.get(c.id);
    const short = c.items.findIndex((item) => (lines?.get(item.publicationId) ?? 0) < item.quantity);
    if (short >= 0) {
      const got = lines?.get(c.items[short].publicationId) ?? 0;
      return {
        collection: 'contracts', index, id: c.id, field: 'status',
        message: `trạng thái "${STATUS_NAMES[c.status]}" cần mọi dòng đã giao đủ, nhưng dòng ${short + 1} mới giao ${formatInteger(got)} / ${formatInteger(c.items[short].quantity)} bản.`,
      };
    }
    const deliveredOn = c.statusDates?.delivered;
    const last = lastDelivery.get(c.id);
    if (deliveredOn && last && deliveredOn < last) {
      return { collection: 'contracts', index, id: c.id, field: 'statusDates.delivered', message: `ngày giao đủ (${formatDate(deliveredOn)}) không được trước lần giao cuối cùng (${formatDate(last)}).` };
    }
  }
  return undefined;
}

function distributionRules(set: RecordSet): Issue | undefined {
  const units = new Set(set.units.map((u) => u.id));
  const publications = new Set(set.publications.map((p) => p.id));
  for (let index = 0; index < set.distributions.length; index++) {
    const x = set.distributions[index];
    if (!units.has(x.unitId)) return { collection: 'distributions', index, id: x.id, field: 'unitId', message: `đơn vị "${x.unitId}" không có trong danh sách đơn vị.` };
    if (!publications.has(x.publicationId)) {
      return { collection: 'distributions', index, id: x.id, field: 'publicationId', message: `ấn phẩm "${x.publicationId}" không có trong danh mục ấn phẩm.` };
    }
  }
  const short = firstShortfall(set.deliveries, set.distributions);
  if (!short) return undefined;
  const x = short.distribution;
  const title = set.publications.find((p) => p.id === x.publicationId)?.title ?? x.publicationId;
  return {
    collection: 'distributions', index: set.distributions.indexOf(x), id: x.id, field: 'quantity',
    message: `cấp ${formatInteger(x.quantity)} bản ngày ${formatDate(x.date)} nhưng trong kho khi đó chỉ còn ${formatInteger(short.available)} bản: thiếu ${formatInteger(x.quantity - short.available)} bản "${title}"; tồn kho không được âm.`,
  };
}


/**
 * Plans and what belongs to them (docs/plans.md): plan numbers unique, a
 * period that runs forward, activity ids unique within a plan; events and
 * media items under an activity of their plan and within its period (media
 * items only under a media activity); allocations one line per plan, unit
 * and publication; a contract charged to a plan that exists. Then the
 * distributions' event, and no distribution after a unit was retired.
 */
function planRules(set: RecordSet): Issue | undefined {
  return plansThemselves(set) ?? planMembers(set) ?? allocationRules(set) ?? distributionLinks(set);
}

function plansThemselves(set: RecordSet): Issue | undefined {
  const numbers = new Map<string, string>();
  for (let index = 0; index < set.plans.length; index++) {
    const plan = set.plans[index];
    const at = (field: string, message: string): Issue => ({ collection: 'plans', index, id: plan.id, field, message });
    const key = plan.number.toLocaleLowerCase('vi');
    if (numbers.has(key)) return at('number', `số kế hoạch "${plan.number}" đã có ở kế hoạch khác (mã ${numbers.get(key)}); số kế hoạch phải là duy nhất.`);
    numbers.set(key, plan.id);
    if (plan.to < plan.from) return at('to', `ngày kết thúc (${formatDate(plan.to)}) không được trước ngày bắt đầu (${formatDate(plan.from)}).`);
    const ids = new Set<string>();
    for (let i = 0; i < plan.activities.length; i++) {
      if (ids.has(plan.activities[i].id)) return at(`activities[${i}].id`, `mã hoạt động "${plan.activities[i].id}" đã có ở một hoạt động khác của kế hoạch này.`);
      ids.add(plan.activities[i].id);
    }
  }
  const plans = new Set(set.plans.map((p) => p.id));
  for (let index = 0; index < set.contracts.length; index++) {
    const c = set.contracts[index];
    if (c.planId !== undefined && !plans.has(c.planId)) return { collection: 'contracts', index, id: c.id, field: 'planId', message: `kế hoạch "${c.planId}" không có trong danh sách kế hoạch.` };
  }
  return undefined;
}

/** Events and media items: their plan, their activity in it, their date in its period, their unit. */
function planMembers(set: RecordSet): Issue | undefined {
  const plans = new Map(set.plans.map((p) => [p.id, p]));
  const units = new Set(set.units.map((u) => u.id));
  for (const collection of ['events', 'media'] as const) {
    const records: { id: string; planId: string; activityId: string; date: string; unitId?: string }[] = set[collection];
    for (let index = 0; index < records.length; index++) {
      const r = records[index];
      const at = (field: string, message: string): Issue => ({ collection, index, id: r.id, field, message });
      const plan = plans.get(r.planId);
      if (!plan) return at('planId', `kế hoạch "${r.planId}" không có trong danh sách kế hoạch.`);
      const activity = plan.activities.find((a) => a.id === r.activityId);
      if (!activity) return at('activityId', `hoạt động "${r.activityId}" không có trong kế hoạch ${plan.number}.`);
      if (collection === 'media' && !activity.media) return at('activityId', `hoạt động "${activity.name}" không phải hoạt động báo chí, truyền hình; tin bài, phóng sự chỉ ghi cho hoạt động báo chí.`);
      if (r.date < plan.from || r.date > plan.to) {
        return at('date', `ngày ${formatDate(r.date)} nằm ngoài thời gian của kế hoạch ${plan.number} (từ ${formatDate(plan.from)} đến ${formatDate(plan.to)}).`);
      }
      if (r.unitId !== undefined && !units.has(r.unitId)) return at('unitId', `đơn vị "${r.unitId}" không có trong danh sách đơn vị.`);
    }
  }
  return undefined;
}

function allocationRules(set: RecordSet): Issue | undefined {
  const plans = new Set(set.plans.map((p) => p.id));
  const units = new Set(set.units.map((u) => u.id));
  const publications = new Set(set.publications.map((p) => p.id));
  const seen = new Set<string>();
  for (let index = 0; index < set.allocations.length; index++) {
    const a = set.allocations[index];
    const at = (field: string, message: string): Issue => ({ collection: 'allocations', index, id: a.id, field, message });
    if (!plans.has(a.planId)) return at('planId', `kế hoạch "${a.planId}" không có trong danh sách kế hoạch.`);
    if (!units.has(a.unitId)) return at('unitId', `đơn vị "${a.unitId}" không có trong danh sách đơn vị.`);
    if (!publications.has(a.publicationId)) return at('publicationId', `ấn phẩm "${a.publicationId}" không có trong danh mục ấn phẩm.`);
    const key = `${a.planId}\u0000${a.unitId}\u0000${a.publicationId}`;
    if (seen.has(key)) return at('publicationId', 'đơn vị này đã có một dòng phân bổ cho ấn phẩm này trong kế hoạch; mỗi đơn vị và ấn phẩm chỉ một dòng.');
    seen.add(key);
  }
  return undefined;
}

function distributionLinks(set: RecordSet): Issue | undefined {
  const units = new Map(set.units.map((u) => [u.id, u]));
  const events = new Set(set.events.map((e) => e.id));
  for (let index = 0; index < set.distributions.length; index++) {
    const x = set.distributions[index];
    if (x.eventId !== undefined && !events.has(x.eventId)) return { collection: 'distributions', index, id: x.id, field: 'eventId', message: `sự kiện "${x.eventId}" không có trong danh sách sự kiện.` };
    const retiredOn = units.get(x.unitId)?.retiredOn;
    if (retiredOn !== undefined && x.date >= retiredOn) {
      return { collection: 'distributions', index, id: x.id, field: 'unitId', message: `đơn vị "${units.get(x.unitId)!.name}" thôi áp dụng từ ngày ${formatDate(retiredOn)}; không cấp phát cho đơn vị này từ ngày đó.` };
    }
  }
  return undefined;
}
