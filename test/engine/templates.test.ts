import { cpSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../contract/errors.js';
import { findTemplate, loadTemplatePacks, starterPublication } from '../../engine/template-registry.js';

const FONTS = ['Noto Serif', 'Noto Sans'];
const BUILTIN = { dir: path.resolve('templates'), source: 'builtin' as const };
const FIXTURES = path.resolve('test/fixtures/templates');
const BROKEN = path.join(FIXTURES, 'broken');

const temporary: string[] = [];
afterEach(() => temporary.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'anpham-templates-'));
  temporary.push(dir);
  return dir;
}

describe('the built-in leaflet pack', () => {
  const registry = loadTemplatePacks([BUILTIN, { dir: path.join(tmpdir(), 'no-such-user-templates'), source: 'user' }], FONTS);
  const pack = findTemplate(registry, 'leaflet-trifold-a4');

  it('loads with no problems, even without a user templates folder', () => {
    expect(registry.problems).toEqual([]);
    expect(pack.source).toBe('builtin');
  });

  it('is a 297 × 210 mm tri-fold: 100/100/97 mm with the fold-in panel backing the flap', () => {
    const { trim, sides, slots } = pack.definition;
    expect(trim).toEqual({ widthMm: 297, heightMm: 210 });
    const widths = Object.fromEntries(sides.map((s) => [s.id, s.panels.map((p) => [p.id, p.widthMm])]));
    expect(widths.outside).toEqual([['flap', 97], ['back', 100], ['cover', 100]]);
    expect(widths.inside).toEqual([['inside-1', 100], ['inside-2', 100], ['inside-3', 97]]);
    expect(slots.body.frames).toEqual(['inside-1', 'inside-2', 'inside-3', 'flap']);
    expect(Object.keys(slots)).toEqual(['cover', 'body', 'back']);
  });

  it('makes a starter publication with the chosen title, in NFC', () => {
    const pub = starterPublication(pack, 'Tờ gấp'.normalize('NFD'));
    expect(pub.template).toBe('leaflet-trifold-a4');
    expect(pub.meta.title).toBe('Tờ gấp');
    expect(Object.keys(pub.slots).sort()).toEqual(['back', 'body', 'cover']);
  });
});

describe('findTemplate', () => {
  it('names the template field and the packs that exist', () => {
    const registry = loadTemplatePacks([BUILTIN, { dir: path.join(FIXTURES, 'valid'), source: 'user' }], FONTS);
    try {
      findTemplate(registry, 'so-tay', 'a.json');
      throw new Error('expected an InputError');
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      expect(err).toMatchObject({ field: 'template', file: 'a.json' });
      expect((err as Error).message).toContain('"so-tay"');
      expect((err as Error).message).toContain('leaflet-trifold-a4, mini-a5');
    }
  });
});

describe('loadTemplatePacks with broken packs', () => {
  const registry = loadTemplatePacks([{ dir: BROKEN, source: 'user' }, BUILTIN], FONTS);
  const problemsOf = (pack: string) => registry.problems.filter((p) => p.dir === path.join(BROKEN, pack));

  it('keeps loading the good packs', () => {
    expect([...registry.packs.keys()].sort()).toEqual(['handbook-a5', 'leaflet-trifold-a4', 'notebook-a5', 'pocketbook-a6']);
    expect(registry.packs.get('leaflet-trifold-a4')?.source).toBe('builtin');
  });

  it.each([
    ['bad-json', 'template.json', undefined, /dòng \d+, cột \d+/],
    ['bad-kind', 'template.json', 'kind', /"leaflet"/],
    ['bad-width', 'template.json', 'sides[0].panels', /140 mm.*148 mm/],
    ['unknown-panel', 'template.json', 'slots.body.frames[0]', /"nowhere"/],
    ['undeclared-flow', 'template.json', 'sides[0].panels[0].flow', /"sidebar"/],
    ['unknown-colour', 'template.json', 'styles.h2.color', /"gold"/],
    ['unknown-font', 'template.json', 'styles.body.font', /"Comic Sans MS"/],
    ['missing-hbs', 'template.json', 'slots.body.file', /body\.hbs/],
    ['missing-style', 'template.json', 'styles.question', /"question"/],
    ['missing-starter', 'template.json', 'starter', /starter\.json/],
    ['broken-starter', 'starter.json', 'slots.body[1].type', /"table"/],
    ['same-id', 'template.json', 'id', /có sẵn/],
  ])('%s is reported with its file and field', (pack, file, field, message) => {
    const problems = problemsOf(pack);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0].file).toBe(path.join(BROKEN, pack, file));
    expect(problems[0].field).toBe(field);
    expect(problems[0].message).toMatch(message);
  });

  it('reports a slot file that is a link out of the pack', () => {
    const root = tempDir();
    const packDir = path.join(root, 'linked');
    cpSync(path.join(FIXTURES, 'valid', 'mini-a5'), packDir, { recursive: true });
    const outside = path.join(root, 'outside.hbs');
    writeFileSync(outside, '<p>ngoài</p>');
    unlinkSync(path.join(packDir, 'body.hbs'));
    symlinkSync(outside, path.join(packDir, 'body.hbs'));
    const { packs, problems } = loadTemplatePacks([{ dir: root, source: 'user' }], FONTS);
    expect(packs.size).toBe(0);
    expect(problems).toMatchObject([{ field: 'slots.body.file', file: path.join(packDir, 'template.json') }]);
    expect(problems[0].message).toContain('liên kết');
  });

  it('shows a new pack dropped into a folder without code changes', () => {
    const root = tempDir();
    cpSync(path.join(FIXTURES, 'valid', 'mini-a5'), path.join(root, 'any-folder-name'), { recursive: true });
    const registry = loadTemplatePacks([BUILTIN, { dir: root, source: 'user' }], FONTS);
    expect(registry.problems).toEqual([]);
    expect(registry.packs.get('mini-a5')).toMatchObject({ source: 'user', dir: path.join(root, 'any-folder-name') });
  });
});
