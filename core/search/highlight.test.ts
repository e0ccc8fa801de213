import { describe, expect, it } from 'vitest';
import { markAll, snippet, snippetOfLine } from './highlight';
import { parseSearch } from './query';

const terms = (q: string) => {
  const r = parseSearch(q);
  if (!r.ok) throw new Error('parse');
  return r.query.terms;
};
const marked = (m: { text: string; marks: [number, number][] } | null) => m?.marks.map(([s, e]) => m.text.slice(s, e));

describe('highlight', () => {
  it('marks words whatever their case and accents, and beginnings of words', () => {
    expect(marked(markAll('Back-up ÉCHOUÉ at the Café', terms('echoue caf')))).toEqual(['ÉCHOUÉ', 'Café']);
  });

  it('marks a hyphenated word as a whole when its joined form was searched', () => {
    expect(marked(markAll('Sent an e-mail and an email', terms('email')))).toEqual(['e-mail', 'email']);
    expect(marked(markAll('Sent an e-mail and an email', terms('e-mail')))).toEqual(['e-mail', 'email']);
  });

  it('returns ranges, never markup: a note with HTML stays text', () => {
    const m = markAll('<img src=x onerror=alert(1)> backup', terms('backup'));
    expect(m.text).toBe('<img src=x onerror=alert(1)> backup');
    expect(marked(m)).toEqual(['backup']);
  });

  it('cuts a snippet around the first match with ellipses', () => {
    const long = `${'word '.repeat(60)}the backup tests failed ${'more '.repeat(60)}`;
    const s = snippet(long, terms('backup'), 80)!;
    expect(s.text.startsWith('… ')).toBe(true);
    expect(s.text.endsWith(' …')).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(86);
    expect(marked(s)).toEqual(['backup']);
    expect(snippet('nothing here', terms('backup'))).toBeNull();
  });

  it('cuts a long text (an attached file) around its first match and marks every match within the cut, nothing beyond', () => {
    const file = `${'kwartaal '.repeat(20_000)}boeteclausule bij uitval, boete-clausule twee ${'boeteclausule '.repeat(5_000)}`.trim();
    const s = snippetOfLine(file, terms('boeteclausule'), 80)!;
    expect(marked(s)).toEqual(['boeteclausule', 'boete-clausule', 'boeteclausule']);
    expect(s.text.startsWith('… kwartaal')).toBe(true);
    expect(s).toEqual(snippet(file, terms('boeteclausule'), 80));
  });
});
