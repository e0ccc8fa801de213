// The sandboxed preload: the renderer's only door to the main process.
// It exposes exactly two globals through contextBridge:
//   window.rapport      one function per contract method, nothing else (never ipcRenderer)
//   window.rapportShell which shell this is
// A sandboxed preload may only require('electron'); esbuild bundles the rest,
// and this file imports nothing else at run time (types only) to stay lean.
import { contextBridge, ipcRenderer } from 'electron';
import type { MethodName, RapportBridge } from '../core/contract';
import { BRIDGE_METHODS } from './bridge-methods';

const CHANNEL_PREFIX = 'rapport:';

function buildBridge(): RapportBridge {
  const bridge = {} as Record<MethodName, (input: unknown) => Promise<unknown>>;
  for (const name of BRIDGE_METHODS) {
    // Only the input crosses: no event objects, no ipcRenderer, no channel choice.
    bridge[name] = (input: unknown) => ipcRenderer.invoke(CHANNEL_PREFIX + name, input);
  }
  return Object.freeze(bridge) as RapportBridge;
}

const rapport = buildBridge() satisfies RapportBridge;
const rapportShell = Object.freeze({
  kind: 'electron' as const,
  platform: process.platform,
  // The review pack: main prints it, asks where to save it and offers to open it (electron/print.ts).
  printToPdf: (request: unknown) => ipcRenderer.invoke('rapport-shell:printToPdf', request),
  // "Open another journal": main shows the open dialog; no path crosses from the page.
  openJournal: () => ipcRenderer.invoke('rapport-shell:openJournal'),
});

contextBridge.exposeInMainWorld('rapport', rapport);
contextBridge.exposeInMainWorld('rapportShell', rapportShell);
