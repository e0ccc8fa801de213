// Before the app shows anything of the journal: is it locked? Then only the
// unlock screen is shown, in the language and theme last used. Whenever a
// call is refused because the journal is locked (the idle time ran out in
// the shell, the menu locked it, another tab did), everything the page read
// of the journal is dropped. Unlocked, the page locks itself after the idle
// time the manager chose (it sees the keyboard and mouse), and on
// Ctrl/Cmd+Shift+L.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, type ReactNode } from 'react';
import type { LockState } from '../../core/lock';
import { Spinner } from '../components/Spinner';
import { applyLanguage } from '../i18n';
import { applyTheme } from '../theme';
import { UnlockScreen } from './UnlockScreen';
import { isLockedError, lockStateKey, rememberedLook, useLockNow, useLockState } from './queries';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** Locks after `minutes` without a key or pointer touched in this page. */
function useIdleLock(state: LockState | undefined, lockNow: () => void): void {
  const minutes = state && !state.locked && state.protection === 'passphrase' ? state.lockAfterMinutes : null;
  useEffect(() => {
    if (minutes === null) return;
    const limit = minutes * 60_000;
    let last = Date.now();
    let timer = 0;
    const check = () => {
      const left = last + limit - Date.now();
      if (left <= 0) lockNow();
      else timer = window.setTimeout(check, Math.min(left, 30_000));
    };
    const used = () => {
      last = Date.now();
    };
    for (const name of ACTIVITY) window.addEventListener(name, used, { passive: true, capture: true });
    timer = window.setTimeout(check, Math.min(limit, 30_000));
    return () => {
      window.clearTimeout(timer);
      for (const name of ACTIVITY) window.removeEventListener(name, used, { capture: true });
    };
  }, [minutes, lockNow]);
}

function useLockShortcut(enabled: boolean, lockNow: () => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        lockNow();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, lockNow]);
}

export function LockGate({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const lockState = useLockState();
  const { mutate: lockNow } = useLockNow();
  const state = lockState.data;
  const locked = state?.locked === true;

  // A call refused as locked: the lock's state is asked again (and the gate closes).
  useEffect(() => {
    const ask = () => void client.invalidateQueries({ queryKey: lockStateKey });
    const queries = client.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.query.queryKey[0] !== lockStateKey[0] && isLockedError(event.query.state.error)) ask();
    });
    const mutations = client.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && isLockedError(event.mutation?.state.error)) ask();
    });
    return () => {
      queries();
      mutations();
    };
  }, [client]);

  // Locked: nothing the page read of the journal stays in it.
  useEffect(() => {
    if (locked) client.removeQueries({ predicate: (q) => q.queryKey[0] !== lockStateKey[0] });
  }, [locked, client]);

  useLayoutEffect(() => {
    if (!locked) return;
    const look = rememberedLook();
    applyLanguage(look.language);
    applyTheme(look.theme);
  }, [locked]);

  useIdleLock(state, lockNow);
  useLockShortcut(!locked && state !== undefined, lockNow);

  if (lockState.isPending) return <Spinner block />;
  if (state?.locked) return <UnlockScreen state={state} />;
  return children;
}
