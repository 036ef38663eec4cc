// Stage 1 of the pipeline: a publication's slots → markup, one string per
// slot the template declares, made by that slot's handlebars file.
//
// The handlebars files come from template packs, which users may add, so each
// pack gets its own isolated Handlebars environment: prototype access stays
// off (the default of handlebars 4.7, set here explicitly), and the only
// helpers are pure functions of the data (`inline`, `eq`). Each block is
// rendered by a partial defined below, one per block type; every block's
// element carries `data-slot` and `data-index` so findings can point at it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import Handlebars from 'handlebars';
import { InputError } from '../contract/errors.js';
import { inlineMarkup } from './inline.js';
import type { BlockType, Publication } from '../contract/publication-format.js';
import { resolveInside } from './safe-path.js';
import type { TemplatePack } from './template-schema.js';

type Environment = typeof Handlebars;
type Compiled = Handlebars.TemplateDelegate;

/** The source attributes every block element carries; pack files may use it too: `{{> source slot="cover"}}`. */
const SOURCE_PARTIAL = ' data-slot="{{slot}}" data-index="{{@index}}"{{#if id}} data-id="{{id}}"{{/if}}';
const SOURCE = '{{> source}}';
const CAPTION = '{{#if caption}}<caption{{#if captionStyle}} style="{{captionStyle}}"{{/if}}>{{inline caption}}</caption>{{/if}}';

/**
 * One partial per block type. A slot file renders its blocks with
 * `{{#each slots.NAME}}{{> block slot="NAME"}}{{/each}}`; `captionStyle` may be
 * passed the same way to restyle image and QR captions (e.g. on a dark cover).
 */
const BLOCK_PARTIALS: Record<BlockType, string> = {
  heading: bilingual('<h level="{{level}}">{{inline text}}</h>', '<h level="{{../level}}">{{inline text}}</h>', `<h level="{{level}}"${SOURCE}>{{inline text}}</h>`),
  paragraph: bilingual(
    '<p{{#if align}} align="{{align}}"{{/if}}>{{inline text}}</p>',
    '<p>{{inline text}}</p>',
    `<p{{#if align}} align="{{align}}"{{/if}}${SOURCE}>{{inline text}}</p>`,
  ),
  list: `<list{{#if ordered}} ordered="true"{{/if}}${SOURCE}>{{#each items}}<li>{{inline this}}</li>{{/each}}</list>`,
  qa: bilingual(
    '<qa><question>{{inline question}}</question><answer>{{inline answer}}</answer></qa>',
    '<qa><question>{{inline text}}</question>{{#if answer}}<answer>{{inline answer}}</answer>{{/if}}</qa>',
    `<qa${SOURCE}><question>{{inline question}}</question><answer>{{inline answer}}</answer></qa>`,
  ),
  callout:
    `<box style="{{#if (eq tone "important")}}calloutImportant{{else}}callout{{/if}}"${SOURCE}>` +
    '{{#if title}}<p style="calloutTitle">{{inline title}}</p>{{/if}}' +
    bilingual('<p>{{inline text}}</p>', '<p>{{inline text}}</p>', '<p>{{inline text}}</p>', '') +
    '</box>',
  image: `<image src="{{src}}"{{#if alt}} alt="{{alt}}"{{/if}}{{#if widthMm}} width-mm="{{widthMm}}"{{/if}}${SOURCE}>${CAPTION}</image>`,
  qr: `<qr data="{{data}}"{{#if sizeMm}} size-mm="{{sizeMm}}"{{/if}}${SOURCE}>${CAPTION}</qr>`,
  pageBreak: `<break${SOURCE}/>`,
};

/**
 * A block with `translations` becomes a <pair> of the Vietnamese and each
 * translation (`translated` is rendered inside `{{#each translations}}`);
 * the pack's `bilingual` option says whether they stand side by side or one
 * after the other. Without translations the block is `plain`.
 */
function bilingual(vietnamese: string, translated: string, plain: string, source = SOURCE): string {
  return (
    `{{#if translations}}<pair layout="{{@root.bilingual.layout}}" gap-mm="{{@root.bilingual.gapMm}}"${source}>` +
    `<part lang="vi">${vietnamese}</part>{{#each translations}}<part lang="{{lang}}">${translated}</part>{{/each}}</pair>` +
    `{{else}}${plain}{{/if}}`
  );
}

interface PackCache {
  env: Environment;
  files: Map<string, { mtimeMs: number; template: Compiled }>;
}
const packCaches = new Map<string, PackCache>();

/** For every slot the template declares, the markup its handlebars file makes. */
export function expandSlots(pub: Publication, pack: TemplatePack, file?: string): Record<string, string> {
  const declared = pack.definition.slots;
  for (const name of Object.keys(pub.slots)) {
    if (!(name in declared)) {
      throw new InputError(
        `mẫu "${pack.definition.id}" không có vùng "${name}"; các vùng của mẫu: ${Object.keys(declared).join(', ')}. Hãy chuyển nội dung sang một vùng có sẵn.`,
        { file, field: `slots.${name}` },
      );
    }
  }
  // Every declared slot is present in the context, empty when the publication has none.
  const slots = Object.fromEntries(Object.keys(declared).map((name) => [name, pub.slots[name] ?? []]));
  const context = { meta: pub.meta, variables: pub.variables, slots, bilingual: pack.definition.bilingual };

  const markup: Record<string, string> = {};
  for (const [name, slot] of Object.entries(declared)) {
    const path = resolveInside(pack.dir, slot.file, 'tệp mẫu', { file, field: `slots.${name}` });
    const template = compiledTemplate(pack.dir, path);
    try {
      markup[name] = template(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
    } catch (err) {
      throw new InputError(`tệp mẫu không chạy được: ${(err as Error).message}`, { file: path });
    }
  }
  return markup;
}

function compiledTemplate(packDir: string, path: string): Compiled {
  const cache = packCache(packDir);
  // The pack was checked when it was loaded, but its files may have changed since.
  if (!existsSync(path)) throw new InputError('không tìm thấy tệp mẫu; hãy nạp lại danh sách mẫu', { file: path });
  const { mtimeMs } = statSync(path);
  const hit = cache.files.get(path);
  if (hit && hit.mtimeMs === mtimeMs) return hit.template;
  let template: Compiled;
  try {
    // Handlebars compiles lazily; parsing now makes a syntax error name the pack file.
    const source = readFileSync(path, 'utf8');
    cache.env.parse(source);
    template = cache.env.compile(source, { strict: false });
  } catch (err) {
    throw new InputError(`lỗi cú pháp handlebars: ${(err as Error).message}`, { file: path });
  }
  cache.files.set(path, { mtimeMs, template });
  return template;
}

function packCache(packDir: string): PackCache {
  let cache = packCaches.get(packDir);
  if (!cache) {
    cache = { env: isolatedEnvironment(), files: new Map() };
    packCaches.set(packDir, cache);
  }
  return cache;
}

function isolatedEnvironment(): Environment {
  const env = Handlebars.create();
  // `log` writes to the console: nothing a template needs to reach.
  env.unregisterHelper('log');
  env.registerHelper('inline', (text: unknown) => new env.SafeString(inlineMarkup(typeof text === 'string' || typeof text === 'number' ? String(text) : '')));
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  env.registerPartial('block', '{{> (lookup . "type")}}');
  env.registerPartial('source', SOURCE_PARTIAL);
  for (const [type, partial] of Object.entries(BLOCK_PARTIALS)) env.registerPartial(type, partial);
  return env;
}
