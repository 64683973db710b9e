/**
 * The session manager on a fake clock: restore, the refresh timer, its retry, the end of a
 * session the pool refuses, other tabs followed through `storage` events, and dispose.
 */
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cognitoError } from '../../src/cognito/errors.ts';
import { MIN_REFRESH_INTERVAL_MS, RETRY_REFRESH_MS } from '../../src/cognito/session-manager.ts';
import type { AuthTokens } from '../../src/core/types.ts';
import { HOUR_MS, LEEWAY_MS, answer, resetSessions, scripted, setUp, settle, storeTokens } from './session-support.ts';

describe('the session manager', () => {
  beforeEach(resetSessions);

  describe('restoring', () => {
    it('gives back a fresh stored session without asking the pool, and refreshes it leeway before expiry', async () => {
      const setup = setUp();
      const tokens = storeTokens(setup, { expiresAt: setup.clock.time + HOUR_MS });
      const restored = await setup.manager.restore();
      assert.equal(restored?.tokens.accessToken, tokens.accessToken);
      assert.equal(restored.user.username, 'jane');
      assert.deepEqual(setup.refreshes, []);
      assert.deepEqual(setup.clock.due(), [HOUR_MS - LEEWAY_MS]);
    });

    it('refreshes a stored session that expires within the leeway, keeping its refresh token', async () => {
      const setup = setUp();
      const tokens = storeTokens(setup, { expiresAt: setup.clock.time + LEEWAY_MS - 1 });
      const restored = await setup.manager.restore();
      assert.deepEqual(setup.refreshes, ['refresh-1']);
      assert.notEqual(restored?.tokens.accessToken, tokens.accessToken);
      assert.equal(restored?.tokens.refreshToken, 'refresh-1');
      assert.equal(restored.tokens.expiresAt, setup.clock.time + HOUR_MS);
      assert.equal(setup.store.load()?.tokens.accessToken, restored.tokens.accessToken);
      // Nobody is told: the caller has the session.
      assert.deepEqual(setup.changes, []);
    });

    it('answers null when nothing is stored', async () => {
      const setup = setUp();
      assert.equal(await setup.manager.restore(), null);
      assert.deepEqual(setup.refreshes, []);
      assert.deepEqual(setup.clock.due(), []);
    });

    it('forgets an expiring session the pool refuses, and one that cannot be refreshed', async () => {
      const refused = setUp();
      scripted.refreshAnswer = () =>
        Promise.reject(cognitoError('NotAuthorizedException', 'Refresh Token has been revoked'));
      storeTokens(refused, { expiresAt: refused.clock.time - 1 });
      assert.equal(await refused.manager.restore(), null);
      assert.equal(refused.store.load(), null);

      const withoutRefreshToken = setUp();
      storeTokens(withoutRefreshToken, { expiresAt: withoutRefreshToken.clock.time - 1, refreshToken: undefined });
      assert.equal(await withoutRefreshToken.manager.restore(), null);
      assert.equal(withoutRefreshToken.store.load(), null);
      assert.deepEqual(withoutRefreshToken.refreshes, []);
    });

    it('keeps an expiring session it could not refresh (offline), and says why', async () => {
      const setup = setUp();
      scripted.refreshAnswer = () => Promise.reject(cognitoError('NetworkError'));
      storeTokens(setup, { expiresAt: setup.clock.time - 1 });
      await assert.rejects(setup.manager.restore(), { code: 'NetworkError', key: 'errors.network' });
      assert.notEqual(setup.store.load(), null);
    });
  });

  describe('refreshing by itself', () => {
    it('refreshes leeway before the access token expires, and says so', async () => {
      const setup = setUp();
      const session = setup.manager.keep(answer({ refreshToken: 'refresh-1' }));
      await setup.clock.advance(HOUR_MS - LEEWAY_MS - 1);
      assert.deepEqual(setup.refreshes, []);
      await setup.clock.advance(1);
      assert.deepEqual(setup.refreshes, ['refresh-1']);
      const [change] = setup.changes;
      assert.equal(change?.type, 'refreshed');
      assert.notEqual(change.session.tokens.accessToken, session.tokens.accessToken);
      assert.equal(setup.store.load()?.tokens.accessToken, change.session.tokens.accessToken);
      // And again, leeway before the new tokens expire.
      assert.deepEqual(setup.clock.due(), [HOUR_MS - LEEWAY_MS]);
    });

    it('waits at least the minimum interval between refreshes, however short-lived the tokens', async () => {
      const setup = setUp();
      scripted.refreshAnswer = () => Promise.resolve(answer({ expiresIn: 10 }));
      setup.manager.keep(answer({ refreshToken: 'refresh-1', expiresIn: 10 }));
      assert.deepEqual(setup.clock.due(), [0]);
      await setup.clock.advance(0);
      assert.deepEqual(setup.refreshes, ['refresh-1']);
      assert.deepEqual(setup.clock.due(), [MIN_REFRESH_INTERVAL_MS]);
    });

    it('does not schedule a refresh without a refresh token', () => {
      const setup = setUp();
      setup.manager.keep(answer());
      assert.deepEqual(setup.clock.due(), []);
    });

    it('tries a failed refresh again later, keeping the tokens meanwhile', async () => {
      const setup = setUp();
      const session = setup.manager.keep(answer({ refreshToken: 'refresh-1' }));
      scripted.refreshAnswer = () => Promise.reject(cognitoError('NetworkError'));
      await setup.clock.advance(HOUR_MS - LEEWAY_MS);
      assert.deepEqual(setup.refreshes, ['refresh-1']);
      assert.equal(setup.changes.length, 0);
      assert.equal(setup.store.load()?.tokens.accessToken, session.tokens.accessToken);
      assert.deepEqual(setup.clock.due(), [RETRY_REFRESH_MS]);
      scripted.refreshAnswer = () => Promise.resolve(answer());
      await setup.clock.advance(RETRY_REFRESH_MS);
      assert.deepEqual(setup.refreshes, ['refresh-1', 'refresh-1']);
      assert.deepEqual(
        setup.changes.map((change) => change.type),
        ['refreshed'],
      );
    });

    it('ends the session when the pool refuses the refresh token', async () => {
      const setup = setUp();
      setup.manager.keep(answer({ refreshToken: 'refresh-1' }));
      scripted.refreshAnswer = () =>
        Promise.reject(cognitoError('NotAuthorizedException', 'Refresh Token has been revoked'));
      await setup.clock.advance(HOUR_MS - LEEWAY_MS);
      assert.deepEqual(setup.changes, [{ type: 'ended' }]);
      assert.equal(setup.store.load(), null);
      assert.deepEqual(setup.clock.due(), []);
    });

    it('refreshes under a lock named after the session, one tab at a time', async () => {
      const names: string[] = [];
      scripted.locks = {
        request: (name, callback) => {
          names.push(name);
          return callback();
        },
      };
      const setup = setUp();
      setup.manager.keep(answer({ refreshToken: 'refresh-1' }));
      await setup.clock.advance(HOUR_MS - LEEWAY_MS);
      assert.deepEqual(names, [`${setup.store.key}.refresh`]);
      assert.deepEqual(setup.refreshes, ['refresh-1']);
    });

    it('takes the newer tokens another tab stored while this one waited for the lock, instead of refreshing again', async () => {
      /** What another tab does while this one waits for the lock. */
      const otherTab = { meanwhile: (): void => undefined };
      scripted.locks = {
        request: (_name, callback) => {
          otherTab.meanwhile();
          return callback();
        },
      };
      const setup = setUp();
      const session = setup.manager.keep(answer({ refreshToken: 'refresh-1' }));
      let newer: AuthTokens | undefined;
      otherTab.meanwhile = () => {
        newer = storeTokens(setup, { expiresAt: session.tokens.expiresAt + HOUR_MS });
      };
      await setup.clock.advance(HOUR_MS - LEEWAY_MS);
      assert.deepEqual(setup.refreshes, []);
      assert.equal(
        setup.changes[0]?.type === 'refreshed' && setup.changes[0].session.tokens.accessToken,
        newer?.accessToken,
      );
      // Its refresh is due leeway before its own expiry, an hour after this one's.
      assert.deepEqual(setup.clock.due(), [HOUR_MS]);
    });
  });

  describe('other tabs', () => {
    it("follows another tab's sign-in or refresh, and schedules the refresh of its tokens", async () => {
      const setup = setUp();
      const tokens = storeTokens(setup, { expiresAt: setup.clock.time + HOUR_MS });
      setup.window.storage(setup.store.key);
      assert.equal(setup.changes.length, 1);
      const [change] = setup.changes;
      assert.equal(change?.type === 'refreshed' && change.session.tokens.accessToken, tokens.accessToken);
      assert.deepEqual(setup.clock.due(), [HOUR_MS - LEEWAY_MS]);
      await setup.clock.advance(HOUR_MS - LEEWAY_MS);
      assert.deepEqual(setup.refreshes, ['refresh-1']);
    });

    it("leaves the refresh of another tab's tokens to that tab for the minimum interval, even when they are due", () => {
      const setup = setUp();
      storeTokens(setup, { expiresAt: setup.clock.time + LEEWAY_MS });
      setup.window.storage(setup.store.key);
      assert.deepEqual(setup.clock.due(), [MIN_REFRESH_INTERVAL_MS]);
    });

    it("follows another tab's sign-out, and refreshes no more", async () => {
      const setup = setUp();
      setup.manager.keep(answer({ refreshToken: 'refresh-1' }));
      setup.storage.values.clear();
      setup.window.storage(setup.store.key);
      assert.deepEqual(setup.changes, [{ type: 'ended' }]);
      await setup.clock.advance(2 * HOUR_MS);
      assert.deepEqual(setup.refreshes, []);
    });

    it('follows a storage cleared altogether, and ignores changes to other keys', () => {
      const setup = setUp();
      setup.manager.keep(answer({ refreshToken: 'refresh-1' }));
      setup.window.storage('something-else');
      assert.deepEqual(setup.changes, []);
      setup.storage.values.clear();
      setup.window.storage(null);
      assert.deepEqual(setup.changes, [{ type: 'ended' }]);
    });

    it('does not listen when the storage is not shared with other tabs', () => {
      const setup = setUp({ followOtherTabs: false });
      assert.equal(setup.window.listeners.size, 0);
    });
  });

  it('forgets the session here on end, and gives it back for revoking', async () => {
    const setup = setUp();
    const session = setup.manager.keep(answer({ refreshToken: 'refresh-1' }));
    assert.equal(setup.manager.end()?.tokens.accessToken, session.tokens.accessToken);
    assert.equal(setup.store.load(), null);
    assert.equal(setup.manager.end(), null);
    await setup.clock.advance(2 * HOUR_MS);
    assert.deepEqual(setup.refreshes, []);
    assert.deepEqual(setup.changes, []);
  });

  it('stops the timer and the listeners on dispose', async () => {
    const setup = setUp();
    setup.manager.keep(answer({ refreshToken: 'refresh-1' }));
    setup.manager.dispose();
    assert.deepEqual(setup.clock.due(), []);
    assert.equal(setup.window.listeners.size, 0);
    await setup.clock.advance(2 * HOUR_MS);
    assert.deepEqual(setup.refreshes, []);
    assert.deepEqual(setup.changes, []);
  });

  it('schedules nothing once disposed, even when a refresh in flight fails afterwards', async () => {
    const setup = setUp();
    setup.manager.keep(answer({ refreshToken: 'refresh-1' }));
    let fail: (error: unknown) => void = () => undefined;
    scripted.refreshAnswer = () =>
      new Promise((_resolve, reject) => {
        fail = reject;
      });
    await setup.clock.advance(HOUR_MS - LEEWAY_MS);
    assert.deepEqual(setup.refreshes, ['refresh-1']);
    setup.manager.dispose();
    fail(cognitoError('AbortError'));
    await settle();
    assert.deepEqual(setup.clock.due(), []);
  });
});
