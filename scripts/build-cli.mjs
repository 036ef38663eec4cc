// Bundles cli/index.ts into out/cli/cli.cjs (npm's `prepare`, so every
// `npm install` / `npm ci` leaves a fresh one). Node then reads one file
// instead of resolving and compiling a few hundred modules, which was most of
// the command's start-up (docs/performance.md).
//
// The packages the render path runs on every call (pdfkit, fontkit and what
// they use, handlebars, htmlparser2, zod…) are bundled in: as separate ESM and
// CommonJS modules they cost ~0.5 s to resolve and compile, one script
// ~0.1 s. Packages only some commands use (sharp, pdf-lib, docx, exceljs, the
// store, the server's) stay in node_modules and load when that command runs.
// CommonJS, because a script is what V8 compiles in one go; `import.meta.url`
// becomes the bundle's own file URL.
//
// pdfkit's standard-font metrics and PDF/A colour profile, which it loads
// from beside its own file at run time, are bundled in with it
// (pdfkitWithItsData below).
//
// Beside the bundle, inputs.json lists the sources it was built from, this
// script included: scripts/cli.mjs runs the bundle only while none is newer.
//
// It never fails the install: without a bundle `npm run cli` runs the
// sources through tsx, only slower.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE_NAME = 'cli.cjs';

/** Packages bundled in, with everything they import; our code's other imports stay external. */
const INLINE = new Set(['pdfkit', 'fontkit', 'handlebars', 'htmlparser2', 'zod', 'read-vietnamese-number']);
// The store (conf) is an ES module only, which a CommonJS bundle cannot
// `require` on every Node 20: it is bundled in too, but the CommonJS packages
// it uses (ajv, semver…) stay outside, so `render` does not parse them.
const ESM_ONLY = new Set(['conf']);
const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const packageOf = (file) => file.match(/[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/)?.[1].replace('\\', '/');

function isCommonJs(name, resolveDir) {
  try {
    const manifest = createRequire(join(resolveDir, 'noop.js'))(`${name}/package.json`);
    return manifest.type !== 'module';
  } catch {
    return false; // a package that hides its manifest: bundle it rather than guess
  }
}

/**
 * pdfkit's data that it finds next to its own file, bundled in with it.
 *
 * pdfkit (0.20, js/pdfkit.node.mjs and js/pdfkit.js) loads a standard font's
 * metrics (Helvetica, Times-Roman…: `new PDFDocument()` sets Helvetica
 * unless given `font: null`, so the Decree-30 papers writer always loads it)
 * at run time with `createRequire(import.meta.url)('#standard-fonts/Helvetica')`:
 * a package.json subpath import that only pdfkit's own package.json defines
 * ("imports": {"#standard-fonts/*": "./js/standard-fonts/*.cjs"}). Inlined,
 * `import.meta.url` is the bundle's, so Node looks the name up in the app's
 * package.json, which has no "imports": "Cannot find module
 * '#standard-fonts/Helvetica'". esbuild cannot see through `createRequire`,
 * so those calls become plain `require`s, which esbuild resolves with pdfkit's
 * "imports" as Node would and bundles (~60 kB, run only when a standard font
 * is first used). The PDF/A colour profile, read from `./data/` beside
 * pdfkit's file, is bundled as bytes the same way.
 */
const PDFKIT_MAIN = /[\\/]node_modules[\\/]pdfkit[\\/]js[\\/]pdfkit(\.node\.mjs|\.js)$/;

function pdfkitWithItsData(source, file) {
  let fonts = 0;
  let text = source.replace(/\b(require\$\d*)\((['"])(#standard-fonts\/[\w-]+)\2\)/g, (_, _require, _quote, name) => {
    fonts += 1;
    return `require(${JSON.stringify(name)})`;
  });
  let profiles = 0;
  // const ICC_PROFILE_PATH = new URL('./data/sRGB_IEC61966_2_1.icc', import.meta.url).href; … fs.readFileSync(ICC_PROFILE_PATH)
  const [, , iccFile] = /\bICC_PROFILE_PATH = new URL\((['"])(\.\/data\/[\w.-]+\.icc)\1/.exec(text) ?? [];
  text = text.replace(/\b\w+\.readFileSync\(ICC_PROFILE_PATH\)/g, () => {
    profiles += 1;
    return `Buffer.from(require(${JSON.stringify(iccFile)}))`;
  });
  // A pdfkit that finds these some other way would fail only at run time: fail the build instead.
  if (fonts === 0 || profiles === 0 || !iccFile || /#standard-fonts\//.test(text.replace(/require\("#standard-fonts\/[\w-]+"\)/g, '')))
    throw new Error(`${file}: pdfkit không còn nạp phông chuẩn (#standard-fonts/…) hay hồ sơ màu ICC như scripts/build-cli.mjs chờ đợi; hãy sửa plugin pdfkitWithItsData.`);
  return text;
}

export const renderPathPackagesInline = {
  name: 'render-path-packages-inline',
  setup(build) {
    build.onLoad({ filter: PDFKIT_MAIN }, (args) => ({
      contents: pdfkitWithItsData(readFileSync(args.path, 'utf8'), args.path),
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
    // fontkit imports a Brotli decoder (1.3 MB, with its dictionary) for WOFF2
    // fonts only; the packs ship TTF/OTF, so the bundle carries a refusal instead.
    build.onResolve({ filter: /^brotli\/decompress(\.js)?$/ }, () => ({ path: 'brotli', namespace: 'no-woff2' }));
    build.onLoad({ filter: /.*/, namespace: 'no-woff2' }, () => ({
      contents: 'module.exports = function () { throw new Error("Không đọc được phông WOFF2: hãy dùng tệp TTF hoặc OTF của phông."); };',
      loader: 'js',
    }));
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || !args.importer) return undefined;
      const name = packageName(args.path);
      const from = packageOf(args.importer);
      if (from === undefined) return INLINE.has(name) || ESM_ONLY.has(name) ? undefined : { external: true };
      return ESM_ONLY.has(from) && isCommonJs(name, args.resolveDir) ? { external: true } : undefined;
    });
  },
};

/** esbuild's options for the bundle of cli/index.ts in `outDir` (tests build other entries with them). */
export function cliBuildOptions(root = ROOT, outDir = join(root, 'out', 'cli')) {
  return {
    absWorkingDir: root,
    entryPoints: ['cli/index.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    plugins: [renderPathPackagesInline],
    // pdfkit's PDF/A colour profile (see pdfkitWithItsData).
    loader: { '.icc': 'binary' },
    define: { 'import.meta.url': '__anpham_bundle_url' },
    banner: { js: 'var __anpham_bundle_url = require("node:url").pathToFileURL(__filename).href;' },
    // One file: esbuild keeps each command's `import()` of our own modules
    // lazy (their code runs when the command needs it), and one file can be
    // replaced atomically while another process is running it.
    outfile: join(outDir, BUNDLE_NAME),
    logLevel: 'warning',
  };
}

/** Builds the bundle into `outDir`; returns false (with a warning) when it cannot. */
export async function buildCli(root = ROOT, outDir = join(root, 'out', 'cli')) {
  try {
    const { build } = await import('esbuild');
    const result = await build({ ...cliBuildOptions(root, outDir), write: false, metafile: true });
    // Our sources, relative to `root` (packages change only through npm, which
    // rebuilds), and this script: a bundle made by an older one is stale too.
    const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.includes(':') && !/(^|\/)node_modules\//.test(input));
    inputs.push(relative(root, fileURLToPath(import.meta.url)).split(sep).join('/'));
    mkdirSync(outDir, { recursive: true });
    // The list first: a bundle is only trusted next to the list of what it was built from.
    writeAtomically(join(outDir, 'inputs.json'), JSON.stringify(inputs));
    for (const file of result.outputFiles) writeAtomically(file.path, file.contents);
    return true;
  } catch (error) {
    console.warn(`Không dựng được bản gộp của lệnh cli (npm run cli sẽ chạy mã nguồn qua tsx, chậm hơn): ${error?.message ?? error}`);
    return false;
  }
}

function writeAtomically(file, contents) {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, file);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
