/**
 * The federation flow: a provider's button sends the page to the Cognito domain; a page back
 * from the browser's cache is usable again; a sign-in that finishes in place (a popup) goes
 * on as any sign-in; a failure is shown where the person pressed.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig, type AuthenticatorConfig } from '../../../src/core/config.ts';
import { federationFlow } from '../../../src/core/index.ts';
import { transition } from '../../../src/core/machine.ts';
import { done, onSignIn, onSignUp, run, session } from './support.ts';

const CONFIG: AuthenticatorConfig = {
  ...defaultConfig,
  providers: ['Google', 'Contoso'],
  flows: [federationFlow],
  verifyContacts: false,
};

describe('sign-in with a provider', () => {
  it('goes to the provider from sign-in or sign-up, busy while the page leaves', () => {
    for (const start of [onSignIn, onSignUp]) {
      const { state, effects } = run([{ type: 'signInWithProvider', provider: 'Contoso' }], start, CONFIG);
      assert.deepEqual(effects, [{ type: 'federatedSignIn', provider: 'Contoso' }]);
      assert.equal(state.pending, true);
    }
  });

  it('sends nothing for a provider the page does not offer, or without the flow', () => {
    assert.deepEqual(run([{ type: 'signInWithProvider', provider: 'Facebook' }], onSignIn, CONFIG).effects, []);
    const without = { ...CONFIG, flows: [] };
    assert.deepEqual(run([{ type: 'signInWithProvider', provider: 'Google' }], onSignIn, without).effects, []);
  });

  it('is usable again when the page comes back from the cache without signing in', () => {
    const leaving = run([{ type: 'signInWithProvider', provider: 'Google' }], onSignIn, CONFIG).state;
    const { state } = transition(leaving, done('federatedSignIn', { kind: 'returned' }), CONFIG);
    assert.deepEqual([state.route, state.pending, state.error], ['signIn', false, undefined]);
  });

  it('goes on as any sign-in when it finishes in place', () => {
    const leaving = run([{ type: 'signInWithProvider', provider: 'Google' }], onSignIn, CONFIG).state;
    const { state } = transition(leaving, done('federatedSignIn', { kind: 'signedIn', session }), CONFIG);
    assert.equal(state.route, 'authenticated');
  });

  it('shows a failure on the screen where the person pressed', () => {
    const leaving = run([{ type: 'signInWithProvider', provider: 'Google' }], onSignUp, CONFIG).state;
    const { state } = transition(
      leaving,
      { type: 'failed', call: 'federatedSignIn', error: { code: 'NetworkError', key: 'errors.network' } },
      CONFIG,
    );
    assert.deepEqual([state.route, state.pending, state.error?.key], ['signUp', false, 'errors.network']);
  });
});
