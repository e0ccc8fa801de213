// Screenshots for looking at what we build:
//   node scripts/screenshot.mjs <url> <out.png> [--dark] [--lang nl|en] [--width 1280] [--height 860] [--full]
// Uses Debian's Chromium (CHROMIUM_PATH or /usr/bin/chromium).
import { chromium } from '@playwright/test';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dark: { type: 'boolean', default: false },
    lang: { type: 'string', default: 'en' },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '860' },
    full: { type: 'boolean', default: false },
    wait: { type: 'string', default: '800' },
  },
});
const [url, out] = positionals;
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [--dark] [--lang nl]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({
  viewport: { width: Number(values.width), height: Number(values.height) },
  colorScheme: values.dark ? 'dark' : 'light',
  locale: values.lang === 'nl' ? 'nl-NL' : 'en-GB',
});
const page = await context.newPage();
await page.goto(url);
await page.waitForTimeout(Number(values.wait));
await page.screenshot({ path: out, fullPage: values.full });
await browser.close();
console.log(out);
