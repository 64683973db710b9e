/**
 * Requests in a browser without `AbortSignal.any` (Safari before 17.4): they are sent, and
 * the caller's cancel and the time limit still end them. The signals are combined the same
 * way where `AbortSignal.any` exists, and let go of once the request is over.
 */
import { getEventListeners } from 'node:events';
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
    const { signal } = anySignal([new AbortController().signal, done.signal]);
    assert.equal(signal.aborted, true);
    assert.equal((signal.reason as Error).message, 'first');
  });

  for (const which of [0, 1] as const) {
    it(`aborts the combined signal when the ${which === 0 ? 'first' : 'second'} signal aborts, with its reason, and lets go of both`, () => {
      const inputs = [new AbortController(), new AbortController()] as const;
      const { signal } = anySignal(inputs.map((input) => input.signal));
      assert.equal(signal.aborted, false);
      for (const input of inputs) assert.equal(getEventListeners(input.signal, 'abort').length, 1);
      inputs[which].abort(new Error(`reason ${String(which)}`));
      assert.equal(signal.aborted, true);
      assert.equal((signal.reason as Error).message, `reason ${String(which)}`);
      for (const input of inputs) assert.equal(getEventListeners(input.signal, 'abort').length, 0);
    });
  }

  it("leaves no listener on the caller's signal after requests that were answered", async () => {
    const transport = createFetchTransport({ endpoint: 'https://cognito.test/', fetch: slowFetch(1) });
    const caller = new AbortController();
    for (let i = 0; i < 3; i += 1) await transport.send('InitiateAuth', input, caller.signal);
    assert.equal(getEventListeners(caller.signal, 'abort').length, 0);
  });

  it('leaves no listener after a release, and aborts no more', () => {
    const caller = new AbortController();
    const timeout = new AbortController();
    const { signal, release } = anySignal([caller.signal, timeout.signal]);
    release();
    assert.equal(getEventListeners(caller.signal, 'abort').length, 0);
    assert.equal(getEventListeners(timeout.signal, 'abort').length, 0);
    caller.abort();
    assert.equal(signal.aborted, false);
  });
});

describe('where AbortSignal.any exists', () => {
  const any = Object.getOwnPropertyDescriptor(AbortSignal, 'any');
  let calls = 0;
  before(() => {
    Object.defineProperty(AbortSignal, 'any', {
      configurable: true,
      writable: true,
      value: () => {
        calls += 1;
        throw new Error('AbortSignal.any was used');
      },
    });
  });
  after(() => {
    if (any) Object.defineProperty(AbortSignal, 'any', any);
  });

  it('combines the signals with listeners all the same, and a cancel still ends the request', async () => {
    const transport = createFetchTransport({ endpoint: 'https://cognito.test/', fetch: slowFetch(10_000) });
    const cancel = new AbortController();
    const sending = transport.send('InitiateAuth', input, cancel.signal);
    cancel.abort();
    await assert.rejects(sending, { code: 'AbortError' });
    assert.equal(calls, 0);
  });
});
