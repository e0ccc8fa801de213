// Starts the browser-mode server (dist/server/cli.cjs) on a data file and
// reads the address it prints, the way a user would.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ServerProcess {
  url: string;
  origin: string;
  token: string;
  port: number;
  output: () => string;
  stop(): Promise<void>;
}

const CLI = fileURLToPath(new URL('../dist/server/cli.cjs', import.meta.url));

export function startBrowserShell(dataFile: string, extraArgs: string[] = []): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, [CLI, '--data', dataFile, '--port', '0', '--no-open', ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // The list of recent journals is kept beside the test's journal, not in the user's settings.
    env: { ...process.env, DISPLAY: '', RAPPORT_SETTINGS_DIR: path.join(path.dirname(dataFile), 'settings') },
  });
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 15_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = /Open: (http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+))/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1]!,
          origin: `http://127.0.0.1:${match[2]}`,
          port: Number(match[2]),
          token: match[3]!,
          output: () => log,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${log}`));
    });
  });
}
