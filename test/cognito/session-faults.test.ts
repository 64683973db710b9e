/**
 * The session manager where sessions used to come apart, on a fake clock: a refresh still
 * on the wire when the person signs out or another tab signs in, refreshes that keep
 * failing, another user's tokens, a storage that refuses to write, and a page that slept
 * past its timer.
 */
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import type { AuthenticationResultType } from '@aws-sdk/client-cognito-identity-provider';
import { cognitoError } from '../../src/cognito/errors.ts';
import { MAX_RETRY_REFRESH_MS, RETRY_REFRESH_MS } from '../../src/cognito/session-manager.ts';
import { createSessionStore, type KeyValueStorage } from '../../src/cognito/session-store.ts';
import {
  HOUR_MS,
  ID_CLAIMS,
  LEEWAY_MS,
  answer,
  jwt,
  memory,
  resetSessions,
  scripted,
  setUp,
  settle,
  storeTokens,
} from './session-support.ts';

/** A refresh that stays on the wire until the test answers it. */
function heldRefresh(): {
  answer: (result: AuthenticationResultType) => void;
  fail: (error: unknown) => void;
} {
  const held: {
    answer?: (result: AuthenticationResultType) => void;
    fail?: (error: unknown) => void;
  } = {};
  scripted.refreshAnswer = () =>
    new Promise((resolve, reject) => {
      held.answer = resolve;
      held.fail = reject;
    });
  return {
    answer: (result) => {
      held.answer?.(result);
    },
    fail: (error) => {
      held.fail?.(error);
    },
  };
}

describe('the session manager, where sessions used to come apart', () => {
  beforeEach(resetSessions);
  afterEach(() => {
    mock.restoreAll();
  });

  describe('a refresh still on the wire', () => {
    it('is dropped when the person signs out meanwhile: nothing is stored again, nothing scheduled, nobody told', async () => {
      const setup = setUp();
      setup.manager.keep(answer({ refreshToken: 'refresh-1' }));
      const refresh = heldRefresh();
      await setup.clock.advance(HOUR_MS - LEEWAY_MS);
      assert.deepEqual(setup.refreshes, ['refresh-1']);
      setup.manager.end();
      refresh.answer(answer());
      await settle();
      assert.equal(setup.store.load(), null);
      assert.equal(setup.storage.values.size, 0);
      assert.deepEqual(setup.clock.due(), []);
      assert.deepEqual(setup.changes, []);
    });

    it('does not overwrite the newer session another tab stored meanwhile, and follows that one', async () => {
      const setup = setUp();
      setup.manager.keep(answer({ refreshToken: 'refresh-1' }));
      const refresh = heldRefresh();
      await setup.clock.advance(HOUR_MS - LEEWAY_MS);
      const newer = storeTokens(setup, { expiresAt: setup.clock.time + HOUR_MS, refreshToken: 'refresh-other-tab' });
      refresh.answer(answer());
      await settle();
      assert.equal(setup.store.load()?.tokens.accessToken, newer.accessToken);
      assert.equal(setup.store.load()?.tokens.refreshToken, 'refresh-other-tab');
      const last = setup.changes.at(-1);
      assert.equal(last?.type === 'refreshed' && last.session.tokens.accessToken, newer.accessToken);
    });

    it("does not erase another tab's newer session when the pool refuses the old refresh token", async () => {
      const setup = setUp();
      setup.manager.keep(answer({ refreshToken: 'refresh-1' }));
      const refresh = heldRefresh();
      await setup.clock.advance(HOUR_MS - LEEWAY_MS);
      const newer = storeTokens(setup, { expiresAt: setup.clock.time + HOUR_MS, refreshToken: 'refresh-other-tab' });
      refresh.fail(cognitoError('NotAuthorizedException', 'Refresh Token has been revoked'));
      await settle();
      assert.equal(setup.store.load()?.tokens.accessToken, newer.accessToken);
      assert.equal(
        setup.changes.some((change) => change.type === 'ended'),
        false,
      );
    });

    it('stops for good when the manager is disposed (the element left the page): no retry, ever', async () => {
      const setup = setUp();
      setup.manager.keep(answer({ refreshToken: 'refresh-1' }));
      const refresh = heldRefresh();
      await setup.clock.advance(HOUR_MS - LEEWAY_MS);
      setup.manager.dispose();
      refresh.fail(cognitoError('AbortError'));
      await setup.clock.advance(24 * HOUR_MS);
      assert.deepEqual(setup.refreshes, ['refresh-1']);
      assert.deepEqual(setup.clock.due(), []);
    });
  });

  describe('a refresh that keeps failing', () => {
    it('is tried again further and further apart, up to a cap, and the expiry of the tokens is reported once', async () => {
      const setup = setUp();
      setup.manager.keep(answer({ refreshToken: 'refresh-1' }));
      scripted.refreshAnswer = () => Promise.reject(cognitoError('NetworkError'));
      await setup.clock.advance(HOUR_MS - LEEWAY_MS);
      const waits: number[] = [];
      for (let attempt = 0; attempt < 7; attempt += 1) {
        const [wait = -1] = setup.clock.due();
        waits.push(wait);
        await setup.clock.advance(wait);
      }
      assert.deepEqual(waits, [
        RETRY_REFRESH_MS,
        2 * RETRY_REFRESH_MS,
        4 * RETRY_REFRESH_MS,
        8 * RETRY_REFRESH_MS,
        16 * RETRY_REFRESH_MS,
        MAX_RETRY_REFRESH_MS,
        MAX_RETRY_REFRESH_MS,
      ]);
      const expired = setup.changes.filter((change) => change.type === 'expired');
      assert.equal(expired.length, 1);
      assert.equal(expired[0]?.type === 'expired' && expired[0].error.key, 'errors.network');
      // The tokens stay: once the network is back, the next try signs nobody out.
      scripted.refreshAnswer = () => Promise.resolve(answer());
      await setup.clock.advance(MAX_RETRY_REFRESH_MS);
      assert.equal(setup.changes.at(-1)?.type, 'refreshed');
      assert.deepEqual(setup.clock.due(), [HOUR_MS - LEEWAY_MS]);
    });

    it('ends the session when the refresh token was rotated out (RefreshTokenReuseException)', async () => {
      const setup = setUp();
      setup.manager.keep(answer({ refreshToken: 'refresh-1' }));
      scripted.refreshAnswer = () => Promise.reject(cognitoError('RefreshTokenReuseException', 'Refresh token reused'));
      await setup.clock.advance(HOUR_MS - LEEWAY_MS);
      assert.deepEqual(setup.changes, [{ type: 'ended' }]);
      assert.equal(setup.store.load(), null);
    });
  });

  describe('another user', () => {
    it("ends the first user's session and starts the second's when another tab signs in as someone else", () => {
      const setup = setUp();
      setup.manager.keep(answer({ refreshToken: 'refresh-1' }));
      const john = answer({ refreshToken: 'refresh-john', sub: 'sub-john' });
      setup.store.save({
        idToken: john.IdToken ?? '',
        accessToken: john.AccessToken ?? '',
        expiresAt: setup.clock.time + HOUR_MS,
      });
      setup.window.storage(setup.store.key);
      assert.deepEqual(
        setup.changes.map((change) => (change.type === 'refreshed' ? change.session.user.userId : change.type)),
        ['ended', 'sub-john'],
      );
    });

    it("refuses a refresh that answers with another user's tokens: the session ends", async () => {
      const setup = setUp();
      setup.manager.keep(answer({ refreshToken: 'refresh-1' }));
      mock.method(console, 'error', () => undefined);
      scripted.refreshAnswer = () => Promise.resolve(answer({ sub: 'sub-john' }));
      await setup.clock.advance(HOUR_MS - LEEWAY_MS);
      assert.deepEqual(setup.changes, [{ type: 'ended' }]);
      assert.equal(setup.store.load(), null);
    });
  });

  it('keeps a session in memory when the storage refuses to write it, and says so in the console', () => {
    const refusing: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const warn = mock.method(console, 'warn', () => undefined);
    const setup = setUp({ storage: Object.assign(memory(), refusing) });
    const session = setup.manager.keep(answer({ refreshToken: 'refresh-1' }));
    assert.equal(setup.manager.current()?.tokens.accessToken, session.tokens.accessToken);
    assert.equal(warn.mock.callCount(), 1);
    assert.match(String(warn.mock.calls[0]?.arguments[0]), /kept in memory/u);
  });

  describe('freshness', () => {
    it('refreshes at once when the page wakes up after sleeping past its timer (the timer fires late)', async () => {
      const setup = setUp();
      setup.manager.keep(answer({ refreshToken: 'refresh-1' }));
      // The tab was frozen: two hours pass without its timer firing.
      setup.clock.time += 2 * HOUR_MS;
      setup.window.wake();
      await setup.clock.advance(0);
      assert.deepEqual(setup.refreshes, ['refresh-1']);
      assert.equal(setup.changes.at(-1)?.type, 'refreshed');
    });

    it('gives tokens good for a call: refreshed first when due, as they are when not', async () => {
      const setup = setUp();
      const first = setup.manager.keep(answer({ refreshToken: 'refresh-1' }));
      assert.equal((await setup.manager.fresh())?.tokens.accessToken, first.tokens.accessToken);
      assert.deepEqual(setup.refreshes, []);
      setup.clock.time += HOUR_MS;
      const fresh = await setup.manager.fresh();
      assert.deepEqual(setup.refreshes, ['refresh-1']);
      assert.notEqual(fresh?.tokens.accessToken, first.tokens.accessToken);
      assert.ok((fresh?.tokens.expiresAt ?? 0) > setup.clock.time);
    });

    it('rejects when the tokens have expired and cannot be refreshed now, keeping the session', async () => {
      const setup = setUp();
      setup.manager.keep(answer({ refreshToken: 'refresh-1' }));
      setup.clock.time += HOUR_MS;
      scripted.refreshAnswer = () => Promise.reject(cognitoError('NetworkError'));
      await assert.rejects(setup.manager.fresh(), { code: 'NetworkError' });
      assert.notEqual(setup.store.load(), null);
    });

    it('answers null once another tab signed out, even when its storage event was missed', async () => {
      const setup = setUp();
      setup.manager.keep(answer({ refreshToken: 'refresh-1' }));
      setup.storage.values.clear();
      assert.equal(await setup.manager.fresh(), null);
      assert.deepEqual(setup.changes, [{ type: 'ended' }]);
    });
  });
});

describe('the session store', () => {
  const owner = { userPoolId: 'eu-west-1_Test', clientId: 'client' };
  const tokens = (claims: Record<string, unknown>): { idToken: string; accessToken: string; expiresAt: number } => ({
    idToken: jwt({ 'cognito:username': 'jane', sub: 'sub-jane', ...claims }),
    accessToken: 'access',
    expiresAt: Date.now() + HOUR_MS,
  });

  it('refuses an ID token of another app client, another pool or not an ID token, and keeps nothing', () => {
    mock.method(console, 'error', () => undefined);
    const storage = memory();
    const store = createSessionStore(storage, owner);
    for (const claims of [
      { ...ID_CLAIMS, aud: 'other-client' },
      { ...ID_CLAIMS, iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Other' },
      { ...ID_CLAIMS, token_use: 'access' },
    ]) {
      assert.throws(() => store.save(tokens(claims)), { code: 'InvalidResponse' });
    }
    assert.equal(storage.values.size, 0);
    mock.restoreAll();
  });

  it('names the issuer exactly when it is known (Cognito itself)', () => {
    mock.method(console, 'error', () => undefined);
    const store = createSessionStore(memory(), {
      ...owner,
      issuer: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Test',
    });
    assert.equal(store.save(tokens(ID_CLAIMS)).user.username, 'jane');
    assert.throws(() => store.save(tokens({ ...ID_CLAIMS, iss: 'https://evil.example/eu-west-1_Test' })), {
      code: 'InvalidResponse',
    });
    mock.restoreAll();
  });

  it('binds a stored session to the endpoint it came from', () => {
    const storage = memory();
    const emulator = createSessionStore(storage, { ...owner, endpoint: 'http://127.0.0.1:9229/' });
    emulator.save(tokens(ID_CLAIMS));
    assert.notEqual(emulator.load(), null);
    assert.equal(createSessionStore(storage, owner).load(), null);
    assert.equal(storage.values.size, 0);
  });
});
