import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createAuthenticator } from '../../src/core/authenticator.ts';
import { AuthError, type AuthClient, type AuthSession, type SessionChange } from '../../src/core/types.ts';

const session: AuthSession = {
  user: { username: 'jane', userId: 'sub-1', attributes: {} },
  tokens: { idToken: 'id', accessToken: 'access', expiresAt: Date.now() + 3_600_000 },
};

/** A client whose every call is answered by the test. */
function fakeClient(
  overrides: Partial<AuthClient> = {},
): AuthClient & { calls: string[]; emit(change: SessionChange): void } {
  const calls: string[] = [];
  let listener: ((change: SessionChange) => void) | undefined;
  const record = <T>(name: string, value: T) => {
    calls.push(name);
    return Promise.resolve(value);
  };
  return {
    calls,
    emit: (change) => listener?.(change),
    restoreSession: () => record('restoreSession', null),
    signIn: () => record('signIn', { kind: 'signedIn' as const, session }),
    signUp: () => record('signUp', { confirmed: false, userId: 'sub-1' }),
    confirmSignUp: () => record('confirmSignUp', false),
    signInAfterConfirmation: () => record('signInAfterConfirmation', { kind: 'signedIn' as const, session }),
    resendSignUpCode: () => record('resendSignUpCode', undefined),
    signOut: () => record('signOut', undefined),
    respondToChallenge: () => record('respondToChallenge', { kind: 'signedIn' as const, session }),
    forgotPassword: () => record('forgotPassword', undefined),
    confirmForgotPassword: () => record('confirmForgotPassword', undefined),
    setUpTotp: () => record('setUpTotp', 'JBSWY3DPEHPK3PXP'),
    verifyTotp: () => record('verifyTotp', { kind: 'signedIn' as const, session }),
    unverifiedContacts: () => record('unverifiedContacts', []),
    sendAttributeCode: () => record('sendAttributeCode', undefined),
    verifyAttribute: () => record('verifyAttribute', undefined),
    onSessionChange: (next) => {
      listener = next;
      return () => (listener = undefined);
    },
    ...overrides,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the authenticator', () => {
  it('restores, signs in through the client and tells subscribers each step', async () => {
    const client = fakeClient();
    const authenticator = createAuthenticator({ client });
    const routes: string[] = [];
    authenticator.subscribe((state) => routes.push(`${state.route}${state.pending ? '…' : ''}`));
    authenticator.start();
    await settle();
    authenticator.send({ type: 'submitSignIn', username: 'jane', password: 'pw' });
    await settle();
    assert.deepEqual(client.calls, ['restoreSession', 'signIn', 'unverifiedContacts']);
    assert.deepEqual(routes, ['setup…', 'signIn', 'signIn…', 'signIn…', 'authenticated']);
    assert.equal(authenticator.state.session, session);
  });

  it('turns a rejected call into a message on the screen, with no unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const client = fakeClient({
        signIn: () => Promise.reject(new AuthError({ code: 'NotAuthorizedException', key: 'errors.notAuthorized' })),
      });
      const authenticator = createAuthenticator({ client });
      authenticator.start();
      await settle();
      authenticator.send({ type: 'submitSignIn', username: 'jane', password: 'pw' });
      await settle();
      assert.equal(authenticator.state.error?.key, 'errors.notAuthorized');
      assert.equal(authenticator.state.pending, false);
      assert.deepEqual(unhandled, []);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('shows a generic message for a failure that is not an AuthError', async () => {
    const client = fakeClient({ signUp: () => Promise.reject(new TypeError('boom')) });
    const authenticator = createAuthenticator({ client });
    authenticator.start();
    await settle();
    authenticator.send({ type: 'navigate', route: 'signUp' });
    authenticator.send({
      type: 'submitSignUp',
      username: 'jane',
      password: 'Passw0rd!',
      confirmPassword: 'Passw0rd!',
      attributes: { email: 'j@example.com' },
    });
    await settle();
    assert.equal(authenticator.state.error?.key, 'errors.unknown');
  });

  it('follows a session that ended by itself', async () => {
    const client = fakeClient({ restoreSession: () => Promise.resolve(session) });
    const authenticator = createAuthenticator({ client });
    authenticator.start();
    await settle();
    assert.equal(authenticator.state.route, 'authenticated');
    client.emit({ type: 'ended' });
    assert.equal(authenticator.state.route, 'signIn');
  });

  it('ignores answers that arrive after it stopped', async () => {
    let answer: (value: AuthSession | null) => void = () => undefined;
    const client = fakeClient({ restoreSession: () => new Promise((resolve) => (answer = resolve)) });
    const authenticator = createAuthenticator({ client });
    authenticator.start();
    authenticator.stop();
    answer(session);
    await settle();
    assert.equal(authenticator.state.route, 'setup');
  });
});
