/** The session flow: restore at the start, refresh, end and sign-out. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../../src/core/config.ts';
import { transition } from '../../../src/core/machine.ts';
import { initialState } from '../../../src/core/state.ts';
import type { MachineState } from '../../../src/core/state.ts';
import { done, on, onSignIn, run, session } from './support.ts';

describe('start and restore', () => {
  it('shows setup while the stored session is restored', () => {
    const { state, effects } = run([{ type: 'start' }]);
    assert.equal(state.route, 'setup');
    assert.deepEqual(effects, [{ type: 'restoreSession' }]);
  });

  it('goes straight to the app when a session was stored', () => {
    const { state } = run([{ type: 'start' }, done('restoreSession', session)]);
    assert.equal(state.route, 'authenticated');
    assert.equal(state.session, session);
  });

  it('shows sign-in, or sign-up when configured first, without a session', () => {
    assert.equal(onSignIn.route, 'signIn');
    const config = { ...defaultConfig, initialRoute: 'signUp' as const };
    assert.equal(run([{ type: 'start' }, done('restoreSession', null)], initialState, config).state.route, 'signUp');
  });

  it('shows sign-in with the reason when the stored session could not be checked', () => {
    const { state } = run([
      { type: 'start' },
      { type: 'failed', call: 'restoreSession', error: { code: 'NetworkError', key: 'errors.network' } },
    ]);
    assert.equal(state.route, 'signIn');
    assert.equal(state.error?.key, 'errors.network');
  });
});

describe('signed in', () => {
  const signedIn = run([{ type: 'start' }, done('restoreSession', session)]).state;

  it('signs out locally or globally', () => {
    assert.deepEqual(transition(signedIn, { type: 'signOut' }).effects, [{ type: 'signOut', global: false }]);
    const global = transition(signedIn, { type: 'signOut', global: true });
    assert.deepEqual(global.effects, [{ type: 'signOut', global: true }]);
    const { state } = transition(global.state, done('signOut', {}));
    assert.equal(state.route, 'signIn');
    assert.equal('session' in state, false);
  });

  it('keeps the refreshed tokens', () => {
    const fresh = { ...session, tokens: { ...session.tokens, accessToken: 'new' } };
    assert.equal(
      on(transition(signedIn, { type: 'sessionRefreshed', session: fresh }).state, 'authenticated').session,
      fresh,
    );
  });

  it('follows a sign-in made in another tab, unless busy with its own step', () => {
    assert.equal(transition(onSignIn, { type: 'sessionRefreshed', session }).state.route, 'authenticated');
    const busyHere = transition(onSignIn, { type: 'submitSignIn', username: 'jane', password: 'x' }).state;
    assert.equal(transition(busyHere, { type: 'sessionRefreshed', session }).state.route, 'signIn');
  });

  it('returns to sign-in when the session ends', () => {
    assert.equal(transition(signedIn, { type: 'sessionEnded' }).state.route, 'signIn');
  });
});

describe('signed in, before the app: checking contacts', () => {
  const checking = run(
    [{ type: 'submitSignIn', username: 'jane', password: 'x' }, done('signIn', { kind: 'signedIn', session })],
    onSignIn,
  ).state;
  const onVerify = transition(
    checking,
    done('unverifiedContacts', [{ name: 'email', value: 'jane@example.com' }]),
  ).state;
  const onCode = transition(
    transition(onVerify, { type: 'submitVerifyUser', attribute: 'email' }).state,
    done('sendAttributeCode', undefined),
  ).state;

  for (const [name, state] of [
    ['verifyUser', onVerify],
    ['confirmVerifyUser', onCode],
  ] as const) {
    it(`signs out from ${name}, whose tokens are already stored`, () => {
      assert.equal(state.route, name);
      const { state: out, effects } = transition(state, { type: 'signOut' });
      assert.deepEqual(effects, [{ type: 'signOut', global: false }]);
      assert.equal(transition(out, done('signOut', {})).state.route, 'signIn');
    });

    it(`follows a sign-out in another tab from ${name}`, () => {
      const ended = transition(state, { type: 'sessionEnded' }).state;
      assert.equal(ended.route, 'signIn');
      assert.equal('session' in ended, false);
    });
  }
});

describe('whose session it is', () => {
  const signedIn = run([{ type: 'start' }, done('restoreSession', session)]).state;
  const someoneElse = {
    user: { username: 'june', userId: 'sub-2', attributes: {} },
    tokens: { ...session.tokens, accessToken: 'june-access' },
  };

  it("never swaps in another user's tokens under the signed-in person: their session ends", () => {
    const { state } = transition(signedIn, { type: 'sessionRefreshed', session: someoneElse });
    assert.equal(state.route, 'signIn');
    assert.equal('session' in state, false);
  });

  it("then takes the other user's session as a new sign-in", () => {
    const out = transition(signedIn, { type: 'sessionRefreshed', session: someoneElse }).state;
    const next = on(transition(out, { type: 'sessionRefreshed', session: someoneElse }).state, 'authenticated');
    assert.equal(next.session.user.userId, 'sub-2');
  });
});

describe('signing out everywhere, when it fails', () => {
  const signedIn = run([{ type: 'start' }, done('restoreSession', session)]).state;
  const signingOut = transition(signedIn, { type: 'signOut', global: true }).state;

  it('signs out here and says on the sign-in screen that the other devices were not signed out', () => {
    const failure = { code: 'NotAuthorizedException', key: 'errors.notAuthorized' };
    const { state } = transition(signingOut, done('signOut', { globalFailure: failure }));
    assert.equal(state.route, 'signIn');
    assert.equal('session' in state, false);
    assert.deepEqual(state.error, { code: 'NotAuthorizedException', key: 'errors.globalSignOut' });
  });

  it('says nothing when it worked', () => {
    const { state } = transition(signingOut, done('signOut', {}));
    assert.equal((state as MachineState).error, undefined);
  });
});

describe('tokens that can no longer be refreshed', () => {
  const signedIn = run([{ type: 'start' }, done('restoreSession', session)]).state;

  it('keeps the app open and shows why, until a refresh works', () => {
    const error = { code: 'NetworkError', key: 'errors.network' };
    const expired = transition(signedIn, { type: 'sessionExpired', error }).state;
    assert.equal(expired.route, 'authenticated');
    assert.deepEqual(expired.error, error);
    const refreshed = transition(expired, { type: 'sessionRefreshed', session }).state;
    assert.equal(refreshed.error, undefined);
  });
});
