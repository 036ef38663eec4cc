// Template packs are data: every folder holding a template.json, in the
// built-in templates folder or the user's, is a pack. A pack is checked as a
// whole before anyone uses it, so a mistake in it is reported once, with the
// file and field, instead of surfacing later as a strange layout.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../contract/errors.js';
import { PARSER_BOX_STYLES, PARSER_TEXT_STYLES } from './parse.js';
import type { Publication } from '../contract/publication-format.js';
import { resolveInside } from './safe-path.js';
import { templateSchema, type TemplateDefinition, type TemplatePack, type TemplateProblem } from './template-schema.js';
import { checkWithSchema, parseJsonText, parsePublicationJson, readPublication } from './validate.js';

export interface TemplateRegistry {
  packs: Map<string, TemplatePack>;
  problems: TemplateProblem[];
}

type PackSource = TemplatePack['source'];
/** A fault found by a cross-check: the field in template.json and what is wrong. */
type Fault = { field: string; message: string; file?: string };

const TEMPLATE_FILE = 'template.json';
/** Panel widths are in millimetres; a hundredth is well below what a guillotine cuts. */
const WIDTH_TOLERANCE_MM = 0.01;

export function loadTemplatePacks(dirs: { dir: string; source: PackSource }[], knownFonts: string[]): TemplateRegistry {
  const registry: TemplateRegistry = { packs: new Map(), problems: [] };
  // Built-in packs first, so a user pack can never quietly replace one.
  const ordered = [...dirs].sort((a, b) => Number(a.source === 'user') - Number(b.source === 'user'));
  for (const { dir, source } of ordered) {
    for (const packDir of packFolders(dir)) {
      const loaded = loadPack(packDir, source, knownFonts);
      if (!('definition' in loaded)) {
        registry.problems.push(...loaded);
        continue;
      }
      const taken = registry.packs.get(loaded.definition.id);
      if (taken) {
        registry.problems.push({
          dir: packDir,
          file: path.join(packDir, TEMPLATE_FILE),
          field: 'id',
          message: `mã mẫu "${loaded.definition.id}" đã được dùng cho mẫu ${taken.source === 'builtin' ? 'có sẵn' : 'khác'} ở ${taken.dir}; hãy đặt "id" khác cho mẫu này`,
        });
        continue;
      }
      registry.packs.set(loaded.definition.id, loaded);
    }
  }
  return registry;
}

/** The pack with `id`, or an InputError (field `template`) listing the packs there are. */
export function findTemplate(registry: TemplateRegistry, id: string, file?: string): TemplatePack {
  const pack = registry.packs.get(id);
  if (pack) return pack;
  const known = [...registry.packs.keys()].sort();
  const choices = known.length ? `các mẫu hiện có: ${known.join(', ')}` : 'chưa có mẫu nào được nạp';
  throw new InputError(`không có mẫu "${id}"; ${choices}`, { file, field: 'template' });
}

/** A new publication from the pack's starter file (or empty slots when the pack has none), checked and in NFC. */
export function starterPublication(pack: TemplatePack, title?: string): Publication {
  const { definition, dir } = pack;
  let base: Publication;
  let file: string | undefined;
  if (definition.starter) {
    file = resolveInside(dir, definition.starter, 'tệp nội dung mẫu', { field: 'starter' });
    base = parsePublicationJson(readFileSync(file, 'utf8'), file);
  } else {
    base = readPublication({
      format: 'anpham/publication@1',
      template: definition.id,
      meta: { title: definition.name },
      slots: Object.fromEntries(Object.keys(definition.slots).map((slot) => [slot, []])),
    });
  }
  const chosenTitle = title?.trim() || base.meta.title;
  return readPublication({ ...base, template: definition.id, meta: { ...base.meta, title: chosenTitle } }, file);
}

function packFolders(dir: string): string[] {
  // The user's templates folder need not exist; that is simply no packs.
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((name) => path.join(dir, name))
    .filter((sub) => statSync(sub).isDirectory() && existsSync(path.join(sub, TEMPLATE_FILE)));
}

function loadPack(dir: string, source: PackSource, knownFonts: string[]): TemplatePack | TemplateProblem[] {
  const file = path.join(dir, TEMPLATE_FILE);
  let definition: TemplateDefinition;
  try {
    definition = checkWithSchema(templateSchema, parseJsonText(readFileSync(file, 'utf8'), file), file);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return [{ dir, file, field: err.field, message: err.message }];
  }
  const faults = [
    ...checkLayoutKind(definition),
    ...checkSideWidths(definition),
    ...(definition.book ? checkBook(definition) : checkSlotsAndPanels(definition)),
    ...checkColourNames(definition),
    ...checkFonts(definition, knownFonts),
    ...checkParserStyles(definition),
    ...checkPackFiles(definition, dir),
  ];
  if (faults.length) return faults.map((f) => ({ dir, file: f.file ?? file, field: f.field, message: f.message }));
  return { definition, dir, source };
}

/** A pack is either a sheet (`sides`) or a book (`book`), never both, never neither. */
function checkLayoutKind(def: TemplateDefinition): Fault[] {
  if (def.book && def.sides.length > 0) return [{ field: 'book', message: 'mẫu chỉ được có một trong hai: "sides" (tờ gấp) hoặc "book" (sách); hãy bỏ một phần' }];
  if (!def.book && def.sides.length === 0) return [{ field: 'sides', message: 'mẫu cần "sides" (các mặt của tờ gấp) hoặc "book" (trang mẫu và thứ tự các phần của sách)' }];
  return [];
}

function checkSideWidths(def: TemplateDefinition): Fault[] {
  return def.sides.flatMap((side, i) => {
    const total = side.panels.reduce((sum, p) => sum + p.widthMm, 0);
    if (Math.abs(total - def.trim.widthMm) <= WIDTH_TOLERANCE_MM) return [];
    return [{
      field: `sides[${i}].panels`,
      message: `tổng chiều rộng các trang của "${side.label}" là ${round(total)} mm, phải bằng khổ thành phẩm ${def.trim.widthMm} mm`,
    }];
  });
}

function checkSlotsAndPanels(def: TemplateDefinition): Fault[] {
  const faults: Fault[] = [];
  const panels = new Map<string, { flow: string; field: string }>();
  def.sides.forEach((side, i) =>
    side.panels.forEach((panel, j) => {
      const field = `sides[${i}].panels[${j}]`;
      if (panels.has(panel.id)) faults.push({ field: `${field}.id`, message: `mã trang "${panel.id}" bị trùng; mỗi trang cần một mã riêng` });
      panels.set(panel.id, { flow: panel.flow, field });
      if (!(panel.flow in def.slots)) {
        faults.push({ field: `${field}.flow`, message: `vùng "${panel.flow}" không được khai báo trong "slots" (có: ${Object.keys(def.slots).join(', ')})` });
      }
    }),
  );
  for (const [slot, definition] of Object.entries(def.slots)) {
    if (definition.frames.length === 0) faults.push({ field: `slots.${slot}.frames`, message: 'cần ít nhất một mã trang để nội dung của vùng này có chỗ in' });
    definition.frames.forEach((frame, k) => {
      const field = `slots.${slot}.frames[${k}]`;
      const panel = panels.get(frame);
      if (!panel) faults.push({ field, message: `không có trang nào mang mã "${frame}" (có: ${[...panels.keys()].join(', ')})` });
      else if (panel.flow !== slot) faults.push({ field, message: `trang "${frame}" khai báo "flow": "${panel.flow}", không phải "${slot}"; hai chỗ phải khớp nhau` });
    });
  }
  for (const [id, panel] of panels) {
    const slot = def.slots[panel.flow];
    if (slot && !slot.frames.includes(id)) {
      faults.push({ field: `${panel.field}.flow`, message: `trang "${id}" thuộc vùng "${panel.flow}" nhưng không có trong slots.${panel.flow}.frames` });
    }
  }
  return faults;
}

/**
 * A book's parts: each names a declared slot (every slot printed exactly
 * once) or a generated part (one TOC, one run of note pages at most), and a
 * master that exists; the styles its folios, running heads and TOC use exist.
 */
function checkBook(def: TemplateDefinition): Fault[] {
  const book = def.book!;
  const faults: Fault[] = [];
  const masters = Object.keys(book.masters);
  const placed = new Map<string, number>();
  book.sequence.forEach((part, i) => {
    const field = `book.sequence[${i}]`;
    if (!(part.master in book.masters)) faults.push({ field: `${field}.master`, message: `không có trang mẫu "${part.master}" trong book.masters (có: ${masters.join(', ')})` });
    const key = part.slot ?? `generated:${part.generated}`;
    if (placed.has(key)) faults.push({ field, message: `phần "${part.slot ?? part.generated}" đã có ở book.sequence[${placed.get(key)}]; mỗi phần chỉ in một lần` });
    placed.set(key, i);
    if (part.slot !== undefined && !(part.slot in def.slots)) {
      faults.push({ field: `${field}.slot`, message: `vùng "${part.slot}" không được khai báo trong "slots" (có: ${Object.keys(def.slots).join(', ')})` });
    }
  });
  for (const slot of Object.keys(def.slots)) {
    if (!placed.has(slot)) faults.push({ field: `slots.${slot}`, message: `vùng "${slot}" không có trong book.sequence nên nội dung của nó sẽ không được in; hãy thêm { "slot": "${slot}", "master": "…" }` });
  }
  if (book.sequence.filter((p) => p.blanksBefore).length > 1) faults.push({ field: 'book.sequence', message: 'chỉ một phần (bìa sau) được đánh dấu "blanksBefore"' });

  const usedMasters = book.sequence.map((p) => book.masters[p.master]).filter(Boolean);
  const styles = [
    ...(usedMasters.some((m) => m.folio) ? [{ field: 'book.folio.style', name: book.folio.style }] : []),
    ...(usedMasters.some((m) => m.runningHead) ? [{ field: 'book.runningHead.style', name: book.runningHead.style }] : []),
    ...(placed.has('generated:toc')
      ? [{ field: 'book.toc.titleStyle', name: book.toc.titleStyle }, ...book.toc.entryStyles.slice(0, book.toc.levels).map((name, k) => ({ field: `book.toc.entryStyles[${k}]`, name }))]
      : []),
  ];
  for (const { field, name } of styles) {
    if (!(name in def.styles)) faults.push({ field, message: `kiểu chữ "${name}" không có trong "styles"` });
  }
  if (placed.has('generated:toc') && !book.sequence.some((p) => p.inToc)) {
    faults.push({ field: 'book.sequence', message: 'có mục lục nhưng không phần nào có "inToc": true; mục lục sẽ trống' });
  }
  return faults;
}

function checkColourNames(def: TemplateDefinition): Fault[] {
  const book = def.book;
  const used: { field: string; name: string | undefined }[] = [
    ...Object.entries(def.styles).map(([name, s]) => ({ field: `styles.${name}.color`, name: s.color })),
    ...Object.entries(def.boxes).flatMap(([name, b]) => [
      { field: `boxes.${name}.fill`, name: b.fill },
      { field: `boxes.${name}.stroke`, name: b.stroke },
    ]),
    ...def.sides.flatMap((side, i) => side.panels.map((p, j) => ({ field: `sides[${i}].panels[${j}].background`, name: p.background }))),
    ...(book
      ? [
          ...Object.entries(book.masters).map(([id, m]) => ({ field: `book.masters.${id}.background`, name: m.background })),
          { field: 'book.runningHead.rule', name: book.runningHead.rule },
          ...(book.sequence.some((p) => p.generated === 'notes') ? [{ field: 'book.notes.ruleColor', name: book.notes.ruleColor }] : []),
        ]
      : []),
  ];
  return used
    .filter((u) => u.name !== undefined && !(u.name in def.colors))
    .map((u) => ({ field: u.field, message: `màu "${u.name}" không có trong "colors" (có: ${Object.keys(def.colors).join(', ')})` }));
}

function checkFonts(def: TemplateDefinition, knownFonts: string[]): Fault[] {
  return Object.entries(def.styles)
    .filter(([, s]) => !knownFonts.includes(s.font))
    .map(([name, s]) => ({ field: `styles.${name}.font`, message: `phông "${s.font}" chưa được cài; các phông có: ${knownFonts.join(', ')}` }));
}

/** The parser names these styles for the publication's blocks, so every pack must define them. */
function checkParserStyles(def: TemplateDefinition): Fault[] {
  const missing = (names: readonly string[], have: Record<string, unknown>, field: string) =>
    names.filter((n) => !(n in have)).map((n) => ({ field: `${field}.${n}`, message: `thiếu kiểu "${n}", kiểu này dùng cho khối nội dung của ấn phẩm` }));
  return [...missing(PARSER_TEXT_STYLES, def.styles, 'styles'), ...missing(PARSER_BOX_STYLES, def.boxes, 'boxes')];
}

function checkPackFiles(def: TemplateDefinition, dir: string): Fault[] {
  const wanted = [
    ...Object.entries(def.slots).map(([slot, s]) => ({ field: `slots.${slot}.file`, name: s.file })),
    ...(def.starter ? [{ field: 'starter', name: def.starter }] : []),
  ];
  const faults: Fault[] = [];
  for (const { field, name } of wanted) {
    try {
      const target = resolveInside(dir, name, 'tệp');
      if (!existsSync(target) || !statSync(target).isFile()) faults.push({ field, message: `không tìm thấy tệp "${name}" trong thư mục mẫu` });
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      faults.push({ field, message: err.message });
    }
  }
  if (faults.length === 0 && def.starter) faults.push(...checkStarter(path.join(dir, def.starter)));
  return faults;
}

function checkStarter(file: string): Fault[] {
  try {
    parsePublicationJson(readFileSync(file, 'utf8'), file);
    return [];
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return [{ file, field: err.field ?? 'starter', message: err.message }];
  }
}

function round(mm: number): number {
  return Math.round(mm * 100) / 100;
}
