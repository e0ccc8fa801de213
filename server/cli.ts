// `npm run serve`: Rapport in the default browser, on loopback only.
//   --data <file>   the journal file (else RAPPORT_DATA, else the desktop app's file)
//   --port <n>      a fixed port (else a random free one)
//   --no-open       do not open a browser
// RAPPORT_PASSPHRASE unlocks a locked journal at start (as restic reads
// RESTIC_PASSWORD); a wrong one ends the command with status 1, the file
// untouched. Without it a locked journal waits for its passphrase in the page.
// Its words come from the catalogue (shell:cli), in the journal's language
// once the journal is open, else the system's (LC_ALL, LC_MESSAGES, LANG).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { shellLanguage, wordsFor, type Words } from '../core/catalogue';
import { JournalError } from '../core/errors';
import { clearTransfers, JournalSession } from '../db';
import { startServer, type RunningServer } from './app';
import { systemLanguage } from './language';
import { defaultDataFile, userDataDir } from './paths';

function openBrowser(url: string, t: Words) {
  const [cmd, args] =
    process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]]
    : process.platform === 'darwin' ? ['open', [url]]
    : ['xdg-open', [url]];
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
  child.on('error', () => console.log(t('cli.noBrowser')));
  child.unref();
}

/** The options, or null after saying what is wrong with them. */
function readOptions(t: Words): { data?: string; port?: string; 'no-open': boolean } | null {
  try {
    return parseArgs({
      options: { data: { type: 'string' }, port: { type: 'string' }, 'no-open': { type: 'boolean', default: false } },
      allowPositionals: false,
    }).values;
  } catch (err) {
    // Node says which argument in its own words (`Unknown option '--x'`): only the argument is passed on.
    const given = /'([^']+)'/.exec(err instanceof Error ? err.message : '')?.[1] ?? process.argv.slice(2).join(' ');
    console.error(t('cli.usage', { option: given }));
    return null;
  }
}

async function main() {
  let t = wordsFor(systemLanguage());
  const values = readOptions(t);
  if (!values) process.exit(2);
  const dataFile = path.resolve(values.data ?? process.env.RAPPORT_DATA ?? defaultDataFile());
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!/^\d+$/.test(values.port ?? '0') || port > 65535) {
    console.error(t('cli.badPort', { value: values.port }));
    process.exit(2);
  }

  // The list of recent journals lives beside the desktop app's settings (RAPPORT_SETTINGS_DIR: elsewhere, as the tests do).
  const settingsDir = process.env.RAPPORT_SETTINGS_DIR?.trim() || userDataDir();
  let host: JournalSession;
  const passphrase = process.env.RAPPORT_PASSPHRASE;
  try {
    host = await JournalSession.open(dataFile, {
      shell: 'browser', autoBackups: true, warmPortfolio: true, settingsDir, pagesMayTypePaths: true, ...(passphrase ? { passphrase } : {}),
    });
  } catch (err) {
    const key = err instanceof JournalError ? err.key : '';
    if (key === 'wrongPassphrase') console.error(t('cli.wrongPassphrase', { file: dataFile }));
    else if (key === 'tooManyTries') console.error(t('cli.waitBeforeTrying', { file: dataFile, seconds: (err as JournalError).issues[0]?.params.seconds ?? 0 }));
    else console.error(t('cli.cannotOpen', { file: dataFile, reason: err instanceof Error ? err.message : String(err) }));
    process.exit(1);
  }
  const madeKey = host.takeMadeRecoveryKey();
  if (madeKey) console.log(t('cli.recoveryKey', { key: madeKey }));
  const problem = host.unusableReason;
  if (host.isLocked) {
    console.log(t('cli.locked', { file: dataFile }));
  } else if (problem) {
    // What the recovery screen says of the file; the page offers to restore a backup.
    const reason = t([`data:recovery.problem.${problem.key}`, `errors:${problem.key}`, 'data:recovery.problem.cannotOpen'], problem.issues[0]?.params ?? {});
    console.log(t('cli.unusable', { file: dataFile, reason }));
  } else {
    t = wordsFor(await shellLanguage((name, input) => host.call(name, input), systemLanguage()));
  }

  let server: RunningServer;
  try {
    clearTransfers(host.transferDir);
    server = await startServer({ call: (name, input) => host.call(name, input), staticDir: path.join(__dirname, '..', 'renderer'), port, transferDir: host.transferDir });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    console.error(code === 'EADDRINUSE' ? t('cli.portInUse', { port }) : t('cli.cannotListen', { port, reason: err instanceof Error ? err.message : String(err) }));
    await host.close();
    process.exit(1);
  }
  console.log(t('cli.running', { file: dataFile }));
  console.log(t('cli.open', { url: server.url }));
  console.log(t('cli.stop'));
  if (!values['no-open']) openBrowser(server.url, t);

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
