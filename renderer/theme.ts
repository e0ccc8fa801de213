// The theme preference applied to <html data-theme>: 'system' follows the
// operating system's prefers-color-scheme live; 'light' and 'dark' are fixed.
import type { Theme } from '../core/types';

const query = () => window.matchMedia('(prefers-color-scheme: dark)');

let current: Theme = 'system';
let listening = false;

function paint() {
  const dark = current === 'dark' || (current === 'system' && query().matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

function onSystemChange() {
  if (current === 'system') paint();
}

/** Applies a theme preference now, and keeps following the system while it is 'system'. */
export function applyTheme(theme: Theme) {
  current = theme;
  if (!listening) {
    query().addEventListener('change', onSystemChange);
    listening = true;
  }
  paint();
}

/** The theme as shown right now ('light' or 'dark'). */
export function resolvedTheme(): 'light' | 'dark' {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

// Before any preference has loaded, follow the system so the first paint matches it.
applyTheme('system');
