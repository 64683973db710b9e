/** The session flow: restore at the start, refresh, end and sign-out. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../../src/core/config.ts';
import { transition } from '../../../src/core/machine.ts';
import { initialState } from '../../../src/core/state.ts';
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
