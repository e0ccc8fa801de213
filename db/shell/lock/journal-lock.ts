// The journal's key as the shell holds it: whether the journal is locked,
// unlocking (a passphrase through scrypt, a recovery key, or the system's
// keychain at start), locking (the key dropped, the workers that held it
// ended), after an idle time too, and changing how the journal is kept
// (a new key each time: db/worker/lock/convert.ts). The key reaches the
// workers only in their setup (db/shell/workers.ts); it is never written
// down in the clear, and never crosses to the page. Wrong tries change
// nothing on disk; after ten in a row each next one waits longer.
import fs from 'node:fs';
import { JournalError } from '../../../core/errors';
import type { ParsedInputOf, LockHandlers } from '../../../core/contract';
import {
  DEFAULT_LOCK_AFTER_MINUTES, formatRecoveryKey, parseRecoveryKey, type KeychainRefusal, type LockState, type NewKey, type Protection,
} from '../../../core/lock';
import type { ConvertSetup } from '../../protocol';
import { keyId, newKey, unwrapWithPassphrase, wrapWithPassphrase, type ScryptCost, SCRYPT_COST } from '../../common/lock/key-crypto';
import { looksLocked, newKeyFile, readKeyFile, writeKeyFile, type KeyFile } from '../../common/lock/key-file';
import { candidateKeys, planConversion, type NewLock } from './plans';

/** The system's keychain (Electron's safeStorage, electron/keychain.ts); absent in browser mode. */
export interface Keychain {
  /** Why it may not be used here (e.g. Linux without a keyring: 'basic_text'), or null. */
  refusal(): KeychainRefusal | null;
  /** The key wrapped, base64. */
  wrap(key: Buffer): string;
  /** The key; throws when the keychain refuses. */
  unwrap(wrapped: string): Buffer;
}

export interface LockOptions {
  shell: 'electron' | 'browser';
  keychain?: Keychain;
  /** RAPPORT_PASSPHRASE (scripts): used at start, and for a new journal. */
  passphrase?: string;
  /** Tests: the clock of the idle lock and of the wait after wrong tries. */
  now?: () => number;
  /** Tests only: a cheaper scrypt. */
  scryptCost?: ScryptCost;
}

/** What the lock asks of the session that holds the journal's workers. */
export interface LockTarget {
  readonly dataFile: string;
  /** Starts the workers with these keys; the problem the journal has (null: open) and which key opened it. */
  openWorkers(keys: Buffer[]): Promise<{ problem: JournalError | null; keyIndex: number | null }>;
  closeWorkers(): Promise<void>;
  /** Converts the journal (its workers closed) in a worker of its own. */
  convert(plan: ConvertSetup): Promise<void>;
}

/** Ten wrong tries are free; from then on each next one waits: 30 s, doubling, at most 15 minutes. */
export const FREE_TRIES = 10;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 15 * 60_000;
const IDLE_CHECK_MS = 15_000;

const refuse = (key: string, params: Record<string, string | number> = {}, path: string[] = []) =>
  new JournalError('conflict', key, [{ path, key, params }]);

export class JournalLock implements LockHandlers {
  private key: Buffer | null = null;
  private keyFile: KeyFile | null = null;
  private protection: Protection = 'none';
  private locked = false;
  private offer = false;
  private failures = 0;
  private lastFailureAt = 0;
  private lastUse: number;
  private timer: NodeJS.Timeout | null = null;
  /** A recovery key made at start (a new journal locked by RAPPORT_PASSPHRASE): the command line prints it once. */
  private madeRecoveryKey: string | null = null;
  private readonly now: () => number;

  constructor(
    private readonly target: LockTarget,
    private readonly options: LockOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.lastUse = this.now();
  }

  get isLocked(): boolean {
    return this.locked;
  }

  /** Once: the recovery key of a journal made locked at start (RAPPORT_PASSPHRASE). */
  takeMadeRecoveryKey(): string | null {
    const made = this.madeRecoveryKey;
    this.madeRecoveryKey = null;
    return made;
  }

  /**
   * At open: a plain journal opens; a locked one opens with the keychain's
   * key or RAPPORT_PASSPHRASE, or waits locked for its passphrase; a new one
   * is made locked where a key can be kept (the keychain, RAPPORT_PASSPHRASE).
   * A wrong RAPPORT_PASSPHRASE is thrown ('wrongPassphrase'), the file untouched.
   */
  async start(): Promise<JournalError | null> {
    const file = this.target.dataFile;
    let keyFile: KeyFile | null = null;
    let keyFileProblem = false;
    try {
      keyFile = readKeyFile(file);
    } catch {
      keyFileProblem = true;
    }
    this.keyFile = keyFile;
    const isNew = !fs.existsSync(file) || fs.statSync(file).size === 0;
    if (isNew) return this.startNew();
    if (!looksLocked(file, keyFile !== null || keyFileProblem)) {
      // A plain journal (a key file beside it: a conversion cut short, settled by the writer, or a forgery it
      // refuses), or not a journal at all (the writer's inspection says so; the recovery screen shows it).
      this.protection = 'none';
      return (await this.target.openWorkers([])).problem;
    }
    this.protection = keyFile?.keys[0]?.passphrase ? 'passphrase' : keyFile?.keys[0]?.keychain ? 'keychain' : 'passphrase';
    if (keyFile && !keyFileProblem) {
      const fromKeychain = this.keychainKeys(keyFile);
      if (fromKeychain.length) return this.openWith(fromKeychain, 'keychain');
      if (this.options.passphrase !== undefined && keyFile.keys.some((k) => k.passphrase)) {
        this.locked = true;
        await this.unlock({ passphrase: this.options.passphrase });
        return null;
      }
    }
    this.locked = true;
    return null;
  }

  private async startNew(): Promise<JournalError | null> {
    const keychainOk = this.options.keychain?.refusal() === null;
    if (this.options.passphrase !== undefined && this.options.passphrase.length > 0) {
      const key = newKey();
      const wrap = await wrapWithPassphrase(key, this.options.passphrase, this.options.scryptCost);
      this.writeNewKeyFile(key, { passphrase: wrap }, DEFAULT_LOCK_AFTER_MINUTES);
      this.madeRecoveryKey = formatRecoveryKey(key.toString('hex'));
      this.protection = 'passphrase';
      return this.openWith([key], 'passphrase');
    }
    if (keychainOk) {
      // The desktop app: encrypted by default, the key kept by the system's keychain.
      const key = newKey();
      this.writeNewKeyFile(key, { keychain: this.options.keychain!.wrap(key) }, null);
      this.protection = 'keychain';
      return this.openWith([key], 'keychain');
    }
    // Browser mode, or a keychain that may not be used: plain, and the page offers a passphrase.
    this.protection = 'none';
    this.offer = true;
    return (await this.target.openWorkers([])).problem;
  }

  private writeNewKeyFile(key: Buffer, wrapped: NewLock['wrapped'], lockAfterMinutes: number | null): void {
    this.keyFile = newKeyFile([{ id: keyId(key), ...wrapped }], lockAfterMinutes);
    writeKeyFile(this.target.dataFile, this.keyFile);
  }

  /** Every key the keychain unwraps from the key file (none when it refuses or is not there). */
  private keychainKeys(keyFile: KeyFile): Buffer[] {
    const keychain = this.options.keychain;
    if (!keychain || keychain.refusal() !== null) return [];
    return keyFile.keys.flatMap((k) => {
      if (!k.keychain) return [];
      try {
        return [keychain.unwrap(k.keychain)];
      } catch (err) {
        console.warn('[rapport] the keychain refused to unwrap the journal key:', err instanceof Error ? err.message : err);
        return [];
      }
    });
  }

  /** Opens the workers with `keys`; the journal is then unlocked, whatever problem the file has (the recovery screen shows it). */
  private async openWith(unwrapped: Buffer[], how: Protection): Promise<JournalError | null> {
    const keys = candidateKeys(this.keyFile, unwrapped);
    const { problem, keyIndex } = await this.target.openWorkers(keys);
    this.key = keyIndex === null ? null : (keys[keyIndex] ?? null);
    this.locked = false;
    // A conversion cut short was settled by the writer: the key file now names the journal's one key.
    this.keyFile = this.readKeyFileQuietly() ?? this.keyFile;
    this.protection = this.keyFile?.keys[0]?.passphrase ? 'passphrase' : this.keyFile?.keys[0]?.keychain ? 'keychain' : how;
    this.failures = 0;
    this.touch();
    this.startIdleTimer();
    return problem;
  }

  private readKeyFileQuietly(): KeyFile | null {
    try {
      return readKeyFile(this.target.dataFile);
    } catch {
      return null;
    }
  }

  /** A call of the page (anything but asking the lock's state): the idle clock starts again. */
  touch(): void {
    this.lastUse = this.now();
  }

  private startIdleTimer(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.lockIfIdle(), IDLE_CHECK_MS);
    this.timer.unref();
  }

  /** Locks when the idle time has passed (the page locks itself sooner: it sees the keyboard and mouse). */
  async lockIfIdle(): Promise<boolean> {
    const minutes = this.keyFile?.lockAfterMinutes ?? null;
    if (this.locked || !this.canLock() || minutes === null) return false;
    if (this.now() - this.lastUse < minutes * 60_000) return false;
    await this.lock();
    return true;
  }

  private canLock(): boolean {
    return this.protection === 'passphrase' || (this.key !== null && this.keyFile === null);
  }

  private retryAfterMs(): number {
    if (this.failures < FREE_TRIES) return 0;
    const wait = Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (this.failures - FREE_TRIES));
    return Math.max(0, this.lastFailureAt + wait - this.now());
  }

  private failedTry(key: string, path: string): JournalError {
    this.failures += 1;
    this.lastFailureAt = this.now();
    return refuse(key, { tries: this.failures, waitSeconds: Math.ceil(this.retryAfterMs() / 1000) }, [path]);
  }

  private assertMayTry(): void {
    const wait = this.retryAfterMs();
    if (wait > 0) throw refuse('tooManyTries', { seconds: Math.ceil(wait / 1000), tries: this.failures });
  }

  // ---------- the contract's lock methods ----------

  async getLockState(): Promise<LockState> {
    return this.state();
  }

  state(): LockState {
    const refusal = this.options.keychain?.refusal() ?? null;
    const withPassphrase = this.keyFile?.keys.some((k) => k.passphrase) ?? false;
    return {
      locked: this.locked,
      protection: this.protection,
      unlockWith: !this.locked ? null : withPassphrase ? 'passphrase' : 'recoveryKey',
      lockAfterMinutes: this.protection === 'passphrase' ? (this.keyFile?.lockAfterMinutes ?? null) : null,
      keychain: this.options.keychain !== undefined && refusal === null,
      keychainRefused: this.options.keychain ? refusal : null,
      offerPassphrase: this.offer && !this.locked && this.protection === 'none',
      retryAfterMs: this.retryAfterMs(),
      dataFile: this.target.dataFile,
    };
  }

  async unlock(input: ParsedInputOf<'unlock'>): Promise<LockState> {
    if (!this.locked) return this.state();
    this.assertMayTry();
    if ('passphrase' in input) {
      const wraps = (this.keyFile?.keys ?? []).flatMap((k) => (k.passphrase ? [k.passphrase] : []));
      const keys = (await Promise.all(wraps.map((w) => unwrapWithPassphrase(w, input.passphrase)))).filter((k): k is Buffer => k !== null);
      if (keys.length === 0) throw this.failedTry('wrongPassphrase', 'passphrase');
      // The passphrase is right (its wrapping says so): a journal that then does not open is damaged or replaced; the recovery screen says which.
      await this.openWith(keys, 'passphrase');
      return this.state();
    }
    const hex = parseRecoveryKey(input.recoveryKey);
    if (!hex) throw this.failedTry('notARecoveryKey', 'recoveryKey');
    const key = Buffer.from(hex, 'hex');
    const known = this.keyFile?.keys.some((k) => k.id === keyId(key)) ?? false;
    if (this.keyFile && !known && !this.keyFile.carried?.some((c) => c.id === keyId(key))) throw this.failedTry('wrongRecoveryKey', 'recoveryKey');
    const candidates = candidateKeys(this.keyFile, [key]);
    const { problem, keyIndex } = await this.target.openWorkers(candidates);
    if (!known && (keyIndex === null || problem?.key === 'wrongKey')) {
      // Someone else's journal without its key file: only opening it tells whether the key is right.
      await this.target.closeWorkers();
      throw this.failedTry('wrongRecoveryKey', 'recoveryKey');
    }
    this.key = candidates[keyIndex ?? 0] ?? key;
    this.locked = false;
    this.keyFile = this.readKeyFileQuietly() ?? this.keyFile;
    this.protection = this.keyFile?.keys[0]?.keychain ? 'keychain' : 'passphrase';
    this.failures = 0;
    this.touch();
    this.startIdleTimer();
    return this.state();
  }

  async lock(): Promise<LockState> {
    if (this.locked) return this.state();
    if (!this.canLock()) throw refuse('lockNeedsPassphrase');
    this.locked = true;
    await this.target.closeWorkers();
    this.key?.fill(0);
    this.key = null;
    return this.state();
  }

  /** The current passphrase again, before the way the journal is kept changes. */
  private async confirmCurrent(current: string | null): Promise<void> {
    if (this.locked) throw new JournalError('unavailable', 'journalLocked');
    if (this.protection !== 'passphrase' || !this.keyFile?.keys[0]?.passphrase) return;
    this.assertMayTry();
    if (current === null) throw refuse('currentPassphraseRequired', {}, ['current']);
    const key = await unwrapWithPassphrase(this.keyFile.keys[0].passphrase, current);
    if (!key) throw this.failedTry('wrongPassphrase', 'current');
    this.failures = 0;
  }

  async setPassphrase({ passphrase, current }: ParsedInputOf<'setPassphrase'>): Promise<NewKey> {
    await this.confirmCurrent(current);
    const key = newKey();
    const wrap = await wrapWithPassphrase(key, passphrase, this.options.scryptCost ?? SCRYPT_COST);
    await this.convert({ key, wrapped: { passphrase: wrap } }, 'passphrase');
    return { recoveryKey: formatRecoveryKey(key.toString('hex')), state: this.state() };
  }

  async useKeychain({ current }: ParsedInputOf<'useKeychain'>): Promise<NewKey> {
    const keychain = this.options.keychain;
    const refusal = keychain ? keychain.refusal() : 'unavailable';
    if (!keychain || refusal) throw refuse('keychainRefused', { reason: refusal ?? 'unavailable' });
    await this.confirmCurrent(current);
    const key = newKey();
    await this.convert({ key, wrapped: { keychain: keychain.wrap(key) } }, 'keychain');
    return { recoveryKey: formatRecoveryKey(key.toString('hex')), state: this.state() };
  }

  async removeProtection({ current }: ParsedInputOf<'removeProtection'>): Promise<LockState> {
    await this.confirmCurrent(current);
    if (this.protection === 'none' && this.key === null) return this.state();
    await this.convert(null, 'none');
    return this.state();
  }

  async setLockSettings({ lockAfterMinutes }: ParsedInputOf<'setLockSettings'>): Promise<LockState> {
    if (this.locked) throw new JournalError('unavailable', 'journalLocked');
    if (this.protection !== 'passphrase' || !this.keyFile) throw refuse('lockNeedsPassphrase');
    this.keyFile = { ...this.keyFile, lockAfterMinutes };
    writeKeyFile(this.target.dataFile, this.keyFile);
    this.touch();
    return this.state();
  }

  async dismissPassphraseOffer(): Promise<LockState> {
    this.offer = false;
    return this.state();
  }

  /**
   * The journal (and its backups) to `to` (null: plain): the workers
   * closed, the conversion run in a worker of its own, the workers opened
   * again with the new key. A failure leaves the journal as it was, opened
   * again with its key.
   */
  private async convert(to: NewLock | null, protection: Protection): Promise<void> {
    const from = this.key;
    const plan = planConversion(this.keyFile, from, to, this.keyFile?.lockAfterMinutes ?? DEFAULT_LOCK_AFTER_MINUTES);
    await this.target.closeWorkers();
    try {
      await this.target.convert(plan);
    } catch (err) {
      this.keyFile = readKeyFile(this.target.dataFile);
      await this.target.openWorkers(from ? [from] : []);
      throw err;
    }
    from?.fill(0);
    this.keyFile = to ? readKeyFile(this.target.dataFile) : null;
    this.key = to?.key ?? null;
    this.protection = protection;
    this.offer = false;
    const { problem } = await this.target.openWorkers(to ? [to.key] : []);
    if (problem) console.error(`[rapport] the journal did not open after its conversion: ${problem.key}`);
    this.touch();
    if (to) this.startIdleTimer();
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.key?.fill(0);
    this.key = null;
  }
}
