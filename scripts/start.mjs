#!/usr/bin/env node
// `npm start` (after `npm run build`): the desktop app where Electron's binary
// is installed, else the same journal in the browser (dist/server/cli.cjs).
//
//   npm start                          Electron, or the browser
//   npm start -- --data <file>         a given journal file (both shells)
//   npm start -- --port <n> --no-open  browser-mode options (ignored by Electron)
//   RAPPORT_SHELL=browser npm start    the browser even where Electron is installed
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// npm runs scripts from the package root; a relative --data means the folder
// `npm start` was typed in (INIT_CWD), so it is made absolute for both shells.
const USER_CWD = process.env.INIT_CWD || process.cwd();
const args = absoluteDataArg(process.argv.slice(2));

function absoluteDataArg(list) {
  return list.map((arg, i) => {
    if (list[i - 1] === '--data' && arg) return path.resolve(USER_CWD, arg);
    if (arg.startsWith('--data=')) return `--data=${path.resolve(USER_CWD, arg.slice('--data='.length))}`;
    return arg;
  });
}

/**
 * The Electron executable, or null. Not require('electron') straight away:
 * without its binary (path.txt missing) that module starts a download, then throws.
 */
function electronExecutable() {
  const dir = path.join(ROOT, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? path.join(override, relative || 'electron') : relative ? path.join(dir, 'dist', relative) : null;
  return candidate && fs.existsSync(candidate) ? candidate : null;
}

/** `--data <file>` or `--data=<file>`, for Electron (which takes it from RAPPORT_DATA). */
function dataArg() {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--data' && args[i + 1]) return args[i + 1];
    if (args[i].startsWith('--data=')) return args[i].slice('--data='.length);
  }
  return null;
}

/** Runs a child in the foreground: signals are passed on, its exit code becomes ours. */
function runForeground(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: ROOT, stdio: 'inherit', env });
  const forward = (signal) => () => {
    if (child.exitCode === null) child.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward(signal));
  child.on('error', (err) => {
    console.error(`Could not start ${path.basename(command)}: ${err.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function startBrowser(reason) {
  console.log(reason);
  const cli = path.join(ROOT, 'dist', 'server', 'cli.cjs');
  if (!fs.existsSync(cli)) {
    console.error(`${path.relative(ROOT, cli)} is missing: run "npm run build" first (npm start does).`);
    process.exit(1);
  }
  runForeground(process.execPath, [cli, ...args]);
}

function startElectron(electron) {
  const native = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-electron-native.mjs'), '--quiet'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (native.status !== 0) {
    startBrowser('The journal driver (better-sqlite3-multiple-ciphers) could not be built for Electron (see above); starting Rapport in your browser instead.');
    return;
  }
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const data = dataArg();
  if (data) env.RAPPORT_DATA = data;
  // package.json "main" is dist/electron/main.cjs.
  runForeground(electron, [ROOT], env);
}

const electron = process.env.RAPPORT_SHELL === 'browser' ? null : electronExecutable();
if (electron) startElectron(electron);
else if (process.env.RAPPORT_SHELL === 'browser') startBrowser('Starting Rapport in your browser (RAPPORT_SHELL=browser).');
else startBrowser('Electron is not installed here (its binary could not be downloaded); starting Rapport in your browser instead (npm run electron:install fetches it).');
