// The installer configuration (electron-builder.json), checked without the
// network: electron-builder's own schema check, a strict schema of the fields it uses (a
// misspelt key fails), the choices the Centre's machines need (Windows x64
// NSIS, Vietnamese, per-user, desktop shortcut; Linux AppImage and deb), the
// folders the packaged app reads at run time, and the icon files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const ROOT = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const config = JSON.parse(readFileSync(join(ROOT, 'electron-builder.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

const arch = z.array(z.enum(['x64', 'ia32', 'arm64', 'armv7l']));
const target = (name: z.ZodType) => z.strictObject({ target: name, arch });
/** An artifact name: ASCII only, so downloads, shells and old Windows tools never mangle it. */
const artifactName = z.string().regex(/^[\x20-\x7e]+\$\{ext\}$/);
const relativeFile = z.string().regex(/^[^/\\][^\\]*$/);

const schema = z.strictObject({
  appId: z.string().regex(/^[a-z][a-z0-9]*(\.[a-z][a-z0-9-]*){2,}$/),
  productName: z.string().min(1),
  executableName: z.string().regex(/^[a-z0-9-]+$/),
  copyright: z.string(),
  directories: z.strictObject({ output: z.string(), buildResources: z.string() }),
  files: z.array(z.string()).min(1),
  asarUnpack: z.array(z.string()),
  electronFuses: z.strictObject({
    runAsNode: z.boolean(),
    enableCookieEncryption: z.boolean(),
    enableNodeOptionsEnvironmentVariable: z.boolean(),
    enableNodeCliInspectArguments: z.boolean(),
    enableEmbeddedAsarIntegrityValidation: z.boolean(),
    onlyLoadAppFromAsar: z.boolean(),
  }),
  win: z.strictObject({ target: z.array(target(z.literal('nsis'))), icon: relativeFile }),
  nsis: z.strictObject({
    oneClick: z.boolean(),
    perMachine: z.boolean(),
    selectPerMachineByDefault: z.boolean(),
    allowToChangeInstallationDirectory: z.boolean(),
    createDesktopShortcut: z.union([z.boolean(), z.literal('always')]),
    createStartMenuShortcut: z.boolean(),
    shortcutName: z.string(),
    installerLanguages: z.array(z.string().regex(/^[a-z]{2}_[A-Z]{2}$/)),
    language: z.string().regex(/^\d+$/),
    multiLanguageInstaller: z.boolean(),
    installerIcon: relativeFile,
    uninstallerIcon: relativeFile,
    uninstallDisplayName: z.string(),
    deleteAppDataOnUninstall: z.boolean(),
    artifactName,
  }),
  linux: z.strictObject({
    target: z.array(target(z.enum(['AppImage', 'deb']))),
    icon: relativeFile,
    category: z.string(),
    synopsis: z.string(),
    description: z.string(),
    maintainer: z.string(),
  }),
  appImage: z.strictObject({ artifactName }),
  deb: z.strictObject({ artifactName }),
});

/** True when some positive pattern of `files` takes everything under `folder`, and no negation drops it. */
function packs(folder: string): boolean {
  const positive = config.files.some((p: string) => p === `${folder}/**/*` || p === `${folder}/**`);
  const dropped = config.files.some((p: string) => p.startsWith('!') && p.slice(1).startsWith(`${folder}/`));
  return positive && !dropped;
}

/** The sizes inside an .ico, read from its directory; each image must be a PNG. */
function icoSizes(bytes: Buffer): number[] {
  expect(bytes.readUInt16LE(0)).toBe(0);
  expect(bytes.readUInt16LE(2)).toBe(1);
  return Array.from({ length: bytes.readUInt16LE(4) }, (_, i) => {
    const entry = 6 + 16 * i;
    const offset = bytes.readUInt32LE(entry + 12);
    expect(bytes.subarray(offset, offset + 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
    expect(offset + bytes.readUInt32LE(entry + 8)).toBeLessThanOrEqual(bytes.length);
    return bytes[entry] || 256;
  });
}

describe('electron-builder.json', () => {
  it('has only known fields, of the right types', () => {
    const result = schema.safeParse(config);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('names the app as the Centre does', () => {
    expect(config.appId).toBe('vn.langson.tgpl.anpham');
    expect(config.productName).toBe('Ấn phẩm TGPL');
    expect(config.productName).toBe(pkg.productName);
    expect(config.productName).toBe(config.productName.normalize('NFC'));
  });

  it('builds a per-user Vietnamese NSIS installer for Windows x64 with a desktop shortcut', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({ perMachine: false, selectPerMachineByDefault: false, installerLanguages: ['vi_VN'], language: '1066', multiLanguageInstaller: false });
    expect(config.nsis.createDesktopShortcut).toBeTruthy();
    // The data folder is shared with the CLI and holds the Centre's records: never removed by an uninstall.
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('builds an AppImage and a deb for Linux', () => {
    expect(config.linux.target.map((t: { target: string }) => t.target).sort()).toEqual(['AppImage', 'deb']);
  });

  it('packs what the app reads at run time: the build, templates, fonts, the colour profile and the unit presets', () => {
    for (const folder of ['out', 'templates', 'fonts', 'color', 'services/distribution/presets']) expect(packs(folder), folder).toBe(true);
    for (const folder of ['templates', 'fonts', 'color', 'services/distribution/presets']) expect(readdirSync(join(ROOT, folder)).length, folder).toBeGreaterThan(0);
    // package.json's main and main.ts's preload and page all live in the build folder.
    expect(pkg.main).toMatch(/^out\//);
    const main = readFileSync(join(ROOT, 'electron/main.ts'), 'utf8');
    expect(main).toContain("'../preload/preload.cjs'");
    expect(main).toContain("'../renderer/index.html'");
    // Sources, tests and the output folder stay out.
    expect(config.files.some((p: string) => /^(electron|test|renderer)\//.test(p))).toBe(false);
    expect(config.directories.output).toBe('dist');
  });

  it('turns off the Electron features the app does not use (fuses)', () => {
    expect(config.electronFuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false, onlyLoadAppFromAsar: true });
  });

  it('points at icon files that exist: a 512×512 PNG and a multi-size .ico', async () => {
    for (const file of [config.win.icon, config.linux.icon, config.nsis.installerIcon, config.nsis.uninstallerIcon]) expect(existsSync(join(ROOT, file)), file).toBe(true);
    const png = await sharp(join(ROOT, config.linux.icon)).metadata();
    expect([png.format, png.width, png.height, png.hasAlpha]).toEqual(['png', 512, 512, true]);
    expect(icoSizes(readFileSync(join(ROOT, config.win.icon)))).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it("passes electron-builder's own schema check (offline), which refuses a misspelt key", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(config: unknown, log: { isEnabled: boolean; add(): void }): Promise<void>;
    };
    const quiet = { isEnabled: false, add() {} };
    await expect(validateConfiguration(structuredClone(config), quiet)).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...structuredClone(config), nsiss: {} }, quiet)).rejects.toThrow(/Invalid configuration/);
  });
});
