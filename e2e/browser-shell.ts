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
  /** Ends the server: SIGTERM (it closes the journal), or SIGKILL (a crash: nothing of it runs on). */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
}

const CLI = fileURLToPath(new URL('../dist/server/cli.cjs', import.meta.url));

/** The server's environment: the list of recent journals beside the test's journal, not in the user's settings. */
function shellEnv(dataFile: string, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...process.env, DISPLAY: '', RAPPORT_SETTINGS_DIR: path.join(path.dirname(dataFile), 'settings'), ...env };
}

/** The address the server prints, in whichever language it speaks. */
const ADDRESS = /(http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+))/;

export function startBrowserShell(dataFile: string, extraArgs: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, [CLI, '--data', dataFile, '--port', '0', '--no-open', ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: shellEnv(dataFile, env),
  });
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 15_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = ADDRESS.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1]!,
          origin: `http://127.0.0.1:${match[2]}`,
          port: Number(match[2]),
          token: match[3]!,
          output: () => log,
          stop: (signal = 'SIGTERM') =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill(signal);
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

/**
 * Runs the command line until it ends, for what it says when it cannot start
 * (a server that does start is stopped once it has printed its address).
 */
export function runBrowserShell(args: string[], env: NodeJS.ProcessEnv, dataFile: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [CLI, '--no-open', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: shellEnv(dataFile, env) });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the command line did not end:\n${output}`));
    }, 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ADDRESS.test(output)) child.kill('SIGTERM');
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
