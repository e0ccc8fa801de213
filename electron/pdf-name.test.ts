import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { safePdfName } from './pdf-name';

describe('the review pack\'s suggested file name', () => {
  it('keeps an ordinary name', () => {
    expect(safePdfName('Evaluatiedossier Noordlicht IT 2026-11-27.pdf')).toBe('Evaluatiedossier Noordlicht IT 2026-11-27.pdf');
    expect(safePdfName('Review pack Acmé')).toBe('Review pack Acmé.pdf');
  });

  it('is always one plain name inside the chosen folder', () => {
    const folder = path.join('/home', 'sanne', 'Documents');
    for (const raw of [
      '../../.bashrc', '..\\..\\Startup\\evil.pdf', '/etc/passwd', 'C:\\Windows\\x.pdf', 'a\u0000b.pdf', '\u202eFDP.exe',
      'CON', 'nul.pdf', '', '   ', '...', 'x'.repeat(5000), 42, null, 'a<b>c:d"e|f?g*h.pdf',
    ]) {
      const name = safePdfName(raw);
      // eslint-disable-next-line no-control-regex -- no control character may survive
      expect(name, String(raw)).toMatch(/^[^\\/<>:"|?*\u0000-\u001f]+\.pdf$/);
      expect(name.startsWith('.')).toBe(false);
      expect(Array.from(name).length).toBeLessThanOrEqual(124);
      expect(path.dirname(path.join(folder, name))).toBe(folder);
    }
    expect(safePdfName('../../.bashrc')).toBe('bashrc.pdf');
    expect(safePdfName('CON')).toBe('Rapport.pdf');
    expect(safePdfName(42)).toBe('Rapport.pdf');
  });
});
