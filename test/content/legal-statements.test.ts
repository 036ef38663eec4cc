// What the shipped content says about the law must be right today
// (docs/legal-content.md, checked on 2026-12-03 against the facts of
// /work/shared/DOMAIN.md). Every sample publication (samples/*.json but the
// 2022 bundle), every template pack's starter.json, .hbs files and
// template.json texts, the starter content library (services/library/starter.ts)
// with the registry of cited acts it ships (laws-2026-12.json) and the legacy import sample are read as text, and each class of statement
// that was wrong is looked for with patterns over NFC text, most of them with
// the diacritics folded away ("khó khăn" → "kho khan"):
//
//   - Điều 7: trafficking victims listed among those who need financial
//     difficulty (điểm g khoản 7, repealed from 01/7/2025), near-poor status
//     given as enough on its own; and, the other way round, every Điều 7 list
//     must name the groups of khoản 6a.
//   - Điều 29: asking for legal aid by phone; the form's wrong name.
//   - The hotline: other names, numbers or hours; and every back page prints
//     it from the one variable, `variables.hotline`.
//   - Names: "tiếng Kinh", "H'Mông", "Mèo".
//   - Years and addresses inside each sample, the date its law was checked.
//   - Luật Hộ tịch Điều 11: marriage registration between citizens is free.
//   - Template names and descriptions in plain Vietnamese, no JSON.
//
// Each rule also runs over small fixtures of the old, wrong sentences, so a
// rule that stops catching them fails here. To see the rules fail on a whole
// older tree: LEGAL_CONTENT_ROOT=/path/to/old/tree npx vitest run --project unit test/content
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandSlots } from '../../engine/expand.js';
import { templateSchema, type TemplatePack } from '../../engine/template-schema.js';
import type { Block, Publication } from '../../contract/publication-format.js';

const ROOT = process.env.LEGAL_CONTENT_ROOT ?? join(import.meta.dirname, '..', '..');

/** The day the legal content was last checked; samples carry it as `meta.legalCheckedOn`. */
const CHECKED_ON = '2026-12-03';

/** The national legal-aid hotline, as every sample and starter carries it in `variables.hotline`. */
const HOTLINE = {
  name: 'Đường dây nóng trợ giúp pháp lý',
  number: '1800.1233',
  owner: 'Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý',
  cost: 'Gọi miễn phí',
  hours: '8:00–17:00 từ thứ Hai đến thứ Sáu, trừ ngày lễ',
};

// ——— text ———

/** NFC, inline marks (`**`, `*`) dropped, no-break spaces as spaces. */
const clean = (s: string) => s.normalize('NFC').replace(/\*+/g, '').replace(/[\u00a0\u202f]/g, ' ');
/** `clean`, then lower case without diacritics: "Đơn yêu cầu" → "don yeu cau". */
const fold = (s: string) =>
  clean(s).normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
const sentences = (s: string) => s.split(/(?<=[.!?…])\s+|\n+/).map((x) => x.trim()).filter(Boolean);
const isQuestion = (s: string) => /\?\s*$/.test(s);

interface Unit {
  where: string;
  text: string;
}
interface Piece {
  where: string;
  /** The block's texts, each a unit (a list item, a question, an answer, a title…). */
  units: Unit[];
  block?: Block;
}
interface Source {
  name: string;
  pieces: Piece[];
  publication?: Publication & { meta: { legalCheckedOn?: string } };
}

function blockUnits(block: Block, where: string): Unit[] {
  const u = (field: string, text: string | undefined): Unit[] => (text ? [{ where: `${where}.${field}`, text }] : []);
  const translations = 'translations' in block && block.translations
    ? block.translations.flatMap((t, k) => [...u(`translations[${k}].text`, t.text), ...u(`translations[${k}].answer`, t.answer)])
    : [];
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [...u('text', block.text), ...translations];
    case 'list':
      return block.items.flatMap((item, k) => u(`items[${k}]`, item));
    case 'qa':
      return [...u('question', block.question), ...u('answer', block.answer), ...translations];
    case 'callout':
      return [...u('title', block.title), ...u('text', block.text), ...translations];
    case 'image':
      return [...u('alt', block.alt), ...u('caption', block.caption)];
    case 'qr':
      return [...u('caption', block.caption), ...u('data', block.data)];
    default:
      return [];
  }
}

function publicationSource(name: string, pub: Publication): Source {
  const pieces = Object.entries(pub.slots).flatMap(([slot, blocks]) =>
    blocks.map((block, i) => ({ where: `${name} ${slot}[${i}]`, units: blockUnits(block, `${name} ${slot}[${i}]`), block })),
  );
  return { name, pieces, publication: pub as Source['publication'] };
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
const allStrings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(allStrings) : [];

const SAMPLES_DIR = join(ROOT, 'samples');
const TEMPLATES_DIR = join(ROOT, 'templates');
/** The sample publications; the records bundles (bundle-2022.json, bundle-2026.json) are records, not publications. */
const SAMPLE_FILES = readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.json') && !f.startsWith('bundle-')).sort();
const PACK_DIRS = readdirSync(TEMPLATES_DIR).filter((d) => existsSync(join(TEMPLATES_DIR, d, 'template.json'))).sort();

function sampleSources(): Source[] {
  return SAMPLE_FILES.map((f) => publicationSource(`samples/${f}`, readJson(join(SAMPLES_DIR, f)) as Publication));
}

function starterSources(): Source[] {
  return PACK_DIRS.filter((d) => existsSync(join(TEMPLATES_DIR, d, 'starter.json'))).map((d) =>
    publicationSource(`templates/${d}/starter.json`, readJson(join(TEMPLATES_DIR, d, 'starter.json')) as Publication),
  );
}

/** Each template pack's texts: every string of template.json and every .hbs file (comments too). */
function templateSources(): Source[] {
  return PACK_DIRS.map((d) => {
    const dir = join(TEMPLATES_DIR, d);
    const json = allStrings(readJson(join(dir, 'template.json'))).map((text, k) => ({ where: `templates/${d}/template.json #${k}`, text }));
    const hbs = readdirSync(dir).filter((f) => f.endsWith('.hbs')).map((f) => ({ where: `templates/${d}/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
    return { name: `templates/${d}`, pieces: [...json, ...hbs].map((unit) => ({ where: unit.where, units: [unit] })) };
  });
}

function legacySource(): Source {
  const file = join(SAMPLES_DIR, 'legacy', 'unicode.txt');
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
  return { name: 'samples/legacy/unicode.txt', pieces: lines.map((text, k) => ({ where: `samples/legacy/unicode.txt:${k + 1}`, units: [{ where: `samples/legacy/unicode.txt:${k + 1}`, text }] })) };
}

interface StarterModule {
  starterItems(updatedAt: string): { id: string; title: string; block: Block; tags: string[] }[];
}
interface RegistryModule {
  LAW_REGISTRY: { id: string; title: string; number: string; note?: string; changes?: string }[];
}

async function librarySource(): Promise<Source> {
  const mod = (await import(pathToFileURL(join(ROOT, 'services', 'library', 'starter.ts')).href)) as StarterModule;
  const items = mod.starterItems('2026-01-01T00:00:00.000Z');
  const pieces: Piece[] = items.map((item) => {
    const where = `library ${item.id}`;
    const units = [{ where: `${where}.title`, text: item.title }, ...blockUnits(item.block, where)];
    return { where, units, block: item.block };
  });
  // The registry of cited acts the app ships: what it says of each act is content too.
  const registry = (await import(pathToFileURL(join(ROOT, 'services', 'library', 'registry.ts')).href)) as RegistryModule;
  for (const law of registry.LAW_REGISTRY) {
    pieces.push({ where: `library law ${law.id}`, units: [law.title, law.changes ?? '', law.note ?? ''].filter(Boolean).map((text) => ({ where: `library law ${law.id}`, text })) });
  }
  return { name: 'services/library/starter.ts', pieces };
}

// ——— rules: each returns the places that say the wrong thing ———

interface Finding {
  where: string;
  text: string;
}
type Rule = (source: Source) => Finding[];

/** Every statement (a sentence not ending in "?") of every unit, with its folded form. */
function statements(source: Source): (Finding & { f: string })[] {
  return source.pieces.flatMap((p) =>
    p.units.flatMap((u) => sentences(clean(u.text)).filter((s) => !isQuestion(s)).map((s) => ({ where: u.where, text: s, f: fold(s) }))),
  );
}
const sentenceRule = (...bad: ((f: string) => boolean)[]): Rule => (source) =>
  statements(source).filter((s) => bad.some((test) => test(s.f))).map(({ where, text }) => ({ where, text }));

// Điều 7 (khoản 6a added, điểm g khoản 7 repealed by Luật 53/2024/QH15 from 01/7/2025).

const NO_FINANCIAL_CONDITION = /khong can (co )?(dieu kien|chung minh|xet)[^.]{0,30}tai chinh/;
/** Trafficking victims said to need financial difficulty: the repealed điểm g khoản 7. */
const repealedPointG = sentenceRule((f) => /mua ban nguoi/.test(f) && /kho khan ve tai chinh/.test(f) && !NO_FINANCIAL_CONDITION.test(f));

/** "hộ cận nghèo" as a ground for legal aid, not said of an accused person (nor as a test of financial difficulty). */
const nearPoorAlone = sentenceRule((f) => {
  if (!/ho can ngheo/.test(f) || /kho khan ve tai chinh/.test(f)) return false;
  const loose = [...f.matchAll(/ho can ngheo/g)].some((m) => !/bi buoc toi/.test(f.slice(Math.max(0, m.index - 45), m.index)));
  return loose && /tro giup|duoc giup|thuoc dien|duoc huong/.test(f);
});

const GROUP_MARKERS = [/co cong voi cach mang/, /ho ngheo/, /tre em/, /dan toc thieu so/, /bi buoc toi/, /kho khan ve tai chinh/];
const KHOAN_6A = [/nan nhan[^.;]{0,20}mua ban nguoi/, /xac dinh la nan nhan/, /duoi 18 tuoi di cung/];

/** Blocks that enumerate Điều 7 (a list counts the block before it, which names the article). */
function dieu7Lists(source: Source): Piece[] {
  return source.pieces.filter((piece, i) => {
    const own = fold(piece.units.map((u) => u.text).join(' \n '));
    const before = piece.block?.type === 'list' && i > 0 ? fold(source.pieces[i - 1].units.map((u) => u.text).join(' ')) : '';
    return /dieu 7\b/.test(own + ' ' + before) && GROUP_MARKERS.filter((m) => m.test(own)).length >= 4;
  });
}
/** A Điều 7 list without the groups of khoản 6a. */
const missing6a: Rule = (source) =>
  dieu7Lists(source)
    .filter((piece) => {
      const text = fold(piece.units.map((u) => u.text).join(' \n '));
      return !KHOAN_6A.every((m) => m.test(text));
    })
    .map((piece) => ({ where: piece.where, text: piece.units.map((u) => u.text).join(' / ').slice(0, 160) }));

// Điều 29: a request is an "Đơn yêu cầu trợ giúp pháp lý" filed in person, by post, fax or electronic means.

const PHONE = '(goi dien|goi dien thoai|goi (?:cho )?tong dai|goi duong day nong|qua dien thoai)';
const requestByPhoneSentence = sentenceRule(
  (f) => /don de nghi tro giup phap ly/.test(f),
  (f) => /(de nghi|yeu cau)( tro giup( phap ly)?)?[^.?!]{0,40}(qua|bang) (dien thoai|goi dien|tong dai|duong day nong)/.test(f),
  (f) => new RegExp(`${PHONE}[^.?!]{0,60}de (de nghi|yeu cau)( tro giup)?`).test(f),
  (f) => /cach (de nghi|yeu cau|nop don)[^.?!]{0,30}:[^.?!]*goi dien/.test(f),
  (f) => /(den (truc tiep|tru so)|gap tro giup vien)[^.?!]{0,120}goi dien[^.?!]{0,120}gui (don|thu)/.test(f),
  (f) => /muon duoc (tro )?giup[^.?!]{0,40}goi (dien|tong dai|duong day)/.test(f),
);
/** A list of the ways to ask for legal aid (the heading or lead-in says so) with "call …" among them. */
const requestByPhoneList: Rule = (source) =>
  source.pieces.flatMap((piece, i) => {
    if (piece.block?.type !== 'list') return [];
    const lead = source.pieces.slice(Math.max(0, i - 2), i).map((p) => fold(p.units.map((u) => u.text).join(' '))).join(' \n ');
    const asksHow = /(de nghi|yeu cau|muon duoc)[^?\n]*(the nao|cach nao|cac cach|cach sau|bang cach)|cach (de nghi|yeu cau)|chon mot trong cac cach/.test(lead);
    if (!asksHow) return [];
    return piece.units.filter((u) => new RegExp(`^${PHONE}`).test(fold(u.text).trim())).map((u) => ({ where: u.where, text: u.text }));
  });
/** "Can I ask by phone?" answered "yes" without saying the call is not a request. */
const requestByPhoneAnswer: Rule = (source) =>
  source.pieces.flatMap((piece) => {
    if (piece.block?.type !== 'qa') return [];
    const q = fold(piece.block.question);
    const a = fold(piece.block.answer).trim();
    const yes = /^(duoc|co)\b/.test(a) && !/(chua|khong) phai (la )?(don |mot )?yeu cau/.test(a);
    return /goi dien (thi )?co duoc( giup)? khong/.test(q) && yes ? [{ where: piece.where, text: piece.block.question }] : [];
  });
const requestByPhone: Rule = (s) => [...requestByPhoneSentence(s), ...requestByPhoneList(s), ...requestByPhoneAnswer(s)];

// The hotline.

const HOTLINE_MENTION = /1800[ .]?1233|duong day nong|tong dai tro giup/;
/** Wrong name, another number, or other hours for the legal-aid hotline. */
const wrongHotline: Rule = (source) =>
  source.pieces.flatMap((piece) => {
    const found: Finding[] = [];
    const blockFold = fold(piece.units.map((u) => u.text).join(' \n '));
    for (const unit of piece.units) {
      const raw = clean(unit.text);
      for (const m of raw.matchAll(/(?<!\d)1800[ .]?(\d{4})(?!\d)/g)) if (m[1] !== '1233') found.push({ where: unit.where, text: m[0] });
      for (const m of raw.matchAll(/tel:(\d+)/g)) if (m[1].startsWith('1800') && m[1] !== '18001233') found.push({ where: unit.where, text: m[0] });
      for (const s of sentences(raw)) {
        const f = fold(s);
        const wrongName = /tong dai tro giup phap ly/.test(f) || /tong dai[^.;!?]{0,30}1800/.test(f);
        // Hours are checked in every block that names the hotline (a callout's title names it, its text gives the hours).
        const saysHours = HOTLINE_MENTION.test(blockFold) && /\d{1,2}(:\d\d| ?gio\b)|thu hai|gio hanh chinh/.test(f);
        const hours = [...f.matchAll(/(?<![\d:/])(\d{1,2})(?::\d\d| ?gio\b)/g)].map((h) => Number(h[1]));
        const wrongHours = saysHours && (
          /gio hanh chinh|thu bay|chu nhat|24\/7|24 gio|ca ngay/.test(f) ||
          (/thu hai/.test(f) && !/tru (cac )?ngay (nghi )?le/.test(f)) ||
          hours.some((h) => h !== 8 && h !== 17));
        if (wrongName || wrongHours) found.push({ where: unit.where, text: s });
      }
    }
    return found;
  });

// Names.

const wrongNames: Rule = (source) =>
  source.pieces.flatMap((piece) =>
    piece.units.flatMap((u) => {
      const text = clean(u.text);
      const hits = [
        ...text.matchAll(/tiếng Kinh/giu),
        ...text.matchAll(/(?<!\p{L})H['’ʼ‘]?[ -]?M[ôo]ng(?!\p{L})/giu),
        ...text.matchAll(/(?<!\p{L})(người|dân tộc|tiếng|đồng bào|bà con|chữ) Mèo(?!\p{L})/giu),
      ];
      return hits.map((m) => ({ where: u.where, text: m[0] }));
    }),
  );

// Luật Hộ tịch Điều 11: registering a marriage between citizens living in Vietnam is free.

const marriageFee = sentenceRule(
  (f) => /dang ky ket hon/.test(f) && /le phi/.test(f) && (!/mien le phi|khong (mat|phai nop|thu|ton|phai dong) le phi/.test(f) || /(nhieu|mot so|tuy) truong hop/.test(f)),
);

// Years and addresses inside a sample.

const DISTRICTS = ['trang dinh', 'van lang', 'van quan', 'binh gia', 'bac son', 'huu lung', 'chi lang', 'cao loc', 'loc binh', 'dinh lap'];
const yearsAndAddresses: Rule = (source) => {
  const pub = source.publication;
  if (!pub) return [];
  const found: Finding[] = [];
  const year = pub.meta.year;
  const centre = (pub.variables.centre ?? {}) as Record<string, string>;
  if (pub.meta.legalCheckedOn !== CHECKED_ON) found.push({ where: `${source.name} meta.legalCheckedOn`, text: String(pub.meta.legalCheckedOn) });
  if (year !== Number(CHECKED_ON.slice(0, 4))) found.push({ where: `${source.name} meta.year`, text: String(year) });
  for (const piece of source.pieces) {
    for (const u of piece.units) {
      const f = fold(u.text);
      for (const m of f.matchAll(/(?<![\d/.])((?:19|20)\d\d)(?![\d/])/g)) if (year && Number(m[1]) > year) found.push({ where: u.where, text: m[0] });
      for (const m of f.matchAll(/(ke hoach|chuong trinh)[^.?!]{0,40}?((?:19|20)\d\d)/g)) if (Number(m[2]) !== year) found.push({ where: u.where, text: m[0] });
      for (const m of f.matchAll(/120\/kh-stp|1181\/qd-ubnd|1719\/qd-ttg/g)) found.push({ where: u.where, text: m[0] });
      // Since 01/7/2025 there are no districts and no "thành phố Lạng Sơn".
      for (const m of f.matchAll(new RegExp(`thanh pho lang son|huyen (${DISTRICTS.join('|')})`, 'g'))) found.push({ where: u.where, text: m[0] });
      for (const m of f.matchAll(/0205[ .]?\d{3,4}[ .]?\d{3,4}/g)) if (m[0] !== fold(centre.phone ?? '')) found.push({ where: u.where, text: m[0] });
      for (const m of f.matchAll(/(?:so \d+\w?,? )?duong [^,.;:]+, (?:phuong|xa|thanh pho) [^,.;:]+(?:, tinh lang son)?/g)) {
        if (m[0] !== fold(centre.address ?? '')) found.push({ where: u.where, text: m[0] });
      }
    }
  }
  return found;
};

/** Names and descriptions the new-publication screen shows: no JSON, no field names. */
const JSONISH = /[{}"`[\]]|\b\w+":|\b\d+x\d+\b|\b(notes|pages|size|frames|slots|variables|hotline)\b/;
function templateTexts(def: Record<string, unknown>): Finding[] {
  const book = def.book as { sizes?: Record<string, { label: string }>; masters?: Record<string, { label: string }> } | undefined;
  const slots = def.slots as Record<string, { label: string; description?: string }>;
  const sides = (def.sides ?? []) as { label: string; panels: { label: string }[] }[];
  return [
    { where: 'name', text: String(def.name) },
    { where: 'description', text: String(def.description ?? '') },
    ...Object.entries(slots).flatMap(([k, s]) => [{ where: `slots.${k}.label`, text: s.label }, { where: `slots.${k}.description`, text: s.description ?? '' }]),
    ...Object.entries(book?.sizes ?? {}).map(([k, s]) => ({ where: `book.sizes.${k}.label`, text: s.label })),
    ...Object.entries(book?.masters ?? {}).map(([k, m]) => ({ where: `book.masters.${k}.label`, text: m.label })),
    ...sides.flatMap((s, i) => [{ where: `sides[${i}].label`, text: s.label }, ...s.panels.map((p, j) => ({ where: `sides[${i}].panels[${j}].label`, text: p.label }))]),
  ];
}
const jsonInTemplateTexts = (def: Record<string, unknown>) => templateTexts(def).filter((t) => JSONISH.test(t.text));

// ——— the content ———

let sources: Source[];
let samples: Source[];
let starters: Source[];
let library: Source;
beforeAll(async () => {
  samples = sampleSources();
  starters = starterSources();
  library = await librarySource();
  sources = [...samples, ...starters, ...templateSources(), library, legacySource()];
});

const findingsOf = (rule: Rule) => sources.flatMap(rule);

/** A tiny publication of the given body blocks, for the fixtures. */
const fixture = (body: Block[]): Source => publicationSource('fixture', { format: 'anpham/publication@1', template: 'x', meta: { title: 'x' }, variables: {}, slots: { body } } as Publication);
const para = (text: string): Block => ({ type: 'paragraph', text });
const list = (...items: string[]): Block => ({ type: 'list', ordered: false, items });
const qa = (question: string, answer: string): Block => ({ type: 'qa', question, answer });
const flags = (rule: Rule, ...blocks: Block[]) => rule(fixture(blocks)).length > 0;

describe('the content read', () => {
  it('covers the samples, the starters, the template packs and the library', () => {
    expect(samples.map((s) => s.name)).toEqual(expect.arrayContaining(['samples/leaflet-tgpl.json', 'samples/handbook-tgpl.json', 'samples/pocketbook-tgpl.json', 'samples/notebook-tgpl.json']));
    expect(samples.map((s) => s.name)).not.toContain('samples/bundle-2022.json');
    expect(starters).toHaveLength(PACK_DIRS.length);
    expect(PACK_DIRS.length).toBeGreaterThanOrEqual(4);
    expect(library.pieces.length).toBeGreaterThanOrEqual(30);
  });
});

describe('Điều 7: who gets legal aid (khoản 6a added, điểm g khoản 7 repealed from 01/7/2025)', () => {
  it('no list puts trafficking victims among those who need financial difficulty', () => {
    expect(findingsOf(repealedPointG)).toEqual([]);
  });

  it('the rule catches the old wording', () => {
    expect(flags(repealedPointG, list('Một số người đang khó khăn về tài chính: người cao tuổi, người khuyết tật, nạn nhân bạo lực gia đình, nạn nhân mua bán người, người nhiễm HIV.'))).toBe(true);
    expect(flags(repealedPointG, qa('Nạn nhân của mua bán người được giúp thế nào?', 'Nạn nhân của hành vi mua bán người và người nhiễm HIV nằm trong danh sách những người được trợ giúp pháp lý khi có khó khăn về tài chính.'))).toBe(true);
    expect(flags(repealedPointG, para('Nạn nhân mua bán người được trợ giúp pháp lý không cần điều kiện về tài chính; người nhiễm HIV thì khi có khó khăn về tài chính.'))).toBe(false);
  });

  it('near-poor status counts only for an accused person (or as the test of financial difficulty)', () => {
    expect(findingsOf(nearPoorAlone)).toEqual([]);
  });

  it('the rule catches near-poor status given as enough on its own', () => {
    expect(flags(nearPoorAlone, para('Người thuộc hộ nghèo, hộ cận nghèo được trợ giúp pháp lý miễn phí.'))).toBe(true);
    expect(flags(nearPoorAlone, list('Giấy tờ cho thấy mình thuộc diện được giúp: giấy chứng nhận hộ nghèo, hộ cận nghèo; quyết định hưởng trợ cấp.'))).toBe(true);
    expect(flags(nearPoorAlone, para('Người bị buộc tội thuộc hộ cận nghèo được trợ giúp pháp lý.'))).toBe(false);
    expect(flags(nearPoorAlone, para('Danh sách hộ nghèo, hộ cận nghèo được rà soát hằng năm.'))).toBe(false);
  });

  it('every Điều 7 list names the groups of khoản 6a', () => {
    const lists = [...samples, library].flatMap((s) => dieu7Lists(s).map((p) => p.where));
    // Each sample and the library have at least one such list, so the check has something to check.
    for (const s of [...samples, library]) expect(dieu7Lists(s).length, s.name).toBeGreaterThan(0);
    expect(lists.length).toBeGreaterThanOrEqual(5);
    expect(findingsOf(missing6a)).toEqual([]);
  });

  it('the check catches a Điều 7 list without khoản 6a', () => {
    const old = [para('Điều 7 Luật Trợ giúp pháp lý kể ra những người được trợ giúp:'), list('Người có công với cách mạng.', 'Người thuộc hộ nghèo.', 'Trẻ em.', 'Người dân tộc thiểu số ở vùng đặc biệt khó khăn.', 'Người bị buộc tội thuộc hộ cận nghèo.')];
    expect(missing6a(fixture(old))).toHaveLength(1);
  });

  it('each sample that names the legal-aid law says it was amended', () => {
    for (const s of samples) {
      const text = s.pieces.flatMap((p) => p.units.map((u) => clean(u.text))).join('\n');
      if (text.includes('11/2017/QH14')) expect(text, s.name).toMatch(/53\/2024\/QH15|sửa đổi, bổ sung/);
    }
    const dieu7 = library.pieces.find((p) => p.where === 'library dieu-7-luat-tgpl')!;
    expect(dieu7.units.map((u) => u.text).join(' ')).toContain('53/2024/QH15');
  });
});

describe('Điều 29: a request is an "Đơn yêu cầu trợ giúp pháp lý"; a call only informs', () => {
  it('nothing says legal aid is asked for by phone, or names the form otherwise', () => {
    expect(findingsOf(requestByPhone)).toEqual([]);
  });

  it('the rules catch the old wordings', () => {
    expect(flags(requestByPhone, para('Bà con có thể đề nghị trợ giúp pháp lý theo một trong các cách sau:'), list('Đến thẳng trụ sở Trung tâm.', 'Gọi điện thoại cho Trung tâm, hoặc gọi tổng đài miễn phí **1800.1233**.', 'Gửi đơn qua bưu điện.'))).toBe(true);
    expect(flags(requestByPhone, para('Bà con đến trụ sở Trung tâm, gặp trợ giúp viên khi Trung tâm về xã, gọi điện thoại, hoặc gửi đơn qua bưu điện, thư điện tử.'))).toBe(true);
    expect(flags(requestByPhone, para('Chương này hướng dẫn chuẩn bị giấy tờ và các cách đề nghị: đến trực tiếp, gọi điện, gửi thư, hoặc nhờ người khác chuyển giúp.'))).toBe(true);
    expect(flags(requestByPhone, qa('Tôi ở xa, không xuống tỉnh được. Gọi điện có được không?', 'Được. Bà con có thể gọi số điện thoại của Trung tâm.'))).toBe(true);
    expect(flags(requestByPhone, list('Đơn đề nghị trợ giúp pháp lý (Trung tâm có mẫu và sẽ ghi giúp).'))).toBe(true);
    expect(flags(requestByPhone, para('Muốn được giúp, bà con gọi tổng đài 1800.1233 (miễn phí) hoặc đến Trung tâm.'))).toBe(true);
    expect(flags(requestByPhone, para('Bà con có thể gọi điện để yêu cầu trợ giúp pháp lý.'))).toBe(true);
    expect(flags(requestByPhone, para('Gọi điện cho Trung tâm hoặc đường dây nóng **1800.1233** để được hướng dẫn; cuộc gọi chưa phải là yêu cầu trợ giúp.'))).toBe(false);
  });
});

describe('the hotline: "Đường dây nóng trợ giúp pháp lý 1800.1233", free, 8:00–17:00 Monday–Friday except public holidays', () => {
  it('no text gives it another name, number or hours', () => {
    expect(findingsOf(wrongHotline)).toEqual([]);
  });

  it('the rule catches the old wordings and other numbers', () => {
    expect(flags(wrongHotline, para('Tổng đài trợ giúp pháp lý **1800.1233** (miễn phí, giờ hành chính, thứ Hai đến thứ Sáu).'))).toBe(true);
    expect(flags(wrongHotline, para('Gọi đường dây nóng miễn phí **1800.1233** (8 giờ – 17 giờ, thứ Hai đến thứ Sáu).'))).toBe(true);
    expect(flags(wrongHotline, para('Đường dây nóng trợ giúp pháp lý 1800.1234, miễn phí.'))).toBe(true);
    expect(flags(wrongHotline, { type: 'callout', title: 'Đường dây nóng trợ giúp pháp lý 1800.1233', text: 'Gọi miễn phí, từ 7:30 đến 17:00, thứ Hai đến thứ Bảy.' })).toBe(true);
    expect(flags(wrongHotline, { type: 'qr', data: 'tel:18001234', caption: 'Quét mã để gọi' })).toBe(true);
    expect(flags(wrongHotline, para('Đường dây nóng trợ giúp pháp lý **1800.1233** (miễn phí, 8:00–17:00 từ thứ Hai đến thứ Sáu, trừ ngày lễ).'))).toBe(false);
  });

  it('every sample and every starter carries the hotline in variables.hotline', () => {
    for (const s of [...samples, ...starters]) {
      const hotline = s.publication!.variables.hotline as Record<string, string> | undefined;
      expect(hotline, s.name).toBeDefined();
      expect(Object.fromEntries(Object.entries(hotline!).map(([k, v]) => [k, clean(v)])), s.name).toEqual(HOTLINE);
    }
  });

  it('no .hbs file writes the hotline itself; each back page prints variables.hotline', () => {
    for (const d of PACK_DIRS) {
      const dir = join(TEMPLATES_DIR, d);
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.hbs'))) {
        const code = readFileSync(join(dir, f), 'utf8').replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g, '');
        expect(fold(code), `templates/${d}/${f}`).not.toMatch(/1800|tong dai|duong day nong|mien phi|thu hai|8:00/);
      }
      const def = templateSchema.parse(readJson(join(dir, 'template.json')));
      expect(readFileSync(join(dir, def.slots.back.file), 'utf8'), d).toContain('variables.hotline');
    }
  });

  it('each back page prints what variables.hotline holds, and nothing of it when a publication has none', () => {
    const probe = { name: 'Số thử', number: '9999.0000', owner: 'Cơ quan thử', cost: 'Giá thử', hours: 'Giờ thử' };
    for (const d of PACK_DIRS) {
      const dir = join(TEMPLATES_DIR, d);
      const pack: TemplatePack = { definition: templateSchema.parse(readJson(join(dir, 'template.json'))), dir, source: 'builtin' };
      const pub = (variables: Record<string, unknown>) => ({ format: 'anpham/publication@1', template: d, meta: { title: 'Thử' }, variables, slots: { back: [] } }) as unknown as Publication;
      const withProbe = expandSlots(pub({ centre: { name: 'Trung tâm' }, hotline: probe }), pack).back;
      expect(withProbe, d).toContain('Số thử 9999.0000');
      for (const v of [probe.owner, `${probe.cost}, ${probe.hours}`]) expect(withProbe, d).toContain(v);
      expect(withProbe, d).not.toContain('1800');
      const withReal = expandSlots(pub({ hotline: HOTLINE }), pack).back;
      expect(withReal, d).toContain('<p style="hotline">Đường dây nóng trợ giúp pháp lý 1800.1233</p>');
      expect(withReal, d).toContain(`${HOTLINE.cost}, ${HOTLINE.hours}`);
      const without = expandSlots(pub({ centre: { name: 'Trung tâm' } }), pack).back;
      expect(without, d).not.toMatch(/1800|style="hotline/);
      expect(without, d).toContain('Trung tâm');
    }
  });
});

describe('names: tiếng Việt, Mông', () => {
  it('no "tiếng Kinh", "H\'Mông" or "Mèo"', () => {
    expect(findingsOf(wrongNames)).toEqual([]);
  });

  it('the rule catches them', () => {
    for (const text of ['Tôi không nói thạo tiếng Kinh thì sao?', "người Nùng, Tày, Dao, H'Mông, Sán Chay", 'tiếng Hmông', 'đồng bào Mèo']) {
      expect(flags(wrongNames, para(text)), text).toBe(true);
    }
    expect(flags(wrongNames, para('người Kinh, người Mông; tiếng Việt, tiếng Mông'))).toBe(false);
  });
});

describe('Luật Hộ tịch Điều 11: marriage registration between citizens living in Vietnam is free', () => {
  it('no text says it costs a fee', () => {
    expect(findingsOf(marriageFee)).toEqual([]);
  });

  it('the rule catches a fee, or "free in many cases"', () => {
    expect(flags(marriageFee, para('Đôi vợ chồng nên đi đăng ký kết hôn ngay; thủ tục đơn giản và không mất lệ phí đối với nhiều trường hợp.'))).toBe(true);
    expect(flags(marriageFee, para('Khi đăng ký kết hôn phải nộp lệ phí.'))).toBe(true);
    expect(flags(marriageFee, para('Công dân Việt Nam cư trú ở trong nước đăng ký kết hôn với nhau thì được miễn lệ phí.'))).toBe(false);
  });
});

describe('years and addresses inside each sample', () => {
  it('each sample is dated the year its law was checked, states that date, and gives one Centre address', () => {
    expect(samples.flatMap(yearsAndAddresses)).toEqual([]);
  });

  it('all samples give the same Centre', () => {
    const centres = new Set(samples.map((s) => JSON.stringify(s.publication!.variables.centre)));
    expect(centres.size).toBe(1);
  });

  it('the rule catches a 2022 sample, plan text of another year, another address', () => {
    const src = fixture([para('Thực hiện Kế hoạch 120/KH-STP năm 2022.'), para('Trung tâm ở Số 1, đường Hùng Vương, thành phố Lạng Sơn. Điện thoại: 0205 3812 999.')]);
    src.publication!.meta = { title: 'x', year: 2022, legalCheckedOn: CHECKED_ON };
    src.publication!.variables = { centre: { address: 'Đường Lê Lợi, phường Lương Văn Tri, tỉnh Lạng Sơn', phone: '0205 3812 345' } };
    const found = yearsAndAddresses(src).map((f) => f.text);
    expect(found).toEqual(expect.arrayContaining(['2022', '120/kh-stp', 'so 1, duong hung vuong, thanh pho lang son', '0205 3812 999']));
  });
});

describe('template names and descriptions: plain Vietnamese, no JSON', () => {
  it('every pack is valid against its schema and its texts carry no JSON', () => {
    for (const d of PACK_DIRS) {
      const raw = readJson(join(TEMPLATES_DIR, d, 'template.json')) as Record<string, unknown>;
      expect(templateSchema.safeParse(raw).success, d).toBe(true);
      expect(jsonInTemplateTexts(raw), d).toEqual([]);
    }
  });

  it('says the sizes in mm; the tri-fold is "A4 gấp 3, in 2 mặt, 6 panel"; choices are said to be choosable', () => {
    const description = (d: string) => String((readJson(join(TEMPLATES_DIR, d, 'template.json')) as { description: string }).description);
    for (const d of PACK_DIRS) expect(description(d), d).toMatch(/\d+ × \d+ mm/);
    const leaflet = description('leaflet-trifold-a4');
    for (const words of ['A4', 'gấp 3', '2 mặt', '6 panel']) expect(leaflet).toContain(words);
    expect(description('pocketbook-a6')).toMatch(/chọn[^.]*100 × 140 mm/);
    expect(description('notebook-a5')).toMatch(/kẻ dòng[^.]*chọn được/);
  });

  it('the rule catches the old descriptions', () => {
    const old = {
      name: 'Sách bỏ túi khổ A6',
      description: 'Sách bỏ túi khổ A6 (105 × 148 mm, hoặc khổ 100 × 140 mm khi ấn phẩm chọn "size": "100x140") đóng ghim giữa.',
      slots: { back: { label: 'Bìa sau', description: 'Các trang kẻ dòng (số trang do ấn phẩm chọn: "notes": { "pages": N }, mặc định 16).' } },
    };
    expect(jsonInTemplateTexts(old).map((f) => f.where)).toEqual(['description', 'slots.back.description']);
  });
});
