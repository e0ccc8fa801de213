import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeFileName, safePdfName } from './file-name';

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

describe('an attachment\'s name on disk', () => {
  it('keeps an ordinary name and its extension', () => {
    expect(safeFileName('SLA-rapport Q3 (definitief).pdf', 'bijlage')).toBe('SLA-rapport Q3 (definitief).pdf');
    expect(safeFileName('Notulen 2026.11.27.docx', 'bijlage')).toBe('Notulen 2026.11.27.docx');
    expect(safeFileName('README', 'bijlage')).toBe('README');
  });

  it('is always one plain name inside the folder, the extension kept where it is plain', () => {
    const folder = path.join('/tmp', 'rapport-open-x', 'f-1');
    for (const raw of ['../../.bashrc', '..\\..\\Startup\\evil.bat', '/etc/passwd', 'a\u0000b.txt', '\u202egpj.exe', 'CON.txt', '.pdf', '', `${'x'.repeat(5000)}.pdf`, 42, 'a<b>c:d"e|f?g*h.pdf']) {
      const name = safeFileName(raw, 'attachment');
      // eslint-disable-next-line no-control-regex -- no control character may survive
      expect(name, String(raw)).toMatch(/^[^\\/<>:"|?*\u0000-\u001f\u202a-\u202e]+$/);
      expect(name.startsWith('.')).toBe(false);
      expect(Array.from(name).length).toBeLessThanOrEqual(120);
      expect(path.dirname(path.join(folder, name))).toBe(folder);
    }
    expect(safeFileName('../../.bashrc', 'attachment')).toBe('bashrc');
    expect(safeFileName('CON.txt', 'attachment')).toBe('attachment.txt');
    expect(safeFileName('.pdf', 'attachment')).toBe('pdf');
    expect(safeFileName(`${'x'.repeat(5000)}.pdf`, 'attachment')).toMatch(/^x{116}\.pdf$/);
  });
});
