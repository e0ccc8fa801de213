// The copies "Open" writes for the operating system: a private folder, plain
// names, only document types; removed again. Real files in a temp folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OpenCopies, opensAsDocument } from './open-copies';

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-copies-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('copies to open', () => {
  it('writes each copy, under its plain name, in its own subfolder of one private folder', () => {
    const copies = new OpenCopies(root);
    const a = copies.write('SLA rapport.pdf', Buffer.from('%PDF-1.4 een'))!;
    const b = copies.write('SLA rapport.pdf', Buffer.from('%PDF-1.4 twee'))!;
    expect(path.basename(a)).toBe('SLA rapport.pdf');
    expect(path.dirname(a)).not.toBe(path.dirname(b));
    expect(fs.readFileSync(a, 'utf8')).toBe('%PDF-1.4 een');
    expect(fs.readFileSync(b, 'utf8')).toBe('%PDF-1.4 twee');
    const folder = path.dirname(path.dirname(a));
    expect(path.dirname(folder)).toBe(root);
    if (process.platform !== 'win32') {
      expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
      expect(fs.statSync(a).mode & 0o777).toBe(0o600);
    }
    copies.removeAll();
    expect(fs.existsSync(folder)).toBe(false);
  });

  it('a name with a path in it stays inside the folder', () => {
    const copies = new OpenCopies(root);
    const file = copies.write('../../../evil/../notulen.docx', Buffer.from('x'))!;
    expect(path.basename(file)).toMatch(/notulen\.docx$/);
    expect(file.startsWith(root + path.sep)).toBe(true);
    expect(fs.readdirSync(root)).toHaveLength(1);
    copies.removeAll();
  });

  it('never writes what a double click would run: those are saved elsewhere instead', () => {
    const copies = new OpenCopies(root);
    for (const name of ['setup.exe', 'run.bat', 'x.js', 'app.desktop', 'script.sh', 'book.xlsm', 'page.html', 'drawing.svg', 'noextension', 'Invoice.pdf.exe', '\u202efdp.exe']) {
      expect(copies.write(name, Buffer.from('x')), name).toBeNull();
    }
    expect(fs.readdirSync(root)).toEqual([]);
    expect(['a.PDF', 'b.eml', 'c.msg', 'd.xlsx', 'e.png'].every(opensAsDocument)).toBe(true);
  });
});
