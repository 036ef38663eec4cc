// Bundles electron/cli.ts into out/cli/cli.mjs (npm's `prepare`, so every
// `npm install` / `npm ci` leaves a fresh one). Node then loads one file
// instead of resolving ~100 modules through tsx's loader, which is most of
// the command's start-up (docs/performance.md).
//
// Packages stay in node_modules (pdfkit and fontkit read data files next to
// their own code). Beside the bundle, inputs.json lists the sources it was
// built from: scripts/cli.mjs runs the bundle only while none is newer.
//
// It never fails the install: without a bundle `npm run cli` runs the
// sources through tsx, only slower.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Builds the bundle into `outDir`; returns false (with a warning) when it cannot. */
export async function buildCli(root = ROOT, outDir = join(root, 'out', 'cli')) {
  try {
    const { build } = await import('esbuild');
    const result = await build({
      absWorkingDir: root,
      entryPoints: ['electron/cli.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      // One file: esbuild keeps each command's `import()` of our own modules
      // lazy (their code runs when the command needs it), and one file can be
      // replaced atomically while another process is running it.
      outfile: join(outDir, 'cli.mjs'),
      write: false,
      metafile: true,
      logLevel: 'warning',
    });
    const inputs = Object.keys(result.metafile.inputs); // relative to `root`
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
