// Version comparison as a reviewer reads it: blocks matched in order, edited
// ones shown with the words that changed, new and dropped ones as such.
import { describe, expect, it } from 'vitest';
import { compareVersions, wordDiff } from '../../../services/approval/diff.js';
import { readPublication } from '../../../engine/validate.js';

const pub = (body: unknown[]) => readPublication({ format: 'anpham/publication@1', template: 'leaflet-trifold-a4', meta: { title: 'Tờ gấp' }, slots: { body } });

describe('compareVersions', () => {
  it('pairs an edited block, and tells added and removed blocks apart', () => {
    const before = pub([
      { type: 'heading', level: 2, text: 'Ai được giúp?' },
      { type: 'paragraph', text: 'Người nghèo được giúp.' },
      { type: 'list', items: ['Trẻ em.', 'Người có công.'] },
    ]);
    const after = pub([
      { type: 'heading', level: 2, text: 'Ai được giúp?' },
      { type: 'paragraph', text: 'Người thuộc hộ nghèo được giúp.' },
      { type: 'qa', question: 'Có mất tiền không?', answer: 'Không.' },
      { type: 'list', items: ['Trẻ em.'] },
    ]);
    const { changes, added, removed, changed } = compareVersions(before, after);
    expect({ added, removed, changed }).toEqual({ added: 2, removed: 1, changed: 1 });
    const edit = changes.find((c) => c.kind === 'changed')!;
    expect(edit).toMatchObject({ label: 'Đoạn văn', before: 'Người nghèo được giúp.', after: 'Người thuộc hộ nghèo được giúp.' });
    expect(changes.filter((c) => c.kind === 'removed').map((c) => c.before)).toEqual(['Người có công.']);
    expect(changes.filter((c) => c.kind === 'added').map((c) => c.after)).toEqual(['Có mất tiền không?', 'Không.']);
  });

  it('compares translations too', () => {
    const one = pub([{ type: 'paragraph', text: 'Miễn phí.', translations: [{ lang: 'tay', text: 'a' }] }]);
    const two = pub([{ type: 'paragraph', text: 'Miễn phí.', translations: [{ lang: 'tay', text: 'b' }] }]);
    expect(compareVersions(one, two).changes.filter((c) => c.kind === 'changed')).toEqual([
      expect.objectContaining({ label: 'Đoạn văn (tay)', before: 'a', after: 'b' }),
    ]);
  });
});

describe('wordDiff', () => {
  it('keeps a replaced sentence in one piece rather than alternating words', () => {
    expect(wordDiff('Trợ giúp pháp lý song ngữ.', 'Sửa ở phiên bản 2.')).toEqual([
      { kind: 'removed', text: 'Trợ giúp pháp lý song ngữ.' },
      { kind: 'added', text: 'Sửa ở phiên bản 2.' },
    ]);
  });

  it('marks only the words that changed', () => {
    expect(wordDiff('Gọi tổng đài miễn phí.', 'Gọi ngay tổng đài miễn phí.')).toEqual([
      { kind: 'same', text: 'Gọi ' },
      { kind: 'added', text: 'ngay ' },
      { kind: 'same', text: 'tổng đài miễn phí.' },
    ]);
  });
});
