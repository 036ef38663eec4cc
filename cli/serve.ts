// `serve`: the UI and the API on 127.0.0.1 for a browser, the same handlers
// as the app. Runs until interrupted.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createHandlers } from '../services/dispatch.js';
import { startHttpServer } from '../services/http-server.js';
import { createServices } from '../services/wiring.js';
import { openConfStore } from '../services/storage/conf-store.js';
import { migrate } from '../services/migrations.js';
import type { CommandContext } from './commands.js';

/** The line tests and scripts read to find the server. */
export const SERVE_BANNER = 'Ấn phẩm TGPL:';

export async function serve(c: CommandContext, port: number): Promise<never> {
  const staticDir = join(c.appRoot, 'out', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.error('Chưa có bản dựng giao diện (out/renderer); đang dựng bằng Vite…');
    const { build } = await import('vite');
    await build({ configFile: join(c.appRoot, 'renderer', 'vite.config.ts'), logLevel: 'warn' });
  }
  const store = openConfStore(c.dataDir);
  migrate(store);
  const services = await createServices({ appRoot: c.appRoot, dataDir: c.dataDir, store });
  const server = await startHttpServer({ handlers: createHandlers(services), staticDir, port });
  console.log(`${SERVE_BANNER} ${server.url}`);
  console.error(`Dữ liệu: ${c.dataDir}. Nhấn Ctrl+C để dừng.`);

  return new Promise<never>(() => {
    // `on`, not `once`: a stop signal often comes twice (Ctrl+C reaches the
    // whole process group, and a launcher such as tsx relays it again), and a
    // second one without a handler would kill the process mid-close.
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      void server.close().finally(() => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
