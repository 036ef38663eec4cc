// Starts `cli serve` on a free port with a fresh data folder and reads its
// address from the line it prints when ready. The server runs in its own
// process group so stopping it also stops the tsx child it spawns.
import { spawn, type ChildProcess } from 'node:child_process';

const BANNER = /Ấn phẩm TGPL: (http:\/\/127\.0\.0\.1:\d+\/)/;

export interface RunningServer {
  url: string;
  /** Stops the server and its children; resolves once it has exited (or was killed after 5 s), so its folder can go. */
  stop(): Promise<void>;
  /** Everything the server wrote to stderr, for failure messages. */
  log(): string;
}

export function startServer(root: string, dataDir: string, timeoutMs = 90_000): Promise<RunningServer> {
  const child: ChildProcess = spawn('npx', ['tsx', 'cli/index.ts', 'serve', '--port', '0', '--data', dataDir], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Already gone.
    }
  };
  /** Whether any process of the server's group (npx, tsx, the server itself) is still running. */
  const groupAlive = () => {
    try {
      process.kill(-child.pid!, 0);
      return true;
    } catch {
      return false;
    }
  };
  const stop = async () => {
    if (child.pid === undefined || !groupAlive()) return;
    signal('SIGTERM');
    // npx can exit before the server has finished writing its data folder: wait for the whole group.
    // (Bounded: an exited process nobody reaps would keep the group "alive" for ever.)
    for (let waited = 0; groupAlive() && waited < 8000; waited += 50) {
      if (waited === 5000) signal('SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`serve did not print its address in ${timeoutMs} ms:\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const match = BANNER.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], stop, log: () => stderr });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with code ${code}:\n${stdout}\n${stderr}`));
    });
  });
}
