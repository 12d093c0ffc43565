// Dev helper: node scripts/shot.mjs URL out.png [width] [height] — screenshot with Debian's Chromium.
import { chromium } from '@playwright/test';
const [url, out, w = '1280', h = '800'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console:', m.text()); });
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(url);
await page.waitForTimeout(Number(process.env.WAIT || 2500));
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
