// The registry of cited acts the app ships (services/library/laws-2026-12.json):
// it passes the same check as an imported list, holds the acts DOMAIN.md
// ("Law", "Records the team writes") names with their status, and a broken
// edition is refused with the act and the field named.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../contract/errors.js';
import { lawSchema } from '../../../contract/library.js';
import edition from '../../../services/library/laws-2026-12.json';
import { lawsFromJson } from '../../../services/library/law-file.js';
import { lawByNumber } from '../../../services/library/laws.js';
import { LAW_REGISTRY, REGISTRY_EDITION } from '../../../services/library/registry.js';
import { starterItems } from '../../../services/library/starter.js';

const act = (number: string) => lawByNumber(LAW_REGISTRY, number);

describe('the registry file', () => {
  it('validates: every act passes the act check, with unique ids and numbers', () => {
    expect(REGISTRY_EDITION).toBe('2026-12');
    expect(LAW_REGISTRY).toHaveLength(edition.laws.length);
    for (const law of LAW_REGISTRY) expect(lawSchema.safeParse(law).success, law.number).toBe(true);
    expect(new Set(LAW_REGISTRY.map((l) => l.id)).size).toBe(LAW_REGISTRY.length);
    expect(new Set(LAW_REGISTRY.map((l) => l.number)).size).toBe(LAW_REGISTRY.length);
  });

  it('has Luật Trợ giúp pháp lý 11/2017/QH14 amended by 53/2024/QH15 from 01/7/2025 (khoản 6a added, điểm g khoản 7 repealed)', () => {
    expect(act('11/2017/QH14')).toMatchObject({ title: 'Luật Trợ giúp pháp lý', type: 'law', effective: '2018-01-01', status: 'amended', changedBy: '53/2024/QH15', changedOn: '2025-07-01' });
    expect(act('11/2017/QH14')!.changes).toMatch(/khoản 6a Điều 7.*điểm g khoản 7 Điều 7/);
    expect(act('53/2024/QH15')).toMatchObject({ title: 'Luật Phòng, chống mua bán người', effective: '2025-07-01', status: 'in-force' });
  });

  it('has the other acts the Centre cites, the replaced 2006 law and the contracts\' legal bases', () => {
    expect(act('59/2024/QH15')).toMatchObject({ effective: '2026-01-01', status: 'in-force' });
    expect(act('144/2017/NĐ-CP')).toMatchObject({ type: 'decree', status: 'in-force' });
    expect(act('69/2006/QH11')).toMatchObject({ status: 'replaced', changedBy: '11/2017/QH14', changedOn: '2018-01-01' });
    expect(act('91/2015/QH13')).toMatchObject({ title: 'Bộ luật Dân sự', type: 'code' });
    expect(act('36/2005/QH11')).toMatchObject({ title: 'Luật Thương mại' });
    expect(act('22/2023/QH15')).toMatchObject({ title: 'Luật Đấu thầu' });
    expect(LAW_REGISTRY.find((l) => l.title === 'Luật Hộ tịch')).toBeDefined();
  });

  it('lists every act another act names as the one that changed it', () => {
    for (const law of LAW_REGISTRY.filter((l) => l.changedBy)) expect(act(law.changedBy!), `${law.number} ← ${law.changedBy}`).toBeDefined();
  });

  it('keeps the ids the starter library cites', () => {
    const ids = new Set(LAW_REGISTRY.map((l) => l.id));
    for (const item of starterItems('2026-12-03T00:00:00.000Z')) for (const c of item.citations) expect(ids.has(c.lawId), `${item.id} → ${c.lawId}`).toBe(true);
  });

  it('a broken edition is refused, naming the act and the field', () => {
    const broken = structuredClone(edition);
    (broken.laws[0] as Record<string, unknown>).status = 'còn mãi';
    let error: unknown;
    try {
      lawsFromJson(broken, 'laws.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).field).toBe('laws[0].status');
    expect((error as InputError).describe()).toMatch(/^laws\.json, trường laws\[0\]\.status: văn bản thứ 1 \(11\/2017\/QH14\): tình trạng phải là một trong/);
  });
});
