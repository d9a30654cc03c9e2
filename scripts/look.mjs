// Dev aid, not a test: sign in as the demo worker and screenshot pages. node scripts/look.mjs BASE PATH...
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

mkdirSync('/tmp/shots', { recursive: true });
const [base, ...pages] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const width = Number(process.env.WIDTH || 1280);
const page = await browser.newPage({ viewport: { width, height: 900 } });
page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
await page.goto(`${base}/sign-in`);
await page.fill('#email', process.env.EMAIL || 'worker@demo.test');
await page.fill('#password', 'demo-password-1');
await page.click('button[type=submit]');
for (const p of pages) {
  const r = await page.goto(`${base}${p}`);
  const name = p.replace(/[^a-z0-9]+/gi, '_') + `_${width}`;
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
  console.log(r.status(), p, `/tmp/shots/${name}.png`);
}
await browser.close();
