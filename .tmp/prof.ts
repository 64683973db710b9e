import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
const js = readFileSync('dist/cdn/cognito-authenticator.js', 'utf8');
const server = createServer((req, res) => {
  if (req.url === '/e.js') { res.writeHead(200, { 'content-type': 'text/javascript' }).end(js); return; }
  res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html lang="en"><head><script type="module" src="/e.js"></script></head><body><cognito-authenticator user-pool-id="eu-west-1_AbC123xyz" client-id="1example23456789" endpoint="http://127.0.0.1:9/"></cognito-authenticator></body></html>');
}).listen(8766, '127.0.0.1');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
for (let i = 0; i < 5; i++) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.addInitScript({ content: `window.t = {}; customElements.whenDefined('cognito-authenticator').then(() => t.defined = performance.now());
    new MutationObserver(() => { const s = document.querySelector('[data-screen]')?.getAttribute('data-screen'); if (s && !t[s]) t[s] = performance.now(); }).observe(document, { subtree: true, childList: true, attributes: true });
    addEventListener('DOMContentLoaded', () => t.dcl = performance.now());` });
  await page.goto('http://127.0.0.1:8766/');
  await page.waitForTimeout(600);
  console.log(await page.evaluate(() => JSON.stringify({ ...(window as any).t, resp: performance.getEntriesByType('resource').map((e: any) => [e.name.slice(-5), Math.round(e.startTime), Math.round(e.responseEnd)]), nav: Math.round((performance.getEntriesByType('navigation')[0] as any).responseEnd), fp: performance.getEntriesByType('paint').map((p) => [p.name, Math.round(p.startTime)]) })));
  await ctx.close();
}
await browser.close(); server.close();
