// `npm run serve`: Rapport in the default browser, on loopback only.
//   --data <file>   the journal file (else RAPPORT_DATA, else the desktop app's file)
//   --port <n>      a fixed port (else a random free one)
//   --no-open       do not open a browser
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { JournalSession } from '../db';
import { startServer } from './app';
import { defaultDataFile, userDataDir } from './paths';

function openBrowser(url: string) {
  const [cmd, args] =
    process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]]
    : process.platform === 'darwin' ? ['open', [url]]
    : ['xdg-open', [url]];
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
  child.on('error', () => console.log('Could not open a browser: open the address above yourself.'));
  child.unref();
}

async function main() {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      port: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  const dataFile = path.resolve(values.data ?? process.env.RAPPORT_DATA ?? defaultDataFile());
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Rapport: --port must be a number from 0 to 65535, not "${values.port}".`);
    process.exit(2);
  }

  // The list of recent journals lives beside the desktop app's settings (RAPPORT_SETTINGS_DIR: elsewhere, as the tests do).
  const settingsDir = process.env.RAPPORT_SETTINGS_DIR?.trim() || userDataDir();
  const host = await JournalSession.open(dataFile, { shell: 'browser', autoBackups: true, warmPortfolio: true, settingsDir, pagesMayTypePaths: true });
  const problem = host.unusableReason;
  if (problem) {
    const reasons: Record<string, string> = {
      newerDatabase: 'it was written by a newer version of Rapport',
      notADatabase: 'it is not an SQLite database',
      notAJournal: 'it is not a Rapport journal',
      corrupt: 'it is damaged',
      empty: 'it is empty (0 bytes)',
    };
    console.log(`Rapport cannot use ${dataFile}: ${reasons[problem.key] ?? problem.key}. The file was not changed; the app offers to restore a backup.`);
  }

  const server = await startServer({ call: (name, input) => host.call(name, input), staticDir: path.join(__dirname, '..', 'renderer'), port });
  console.log(`Rapport (browser mode) is running. Journal: ${dataFile}`);
  console.log(`Open: ${server.url}`);
  if (!values['no-open']) openBrowser(server.url);

  const stop = () => {
    void server.close().then(async () => {
      await host.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
