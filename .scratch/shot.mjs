import puppeteer from 'puppeteer-core';
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const page = await browser.newPage();
const logs = [];
page.on('console', (m) => logs.push(m.type() + ': ' + m.text()));
page.on('pageerror', (e) => logs.push('pageerror: ' + e.message));
await page.setViewport({ width: 1000, height: 800 });
await page.goto('http://127.0.0.1:8214/demo/article.html', { waitUntil: 'networkidle0' });
await new Promise((r) => setTimeout(r, 500));
const info = await page.evaluate(() => ({
  tips: [...document.querySelectorAll('acronym-tip')].map((t) => t.textContent).join(', '),
  shadowTips: document.querySelector('demo-factbox').shadowRoot.querySelectorAll('acronym-tip').length,
}));
console.log(info);
// hover the first tip
const box = await page.evaluate(() => { const r = document.querySelector('article acronym-tip').getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; });
await page.mouse.move(box[0], box[1]);
await new Promise((r) => setTimeout(r, 600));
await page.screenshot({ path: '/tmp/at/demo-hover.png' });
// focus the factbox tip
await page.evaluate(() => { const host = document.querySelector('demo-factbox'); host.scrollIntoView({block: 'center'}); const t = host.shadowRoot.querySelector('acronym-tip'); t.shadowRoot.querySelector('[part=trigger]').focus(); });
await new Promise((r) => setTimeout(r, 300));
await page.screenshot({ path: '/tmp/at/demo-shadow.png' });
await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
await page.evaluate(() => { const s = document.querySelector('.scroller'); s.scrollIntoView({block: 'center'}); const t = s.querySelector('acronym-tip'); t.shadowRoot.querySelector('[part=trigger]').focus(); });
await new Promise((r) => setTimeout(r, 300));
await page.screenshot({ path: '/tmp/at/demo-dark-scroller.png' });
console.log(logs.join('\n'));
await browser.close();
