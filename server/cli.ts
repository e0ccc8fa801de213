// `npm run serve`: Rapport in the default browser, on loopback only.
//   --data <file>   the journal file (else RAPPORT_DATA, else the desktop app's file)
//   --port <n>      a fixed port (else a random free one)
//   --no-open       do not open a browser
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { JournalError } from '../core/errors';
import { openJournal } from '../db';
import { startServer } from './app';
import { defaultDataFile } from './paths';

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

  let journal;
  try {
    journal = await openJournal(dataFile, { shell: 'browser' });
  } catch (err) {
    const key = err instanceof JournalError ? err.key : 'cannotOpen';
    const reasons: Record<string, string> = {
      newerDatabase: 'it was written by a newer version of Rapport. Update Rapport to open it; the file was not changed.',
      notADatabase: 'it is not a Rapport journal (not an SQLite database). The file was not changed.',
    };
    console.error(`Rapport cannot open ${dataFile}: ${reasons[key] ?? String(err)}`);
    process.exit(1);
  }

  const server = await startServer({ journal, staticDir: path.join(__dirname, '..', 'renderer'), port });
  console.log(`Rapport (browser mode) is running. Journal: ${dataFile}`);
  console.log(`Open: ${server.url}`);
  if (!values['no-open']) openBrowser(server.url);

  const stop = () => {
    void server.close().then(() => {
      journal.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
