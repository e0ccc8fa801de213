import fs from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { addGlossaryFormat, CATALOGUE, wordsFor } from '../../core/catalogue';
import { ALL_FIELDS } from '../../core/entry-fields';
import { SUPPLIER_FIELD_LIST } from '../../core/supplier-fields';

const dir = path.join(__dirname, 'locales');

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function load(lang: string, file: string) {
  return JSON.parse(fs.readFileSync(path.join(dir, lang, file), 'utf8')) as unknown;
}

describe('translation catalogues', () => {
  const files = fs.readdirSync(path.join(dir, 'en')).sort();

  it('has the same files for Dutch and English', () => {
    expect(fs.readdirSync(path.join(dir, 'nl')).sort()).toEqual(files);
  });

  it('is loaded whole by core/catalogue.ts (the renderer, the pack and the shells read it there)', () => {
    for (const lang of ['en', 'nl'] as const) {
      expect(Object.keys(CATALOGUE[lang]!).sort(), lang).toEqual(files.map((f) => f.replace('.json', '')));
      for (const file of files) expect(CATALOGUE[lang]![file.replace('.json', '')], `${lang}/${file}`).toEqual(load(lang, file));
    }
  });

  it('holds data only: every layer may read this folder (scripts/eslint-layering.js)', () => {
    for (const lang of ['en', 'nl']) expect(fs.readdirSync(path.join(dir, lang)).filter((f) => !f.endsWith('.json'))).toEqual([]);
  });

  it('every $t(namespace:key) reference names a text of the same language', () => {
    const missing: string[] = [];
    for (const lang of ['en', 'nl']) {
      for (const file of files) {
        for (const [key, text] of Object.entries(flatten(load(lang, file)))) {
          for (const [, ns, ref] of text.matchAll(/\$t\((\w+):([\w.]+)/g)) {
            const target = ref!.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], CATALOGUE[lang]![ns!]);
            if (typeof target !== 'string') missing.push(`${lang}/${file} ${key}: ${ns}:${ref}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  for (const file of files) {
    it(`${file}: every key exists in both languages, with a non-empty text`, () => {
      const en = keys(load('en', file)).sort();
      const nl = keys(load('nl', file)).sort();
      expect(nl.filter((k) => !en.includes(k)), 'only in nl').toEqual([]);
      expect(en.filter((k) => !nl.includes(k)), 'only in en').toEqual([]);
      for (const lang of ['en', 'nl']) {
        const flat = JSON.stringify(load(lang, file));
        expect(flat, `${lang}/${file} has an empty text`).not.toContain('""');
      }
    });

    it(`${file}: placeholders match between languages`, () => {
      const en = JSON.stringify(load('en', file));
      const nl = JSON.stringify(load('nl', file));
      const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(placeholders(nl)).toEqual(placeholders(en));
    });
  }
});

describe('the labels of the declared entry fields (core/entry-fields.ts)', () => {
  const lookup = (tree: unknown, key: string) => key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], tree);
  for (const lang of ['en', 'nl']) {
    it(`${lang}: every field has its label, and its own on the import screen where it has one`, () => {
      for (const f of ALL_FIELDS) {
        expect(typeof lookup(load(lang, 'journal.json'), f.label), `journal:${f.label}`).toBe('string');
        if (f.csvLabel) expect(typeof lookup(load(lang, 'data.json'), f.csvLabel), `data:${f.csvLabel}`).toBe('string');
      }
    });
  }
  it("names an incident's ticket reference", () => {
    expect(lookup(load('en', 'journal.json'), 'form.ticketRef')).toBe('Ticket reference');
    expect(lookup(load('nl', 'journal.json'), 'form.ticketRef')).toBe('Ticketnummer');
  });
});

describe('the labels of the declared supplier fields (core/supplier-fields.ts)', () => {
  const lookup = (tree: unknown, key: string) => key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], tree);
  for (const lang of ['en', 'nl']) {
    it(`${lang}: every field has its label, in the namespace it names`, () => {
      for (const f of SUPPLIER_FIELD_LIST) {
        const [namespace, key] = f.label.split(':') as [string, string];
        expect(typeof lookup(load(lang, `${namespace}.json`), key), f.label).toBe('string');
      }
    });
  }
});

/** The app's texts as i18next gives them, glossary references resolved. */
function translator(lang: string) {
  const i18n = i18next.createInstance();
  const resources = Object.fromEntries(fs.readdirSync(path.join(dir, lang)).map((f) => [f.replace('.json', ''), load(lang, f) as Record<string, unknown>]));
  void i18n.init({ lng: lang, resources: { [lang]: resources }, initAsync: false, showSupportNotice: false, interpolation: { escapeValue: false } });
  addGlossaryFormat(i18n);
  return (place: string) => i18n.t(place);
}

/** Where each core term is named: forms, journal, charts, settings, the help screen and the pack. */
const PLACES: Record<string, string[]> = {
  ability: ['trust:dimension.ability', 'journal:form.scoreAbility', 'journal:facts.scoreAbility', 'data:fields.scoreAbility'],
  integrity: ['trust:dimension.integrity', 'journal:form.scoreIntegrity', 'journal:facts.scoreIntegrity', 'data:fields.scoreIntegrity'],
  benevolence: ['trust:dimension.benevolence', 'journal:form.scoreBenevolence', 'journal:facts.scoreBenevolence', 'data:fields.scoreBenevolence'],
  trust: ['trust:chart.trust', 'trust:chart.label', 'trust:section.title', 'trust:chart.readout', 'report:chart.legendTrust'],
  band: ['trust:chart.band', 'trust:chart.bandRange', 'trust:chart.readout', 'report:chart.legendBand'],
  provenTrust: ['trust:chart.band', 'report:summary.band'],
  plausibleTrust: ['trust:chart.band', 'report:summary.band'],
  promise: ['common:kinds.promise', 'journal:kind.promise', 'report:tables.promise'],
  promiseMade: ['journal:form.dateLabel.promise', 'report:tables.made', 'report:tiles.promisesValue', 'report:agenda.madeOn'],
  kept: ['journal:status.kept', 'trust:settings.field.promiseKeptResult.label', 'trust:settings.field.promiseKeptEffort.label'],
  broken: ['journal:status.broken', 'trust:reason.brokenResultPromise', 'trust:reason.brokenEffortPromise', 'trust:settings.field.promiseBrokenResult.label'],
  incident: ['common:kinds.incident', 'journal:kind.incident', 'report:tables.incident', 'trust:settings.field.incidentMedium.label'],
  review: ['common:kinds.review', 'journal:kind.review', 'trust:waterfall.pick'],
  severityLow: ['journal:severity.low', 'trust:severity.low', 'trust:settings.field.incidentLow.label'],
  severityMedium: ['journal:severity.medium', 'trust:severity.medium', 'trust:settings.field.incidentMedium.label'],
  severityHigh: ['journal:severity.high', 'trust:severity.high', 'trust:settings.field.incidentHigh.label'],
  resultObligation: ['journal:obligation.resultLong', 'journal:form.obligationHint.result', 'trust:reason.keptResultPromise', 'trust:settings.field.promiseBrokenResult.label'],
  effortObligation: ['journal:obligation.effortLong', 'journal:form.obligationHint.effort', 'trust:reason.keptEffortPromise', 'trust:settings.field.promiseBrokenEffort.label'],
  severityCritical: ['journal:severity.critical', 'trust:severity.critical', 'trust:settings.field.incidentCritical.label'],
};

/** The same word for another idea: trust levels in the pack's summary are not severities. */
const OTHER_IDEA = new Set(['report:summary.levels.low', 'report:summary.levels.high']);

describe('one term per idea: the glossary', () => {
  for (const lang of ['en', 'nl']) {
    const glossary = load(lang, 'glossary.json') as Record<string, string>;
    const t = translator(lang);

    it(`${lang}: every place that names a core term takes it from the glossary`, () => {
      expect(Object.keys(PLACES).sort()).toEqual(Object.keys(glossary).sort());
      for (const [term, places] of Object.entries(PLACES)) {
        for (const place of places) {
          const [ns, key] = place.split(':') as [string, string];
          const raw = key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], load(lang, `${ns}.json`));
          expect(raw, `${place} names ${term} through the glossary`).toMatch(new RegExp(`\\$t\\(glossary:${term}(, lowercase)?\\)`));
          const shown = t(place);
          expect(shown, `${place} as shown`).not.toContain('$t(');
          // Inside a sentence in lower case, as a label as the glossary writes it.
          const word = (raw as string).includes(`$t(glossary:${term}, lowercase)`) ? glossary[term]!.toLowerCase() : glossary[term]!;
          expect(shown, `${place} as shown`).toContain(word);
        }
      }
    });

    it(`${lang}: no text outside the glossary spells a core term out on its own`, () => {
      const terms = new Set(Object.values(glossary).map((v) => v.toLowerCase()));
      const offenders: string[] = [];
      for (const file of fs.readdirSync(path.join(dir, lang)).filter((f) => f !== 'glossary.json')) {
        for (const [key, text] of Object.entries(flatten(load(lang, file)))) {
          const place = `${file.replace('.json', '')}:${key}`;
          if (terms.has(text.trim().toLowerCase()) && !OTHER_IDEA.has(place)) offenders.push(`${place}: "${text}"`);
        }
      }
      expect(offenders).toEqual([]);
    });

    it(`${lang}: the review form, the journal and the chart show the same words for the sides of trust and the severities`, () => {
      for (const [dimension, field] of [['ability', 'Ability'], ['integrity', 'Integrity'], ['benevolence', 'Benevolence']]) {
        expect(t(`journal:form.score${field}`)).toBe(t(`trust:dimension.${dimension}`));
        expect(t(`journal:facts.score${field}`)).toBe(t(`trust:dimension.${dimension}`));
      }
      for (const severity of ['low', 'medium', 'high', 'critical']) {
        expect(t(`journal:severity.${severity}`).toLowerCase()).toBe(t(`trust:severity.${severity}`));
      }
    });
  }
});

describe("the shells' words", () => {
  for (const lang of ['en', 'nl'] as const) {
    it(`${lang}: the texts that send the manager to the File menu name it as the menu shows it`, () => {
      const t = wordsFor(lang);
      const newJournal = `${t('menu.file')} > ${t('menu.newJournal')}`;
      const openJournal = `${t('menu.file')} > ${t('menu.openJournal')}`;
      expect(t('data:journals.fileMenu')).toContain(newJournal);
      expect(t('data:journals.fileMenu')).toContain(openJournal);
      expect(t('data:import.chooseNewInMenu')).toContain(newJournal);
      expect(t('errors:journalNotOnRecentList')).toContain(openJournal);
      expect(t('journalFile.existsDetail')).toContain(openJournal);
    });
  }
});

describe('one form of address', () => {
  it('nl: says "je" throughout, "toegezegd" for a promise made, and bewezen / aannemelijk vertrouwen', () => {
    const offenders: string[] = [];
    for (const file of fs.readdirSync(path.join(dir, 'nl'))) {
      for (const text of Object.values(flatten(load('nl', file)))) {
        if (/\b(u|uw|U|Uw)\b/.test(text)) offenders.push(`${file}: "u" in ${text}`);
        if (/(^|[^n])gedaan\b/i.test(text.replace(/gok gedaan/g, ''))) offenders.push(`${file}: "gedaan" in ${text}`);
        if (/\b(kunde|welwillendheid|aangetoond vertrouwen|plausibel vertrouwen)\b/i.test(text)) offenders.push(`${file}: ${text}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (value === null || typeof value !== 'object') return { [prefix]: String(value) };
  return Object.assign({}, ...Object.entries(value as Record<string, unknown>).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
}
