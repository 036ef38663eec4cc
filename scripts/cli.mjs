// `npm run cli -- …`: runs the bundle scripts/build-cli.mjs made (npm's
// `prepare`) while it is fresh — no source it was built from is newer than
// it — and otherwise the sources through tsx, in this same process. Both
// run the same cli/index.ts; the bundle only starts faster
// (docs/performance.md).
// The bundle is CommonJS (scripts/build-cli.mjs says why) and is loaded with
// `require`: `import()` of a CommonJS file first scans all of it for export
// names (cjs-module-lexer), ~1 s for this one.
//
// ANPHAM_CLI=source forces the sources (e.g. while debugging); ANPHAM_CLI=bundle
// requires the bundle and fails when it is missing or stale (the tests).
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = join(ROOT, 'out', 'cli', 'cli.cjs');

/** Why the bundle cannot be used, or null when it can. */
function bundleProblem() {
  let built;
  let inputs;
  try {
    built = statSync(BUNDLE).mtimeMs;
    inputs = JSON.parse(readFileSync(join(dirname(BUNDLE), 'inputs.json'), 'utf8'));
  } catch {
    return 'chưa có bản gộp (out/cli/cli.cjs); hãy chạy npm run prepare';
  }
  for (const input of inputs) {
    let changed;
    try {
      changed = statSync(join(ROOT, input)).mtimeMs;
    } catch {
      return `bản gộp cũ: không còn ${input}; hãy chạy npm run prepare`;
    }
    if (changed > built) return `bản gộp cũ hơn ${input}; hãy chạy npm run prepare`;
  }
  return null;
}

// npm runs scripts in the package's folder; a user who typed
// `npm run cli -- render x.json -o y.pdf` in another folder means their files
// there, so relative paths are taken from where npm was started.
if (process.env.INIT_CWD && process.env.npm_lifecycle_event === 'cli') process.chdir(process.env.INIT_CWD);

const mode = process.env.ANPHAM_CLI;
const problem = mode === 'source' ? 'ANPHAM_CLI=source' : bundleProblem();
if (problem === null) {
  createRequire(import.meta.url)(BUNDLE);
} else if (mode === 'bundle') {
  console.error(`Lỗi: ANPHAM_CLI=bundle nhưng ${problem}.`);
  process.exitCode = 3;
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(ROOT, 'cli', 'index.ts')).href);
}
