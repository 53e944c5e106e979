// Prints demo/worksheet.html to demo/worksheet.pdf with Debian's Chromium (puppeteer-core), serving
// the repository as `npm start` does. Run after `npm run build`.
import { spawn } from 'node:child_process';

import puppeteer from 'puppeteer-core';

const server = spawn('node', ['scripts/serve-demo.mjs'], { cwd: new URL('..', import.meta.url).pathname, env: { ...process.env, PORT: '8730' } });
const address = await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => {
    const found = /http:\/\/\S+/.exec(String(chunk));
    if (found) resolve(new URL(found[0]).origin);
  });
  server.on('exit', () => reject(new Error('the demo server stopped')));
});
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
try {
  const page = await browser.newPage();
  await page.goto(`${address}/demo/worksheet.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('defence-quiz')?.loadComplete !== undefined);
  await page.evaluate(() => document.querySelector('defence-quiz').loadComplete);
  // The quiz builds its worksheet when the page is printed (its media turns to print), as a browser's Print does.
  await page.emulateMediaType('print');
  await page.waitForFunction(() => document.querySelector('defence-quiz')?.shadowRoot?.querySelector('.worksheet li'));
  await page.pdf({ path: 'demo/worksheet.pdf', format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
  console.log('wrote demo/worksheet.pdf');
} finally {
  await browser.close();
  server.kill();
}
