/**
 * Requests in a browser without `AbortSignal.any` (Safari before 17.4): they are sent, and
 * the caller's cancel and the time limit still end them.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { anySignal } from '../../src/cognito/signals.ts';
import { createFetchTransport } from '../../src/cognito/transport.ts';

/** A fetch that answers after `ms`, or rejects as fetch does when its signal aborts. */
function slowFetch(ms: number): typeof fetch {
  return (_url, init) =>
    new Promise((resolve, reject) => {
      const signal = init?.signal ?? undefined;
      const timer = setTimeout(() => resolve(new Response('{"Session":"S1"}', { status: 200 })), ms);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(signal.reason instanceof Error ? signal.reason : new DOMException('aborted', 'AbortError'));
      });
    });
}

const input = { AuthFlow: 'USER_PASSWORD_AUTH' as const, ClientId: 'app-client', AuthParameters: {} };

describe('without AbortSignal.any', () => {
  const any = Object.getOwnPropertyDescriptor(AbortSignal, 'any');
  before(() => {
    Reflect.deleteProperty(AbortSignal, 'any');
  });
  after(() => {
    if (any) Object.defineProperty(AbortSignal, 'any', any);
  });

  it('sends requests with a caller signal and reads their answers', async () => {
    assert.equal('any' in AbortSignal, false);
    const transport = createFetchTransport({ endpoint: 'https://cognito.test/', fetch: slowFetch(5) });
    const answer = await transport.send('InitiateAuth', input, new AbortController().signal);
    assert.equal(answer.Session, 'S1');
  });

  it('ends a request when the caller cancels it', async () => {
    const transport = createFetchTransport({ endpoint: 'https://cognito.test/', fetch: slowFetch(10_000) });
    const cancel = new AbortController();
    const sending = transport.send('InitiateAuth', input, cancel.signal);
    cancel.abort();
    await assert.rejects(sending, { code: 'AbortError' });
  });

  it('ends a request at its time limit, with a caller signal beside it', async () => {
    const transport = createFetchTransport({
      endpoint: 'https://cognito.test/',
      timeoutMs: 20,
      fetch: slowFetch(10_000),
    });
    await assert.rejects(transport.send('InitiateAuth', input, new AbortController().signal), {
      code: 'TimeoutError',
      key: 'errors.timeout',
    });
  });

  it('combines signals that have already aborted, with their reason', () => {
    const done = new AbortController();
    done.abort(new Error('first'));
    const combined = anySignal([new AbortController().signal, done.signal]);
    assert.equal(combined.aborted, true);
    assert.equal((combined.reason as Error).message, 'first');
  });
});
