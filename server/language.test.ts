import { describe, expect, it } from 'vitest';
import { systemLanguage } from './language';

describe("the command line's system language", () => {
  it('reads LC_ALL, then LC_MESSAGES, then LANG, as a POSIX shell does', () => {
    expect(systemLanguage({ LANG: 'nl_NL.UTF-8' })).toBe('nl');
    expect(systemLanguage({ LANG: 'nl_BE.UTF-8', LC_MESSAGES: 'en_GB.UTF-8' })).toBe('en');
    expect(systemLanguage({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'en_US.UTF-8', LC_ALL: 'nl_NL' })).toBe('nl');
    expect(systemLanguage({ LANG: 'C.UTF-8' })).toBe('en');
    expect(systemLanguage({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(systemLanguage({ LC_ALL: '', LANG: 'nl_NL.UTF-8' })).toBe('nl');
  });

  it("without them, the locale Node's Intl sees (a program started from the Windows or macOS desktop)", () => {
    const intl = Intl.DateTimeFormat().resolvedOptions().locale;
    expect(systemLanguage({})).toBe(intl.toLowerCase().startsWith('nl') ? 'nl' : 'en');
  });
});
