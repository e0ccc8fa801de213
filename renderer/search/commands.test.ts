import { describe, expect, it } from 'vitest';
import { matchesWords } from './commands';

describe('palette commands', () => {
  it('match when every typed word begins a word of the label, accents, case and hyphens aside', () => {
    expect(matchesWords('nieuw toez host', 'Nieuwe toezegging voor Hosting BV')).toBe(true);
    expect(matchesWords('backup', 'Back-ups, export en import')).toBe(true);
    expect(matchesWords('back-up', 'Backups, export and import')).toBe(true);
    expect(matchesWords('cafe', 'Café Noord')).toBe(true);
    expect(matchesWords('promise acme', 'New promise for Hosting BV')).toBe(false);
    expect(matchesWords('', 'anything')).toBe(true);
  });
});
