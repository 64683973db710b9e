import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
const js = readFileSync('dist/cdn/cognito-authenticator.js', 'utf8');
const server = createServer((req, res) => {
  if (req.url === '/e.js') { res.writeHead(200, { 'content-type': 'text/javascript' }).end(js); return; }
  res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html lang="en"><body><cognito-authenticator user-pool-id="eu-west-1_AbC123xyz" client-id="1example23456789" endpoint="http://127.0.0.1:9/"></cognito-authenticator><script type="module" src="/e.js"></script></body></html>');
}).listen(8765, '127.0.0.1');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
page.on('console', (m) => console.log('console', m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto('http://127.0.0.1:8765/');
await page.waitForTimeout(2000);
console.log(await page.evaluate(() => document.querySelector('cognito-authenticator')?.innerHTML.slice(0, 1500)));
console.log(await page.evaluate(() => [...document.querySelectorAll('input')].map((i) => i.name + ':' + i.checkVisibility())));
await browser.close(); server.close();
