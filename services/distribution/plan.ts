// The plan the records serve: Kế hoạch 120/KH-STP (06/9/2022), five
// activities with their targets, the events held under them, and the
// allocation plan (copies planned per unit and publication). Targets are the
// plan's own figures; events and allocations are records. Pure: the renderer
// imports the activity list for its labels.
import type { EventActivity, RecordSet } from '../../contract/record-schemas.js';
import type { ActivityProgress } from '../../contract/reports.js';

export interface PlanActivity {
  /** 1–5, as the plan numbers them. */
  no: number;
  name: string;
  /** What the events of this activity count towards; activity 5 is measured by the allocation plan. */
  targets: { activity: EventActivity; label: string; target: number; unit: string }[];
}

export const PLAN_NAME = 'Kế hoạch số 120/KH-STP ngày 06/9/2022 của Sở Tư pháp tỉnh Lạng Sơn';

export const PLAN_ACTIVITIES: readonly PlanActivity[] = [
  { no: 1, name: 'Truyền thông về trợ giúp pháp lý tại xã, thôn', targets: [{ activity: 'communication', label: 'Đợt truyền thông', target: 10, unit: 'đợt' }] },
  {
    no: 2, name: 'Tập huấn cho già làng, trưởng thôn, người có uy tín, cán bộ cơ sở, người dân tộc thiểu số',
    targets: [{ activity: 'training', label: 'Lớp tập huấn (mỗi đơn vị cấp huyện một lớp)', target: 11, unit: 'lớp' }],
  },
  { no: 3, name: 'Phóng sự truyền hình, báo chí và tin bài về trợ giúp pháp lý', targets: [{ activity: 'media', label: 'Phóng sự', target: 1, unit: 'phóng sự' }] },
  {
    no: 4, name: 'Sinh hoạt chuyên đề',
    targets: [
      { activity: 'thematic-providers', label: 'Cho người thực hiện trợ giúp pháp lý và cán bộ liên quan', target: 5, unit: 'buổi' },
      { activity: 'thematic-grassroots', label: 'Cho cán bộ cơ sở, già làng, người có uy tín', target: 5, unit: 'buổi' },
    ],
  },
  { no: 5, name: 'Biên soạn, in và cấp phát miễn phí tờ gấp, sách bỏ túi, cẩm nang, sổ tay trợ giúp pháp lý', targets: [] },
];

/** Short names of the event kinds, for lists and forms. */
export const ACTIVITY_LABELS: Record<EventActivity, string> = {
  communication: 'Truyền thông',
  training: 'Tập huấn',
  media: 'Phóng sự, tin bài',
  'thematic-providers': 'Sinh hoạt chuyên đề (người thực hiện TGPL)',
  'thematic-grassroots': 'Sinh hoạt chuyên đề (cán bộ cơ sở)',
};

/** Events held and copies handed out at them, against the plan's targets. */
export function activityProgress(set: Pick<RecordSet, 'events' | 'distributions'>): ActivityProgress[] {
  const held = new Map<EventActivity, { held: number; participants: number; copies: number }>();
  const activityOf = new Map(set.events.map((e) => [e.id, e.activity]));
  const row = (a: EventActivity) => {
    let r = held.get(a);
    if (!r) held.set(a, (r = { held: 0, participants: 0, copies: 0 }));
    return r;
  };
  for (const e of set.events) {
    row(e.activity).held += 1;
    row(e.activity).participants += e.participants ?? 0;
  }
  for (const x of set.distributions) if (x.eventId) row(activityOf.get(x.eventId)!).copies += x.quantity;
  return PLAN_ACTIVITIES.map((a) => ({
    no: a.no,
    name: a.name,
    targets: a.targets.map((t) => ({ ...t, ...(held.get(t.activity) ?? { held: 0, participants: 0, copies: 0 }) })),
  }));
}
