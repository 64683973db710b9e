/**
 * The demo's HTTP handler: its files, the inbox of codes, and the headers every answer
 * carries. It answers only requests addressed to itself on loopback (the `Host` header), so
 * a page elsewhere cannot reach it through a DNS name that points at 127.0.0.1, and its page
 * cannot be framed, given a `<base>` or post its forms anywhere else.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

/** A file the demo serves: its type, its body and, for the page, its Content-Security-Policy. */
export type DemoFile = readonly [type: string, body: string, csp?: string];

export interface DemoRoutes {
  readonly files: Readonly<Record<string, DemoFile>>;
  /** The codes the local pool sent, for `/inbox.json`. */
  readonly inbox: () => Promise<unknown>;
  /** The port the demo listens on: the only one its `Host` may name. */
  readonly port: number;
}

/** What the page's policy adds to its own: no framing, no `<base>`, forms to itself only. */
export const PAGE_POLICY = "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** The hosts the demo answers to: loopback by number or by name, on its port. */
function addressedToUs(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host ?? '';
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(host.toLowerCase());
}

function send(response: ServerResponse, status: number, type: string, body: string, csp?: string): void {
  response.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(csp ? { 'Content-Security-Policy': `${csp}; ${PAGE_POLICY}` } : {}),
  });
  response.end(body);
}

export function demoHandler(routes: DemoRoutes): RequestListener {
  return (request, response) => {
    if (!addressedToUs(request, routes.port)) {
      send(response, 421, 'text/plain', 'Misdirected request');
      return;
    }
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = routes.files[path];
    if (file) {
      send(response, file[1] === '' ? 204 : 200, file[0], file[1], file[2]);
    } else if (path === '/inbox.json') {
      routes.inbox().then(
        (list) => {
          send(response, 200, 'application/json', JSON.stringify(list));
        },
        () => {
          send(response, 500, 'application/json', '[]');
        },
      );
    } else {
      send(response, 404, 'text/plain', 'Not found');
    }
  };
}
