/** The demo server: it answers only to its own loopback address, with the headers that keep its page to itself. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoHandler } from '../../demo/handler.ts';

let server: Server;
let port = 0;

/** A GET of `path` with the `Host` header given (a browser sends the name it resolved). */
function get(path: string, host: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const sent = httpRequest({ host: '127.0.0.1', port, path, headers: { Host: host } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

describe('the demo server', () => {
  before(async () => {
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    server.on(
      'request',
      demoHandler({
        files: { '/': ['text/html', '<!doctype html><title>Demo</title>', "default-src 'self'"] },
        inbox: () => Promise.resolve([{ username: 'demo', code: '123456' }]),
        port,
      }),
    );
  });
  after(() => {
    server.close();
  });

  it('serves its page on 127.0.0.1 and localhost, with a policy against framing, <base> and foreign forms', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const page = await get('/', host);
      assert.equal(page.status, 200, host);
      const policy = String(page.headers['content-security-policy']);
      for (const directive of ["default-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'"])
        assert.ok(policy.includes(directive), `${directive} in ${policy}`);
      assert.equal(page.headers['x-content-type-options'], 'nosniff');
    }
  });

  it('refuses a request for another host name, as a page using DNS rebinding sends, and does not show the codes', async () => {
    for (const host of [`attacker.example:${port}`, `127.0.0.1.nip.io:${port}`, '127.0.0.1', 'localhost']) {
      const inbox = await get('/inbox.json', host);
      assert.equal(inbox.status, 421, JSON.stringify(host));
      assert.ok(!inbox.body.includes('123456'));
    }
    assert.ok((await get('/inbox.json', `127.0.0.1:${port}`)).body.includes('123456'));
  });

  it('sends nosniff with every answer, a missing file too', async () => {
    const missing = await get('/nothing', `127.0.0.1:${port}`);
    assert.equal(missing.status, 404);
    assert.equal(missing.headers['x-content-type-options'], 'nosniff');
  });
});
