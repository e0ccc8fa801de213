// A deterministic synthetic journal: suppliers and their entries, day by day,
// from a seeded PRNG. Used by the calibration tests and the speed bench.
import type { IsoDate } from '../dates';
import { addDays, addMonths, fromDayNumber, toDayNumber } from '../dates';
import { kindDefaults } from '../entry-fields';
import { supplierDefaults } from '../supplier-fields';
import type { Entry, IncidentEntry, PromiseEntry, PromiseStatus, Severity, Supplier } from '../types';
import type { Rng } from './prng';
import { createRng, mixSeed } from './prng';
import type { Behaviour, Profile, SupplierProfile } from './profiles';
import { behaviourOn, naturalEntriesPerWeek, STEADY } from './profiles';

export interface SyntheticJournal {
  suppliers: Supplier[];
  entries: Entry[];
  /** The profile each supplier follows (useful with 'mix'). */
  profileOf: Record<number, SupplierProfile>;
  start: IsoDate;
  /** The journal's last day: pass it as the engine's `today`. */
  end: IsoDate;
}

export interface GenerateOptions {
  /** First day of the journal; default 2023-01-01. */
  start?: IsoDate;
}

const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];
const OUTCOMES: readonly PromiseStatus[] = ['kept', 'kept_late', 'broken', 'renegotiated'];
const CHANNELS = ['meeting', 'call', 'email', 'visit'] as const;
const TONES = ['positive', 'neutral', 'negative'] as const;
const CATEGORIES = ['Managed IT', 'Cloud hosting', 'Facility services', 'Logistics', 'Payroll', 'Software development', 'Security'];
const PROMISE_TOPICS = ['deliver the patch', 'send the capacity report', 'fix the backup job', 'migrate the mailboxes', 'renew the certificates', 'staff the service desk', 'update the runbook', 'quote for the upgrade'];
const INCIDENT_TOPICS = ['Outage of the portal', 'Failed backup', 'Late delivery', 'Data sync error', 'Slow service desk', 'Security alert', 'Invoice error'];
const MIX: readonly SupplierProfile[] = ['steady', 'steady', 'turnsBad', 'quiet'];

/**
 * `entriesPerWeek` scales every rate (reviews aside) relative to the
 * profile's natural pace (about 1.9 a week for 'steady'); pass null for the
 * natural pace. 'mix' gives half steady, a quarter turnsBad, a quarter quiet.
 */
export function generate(
  suppliers: number, years: number, entriesPerWeek: number | null, profile: Profile, seed: number, options: GenerateOptions = {},
): SyntheticJournal {
  const start = options.start ?? '2023-01-01';
  const days = Math.round(years * 365);
  const end = addDays(start, days - 1);
  const scale = entriesPerWeek === null ? 1 : entriesPerWeek / naturalEntriesPerWeek(STEADY);
  const out: SyntheticJournal = { suppliers: [], entries: [], profileOf: {}, start, end };
  const ids = { next: 1 };
  for (let k = 0; k < suppliers; k++) {
    const rng = createRng(mixSeed(seed, k));
    const supplierProfile = profile === 'mix' ? MIX[k % MIX.length]! : profile;
    const supplier = makeSupplier(k + 1, rng, start);
    out.suppliers.push(supplier);
    out.profileOf[supplier.id] = supplierProfile;
    const entries: Entry[] = [];
    const gen = new SupplierGenerator(supplier, rng, toDayNumber(end), entries);
    const startDay = toDayNumber(start);
    for (let d = 0; d < days; d++) gen.day(startDay + d, behaviourOn(supplierProfile, d), scale);
    gen.reviews(start, end, (day) => behaviourOn(supplierProfile, day - startDay));
    entries.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
    for (const e of entries) { e.id = ids.next++; out.entries.push(e); }
  }
  return out;
}

function makeSupplier(id: number, rng: Rng, start: IsoDate): Supplier {
  const contractStart = addDays(start, -rng.int(0, 365));
  const stamp = `${start}T09:00:00.000Z`;
  return {
    id,
    // Every declared field at its empty value first: a field added later needs nothing here.
    ...supplierDefaults(),
    name: `Supplier ${String(id).padStart(3, '0')}`,
    category: rng.pick(CATEGORIES),
    contractStart,
    contractEnd: addMonths(contractStart, 12 * rng.int(2, 5)),
    noticeMonths: rng.pick([1, 3, 6]),
    contractValue: rng.int(10, 500) * 1000,
    reviewIntervalMonths: 3,
    // Every other contract renews itself (no draw from the PRNG: the calibrated journals stay as they were).
    autoRenews: id % 2 === 0,
    renewalMonths: 12,
    status: 'active',
    endedOn: null,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

class SupplierGenerator {
  constructor(
    private readonly supplier: Supplier,
    private readonly rng: Rng,
    private readonly lastDay: number,
    private readonly out: Entry[],
  ) {}

  // Entries are built as whole literals (no object spread): objects of one
  // shape keep the engine's property reads fast, as JSON-parsed ones are.
  private stamp(date: IsoDate): string {
    return `${date}T12:00:00.000Z`;
  }

  day(day: number, b: Behaviour, scale: number): void {
    const rng = this.rng;
    const date = fromDayNumber(day);
    const perDay = (perWeek: number) => rng.poisson((perWeek * scale) / 7);
    for (let n = perDay(b.contactsPerWeek); n > 0; n--) {
      const channel = rng.pick(CHANNELS);
      const title = `${channel === 'email' ? 'Email' : 'Contact'} with ${this.supplier.name}`;
      const stamp = this.stamp(date);
      this.out.push({
        id: 0, supplierId: this.supplier.id, date, title, body: '', tags: [], private: false, side: 'supplier', followUpOn: null, createdAt: stamp, updatedAt: stamp,
        kind: 'interaction', channel, tone: TONES[rng.weighted(b.tone)]!,
      });
    }
    for (let n = perDay(b.promisesPerWeek); n > 0; n--) this.out.push(this.promise(day, b.outcome, 'supplier'));
    for (let n = perDay(b.ourPromisesPerWeek); n > 0; n--) {
      this.out.push(this.promise(day, [b.ourKept, (1 - b.ourKept) / 2, (1 - b.ourKept) / 2, 0], 'ours'));
    }
    for (let n = perDay(b.incidentsPerWeek); n > 0; n--) this.out.push(this.incident(day, b));
    const stamp = this.stamp(date);
    for (let n = perDay(b.advicePerWeek); n > 0; n--) {
      this.out.push({ id: 0, supplierId: this.supplier.id, date, title: 'Unsolicited advice', body: '', tags: [], private: false, side: 'supplier', followUpOn: null, createdAt: stamp, updatedAt: stamp, kind: 'advice' });
    }
    for (let n = perDay(b.notesPerWeek); n > 0; n--) {
      this.out.push({ id: 0, supplierId: this.supplier.id, date, title: 'Note', body: '', tags: [], private: false, side: 'supplier', followUpOn: null, createdAt: stamp, updatedAt: stamp, kind: 'note' });
    }
  }

  private settled(day: number): string | null {
    return day <= this.lastDay ? fromDayNumber(day) : null;
  }

  private promise(day: number, outcome: readonly number[], side: 'supplier' | 'ours'): PromiseEntry {
    const rng = this.rng;
    const noDue = rng.chance(0.05);
    const due = day + rng.int(7, 35);
    const status = OUTCOMES[rng.weighted(outcome)]!;
    let settleDay: number;
    if (noDue) settleDay = day + rng.int(7, 35);
    else if (status === 'kept') settleDay = Math.max(day, due - rng.int(0, 5));
    else if (status === 'kept_late') settleDay = due + rng.int(3, 20);
    else if (status === 'broken') settleDay = due + rng.int(0, 14);
    else settleDay = rng.chance(0.8) ? Math.max(day, due - rng.int(0, 5)) : due + rng.int(1, 10);
    const settledOn = this.settled(settleDay);
    const date = fromDayNumber(day);
    const stamp = this.stamp(date);
    return {
      id: 0, supplierId: this.supplier.id, date, title: `Promise: ${rng.pick(PROMISE_TOPICS)}`, body: '', tags: [], private: false, side, followUpOn: null, createdAt: stamp, updatedAt: stamp,
      kind: 'promise',
      dueOn: noDue ? null : fromDayNumber(due),
      obligation: rng.chance(0.5) ? 'result' : 'effort',
      inContract: rng.chance(0.35),
      status: settledOn === null ? 'open' : status,
      settledOn,
    };
  }

  private incident(day: number, b: Behaviour): IncidentEntry {
    const rng = this.rng;
    const severity = SEVERITIES[rng.weighted(b.severity)]!;
    const maxDays = { low: 2, medium: 5, high: 10, critical: 20 }[severity];
    const resolvedOn = this.settled(day + rng.int(0, maxDays));
    const cause = rng.weighted([0.9, 0.05, 0.05]);
    const date = fromDayNumber(day);
    const stamp = this.stamp(date);
    return {
      id: 0, supplierId: this.supplier.id, date, title: rng.pick(INCIDENT_TOPICS), body: '', tags: [], private: false, side: 'supplier', followUpOn: null, createdAt: stamp, updatedAt: stamp,
      kind: 'incident',
      ...kindDefaults('incident'),
      severity,
      resolvedOn,
      causedBy: cause === 0 ? 'supplier' : cause === 1 ? 'third_party' : 'ours',
      handledWell: resolvedOn === null ? null : rng.chance(b.handledWell) ? true : rng.chance(0.5) ? false : null,
    };
  }

  /** A review every reviewIntervalMonths, scored around the behaviour of the day. */
  reviews(start: IsoDate, end: IsoDate, behaviour: (day: number) => Behaviour): void {
    const months = this.supplier.reviewIntervalMonths ?? 3;
    for (let date = addMonths(start, months); date <= end; date = addMonths(date, months)) {
      const b = behaviour(toDayNumber(date));
      if (b.reviewScore <= 0) continue;
      const score = () => Math.min(5, Math.max(1, Math.round(b.reviewScore + (this.rng.next() - 0.5) * 1.6)));
      const stamp = this.stamp(date);
      this.out.push({
        id: 0, supplierId: this.supplier.id, date, title: 'Quarterly review', body: '', tags: [], private: false, side: 'supplier', followUpOn: null, createdAt: stamp, updatedAt: stamp,
        kind: 'review', scoreAbility: score(), scoreIntegrity: score(), scoreBenevolence: score(),
      });
    }
  }
}
