// `npm run cli -- …`: headless commands over the same services as the app.
// Exit codes: 0 done, 1 the input is wrong (the message names the file and
// the field), 2 the command line is wrong, 3 a bug (reported with its stack).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { CommandContext } from './commands.js';
import { UsageError, usageText } from './usage.js';
import { defaultDataDir } from '../services/storage/paths.js';
import { InputError } from '../contract/errors.js';

// The folder with package.json, fonts/ and templates/: one up from this file, two up from its bundle (out/cli/cli.mjs, scripts/build-cli.mjs).
const APP_ROOT = appRootAbove(fileURLToPath(new URL('.', import.meta.url)));

function appRootAbove(dir: string): string {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, 'package.json'))) return d;
    if (dirname(d) === d) return resolve(dir, '..');
  }
}

// A command's module is loaded when that command runs (docs/performance.md):
// `render` does not pay for the server's or the importer's dependencies, nor `--help` for any.
const commands = () => import('./commands.js');

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv);
  if (values.help) {
    console.log(usageText(defaultDataDir()));
    return 0;
  }
  const context: CommandContext = { appRoot: APP_ROOT, dataDir: resolve(values.data ?? defaultDataDir()) };
  const [command, ...args] = positionals;
  const expect = (count: number, shape: string) => {
    if (args.length !== count) throw new UsageError(`lệnh ${command} cần: ${shape}`);
  };

  switch (command) {
    case 'render':
      expect(1, 'render TỆP.json -o RA.pdf [--proof] [--limit-ink] | -o RA.docx');
      return (await commands()).render(context, args[0], values.output, values.proof ?? false, values['limit-ink'] ?? false);
    case 'import':
      expect(1, 'import TỆP.(docx|txt) -o ẤN_PHẨM.json [--encoding auto|tcvn3|vni|unicode] [--template MẪU]');
      return (await import('./import.js')).importCommand(context, args[0], values.output, values.encoding, values.template);
    case 'preflight':
      expect(1, 'preflight TỆP.json [--json] [--limit-ink]');
      return (await commands()).preflight(context, args[0], values.json ?? false, values['limit-ink'] ?? false);
    case 'templates':
      expect(0, 'templates');
      return (await commands()).templates(context);
    case 'data':
      return (await import('./data.js')).dataCommand(context, args, values.output);
    case 'report':
      return (await import('./report.js')).reportCommand(context, args, { output: values.output, from: values.from, to: values.to, by: values.by, number: values.number });
    case 'serve':
      expect(0, 'serve [--port N]');
      return (await import('./serve.js')).serve(context, parsePort(values.port));
    case undefined:
      throw new UsageError('thiếu lệnh');
    default:
      throw new UsageError(`không có lệnh "${command}"`);
  }
}

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: 'string', short: 'o' },
        json: { type: 'boolean' },
        proof: { type: 'boolean' },
        'limit-ink': { type: 'boolean' },
        port: { type: 'string' },
        encoding: { type: 'string' },
        template: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        by: { type: 'string' },
        number: { type: 'string' },
        data: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // parseArgs explains in English which option is wrong; the option's name is what matters.
    throw new UsageError(`tùy chọn không hợp lệ (${(error as Error).message})`);
  }
}

function parsePort(text: string | undefined): number {
  if (text === undefined) return 0;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new UsageError(`--port cần một số từ 0 đến 65535, không phải "${text}"`);
  return port;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`Lỗi: ${error.message}\n\n${usageText(defaultDataDir())}`);
      process.exitCode = 2;
    } else if (error instanceof InputError) {
      console.error(`Lỗi: ${error.describe()}`);
      process.exitCode = 1;
    } else {
      console.error('Lỗi nội bộ (không phải do dữ liệu của bạn); hãy báo cho người phát triển kèm nội dung dưới đây:');
      console.error(error);
      process.exitCode = 3;
    }
  },
);
