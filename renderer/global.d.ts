import type { RapportBridge } from '../core/contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    rapport?: RapportBridge;
    rapportShell?: { kind: 'electron'; platform: string };
  }
}
export {};
