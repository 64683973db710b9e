import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createAuthenticator } from '../../src/core/authenticator.ts';
import type { AuthState } from '../../src/core/state.ts';
import { AuthError, type AuthSession } from '../../src/core/types.ts';
import { challenge, createScriptedClient, fakeSession, inTurn } from '../../src/testing.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The session a state shows, on the routes that have one. */
const sessionOf = (state: AuthState): AuthSession | undefined => ('session' in state ? state.session : undefined);

/** The path to every member of `value`, however deep, that equals `secret`. */
function membersEqual(value: unknown, secret: string, path = 'state'): string[] {
  if (value === secret) return [path];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([name, member]) => membersEqual(member, secret, `${path}.${name}`));
}

describe('the authenticator', () => {
  it('restores, signs in through the client and tells subscribers each step', async () => {
    const client = createScriptedClient();
    const authenticator = createAuthenticator({ client });
    const routes: string[] = [];
    authenticator.subscribe((state) => routes.push(`${state.route}${state.pending ? '…' : ''}`));
    authenticator.start();
    await settle();
    authenticator.send({ type: 'submitSignIn', username: 'jane', password: 'pw' });
    await settle();
    assert.deepEqual(
      client.calls.map((call) => call.name),
      ['restoreSession', 'signIn', 'unverifiedContacts'],
    );
    assert.deepEqual(routes, ['setup…', 'signIn', 'signIn…', 'signIn…', 'authenticated']);
    assert.equal(sessionOf(authenticator.state), fakeSession);
  });

  it('turns a rejected call into a message on the screen, with no unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const client = createScriptedClient({
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
    const client = createScriptedClient({ signUp: () => Promise.reject(new TypeError('boom')) });
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
    const client = createScriptedClient({ restoreSession: () => fakeSession });
    const authenticator = createAuthenticator({ client });
    authenticator.start();
    await settle();
    assert.equal(authenticator.state.route, 'authenticated');
    client.emit({ type: 'ended' });
    assert.equal(authenticator.state.route, 'signIn');
  });

  it('ignores answers that arrive after it stopped', async () => {
    let answer: (value: AuthSession | null) => void = () => undefined;
    const client = createScriptedClient({ restoreSession: () => new Promise((resolve) => (answer = resolve)) });
    const authenticator = createAuthenticator({ client });
    authenticator.start();
    authenticator.stop();
    answer(fakeSession);
    await settle();
    assert.equal(authenticator.state.route, 'setup');
  });

  it('never hands a subscriber a state that holds a password typed on sign-up, sign-in or reset', async () => {
    const passwords = { signUp: 'Sign-up-Passw0rd!', signIn: 'Sign-in-Passw0rd!', reset: 'Reset-Passw0rd!' };
    const client = createScriptedClient({
      // Confirmed without a session: the password typed on sign-up signs in, then a code is asked for.
      confirmSignUp: () => false,
      signIn: inTurn(challenge({ kind: 'mfaCode', mfaType: 'totp' }), () => ({
        kind: 'signedIn' as const,
        session: fakeSession,
      })),
    });
    const authenticator = createAuthenticator({ client });
    const seen: AuthState[] = [];
    authenticator.subscribe((state, previous) => seen.push(state, previous));
    const route = () => authenticator.state.route;
    const step = async (event: Parameters<typeof authenticator.send>[0]): Promise<void> => {
      authenticator.send(event);
      await settle();
    };

    authenticator.start();
    await settle();
    await step({ type: 'navigate', route: 'signUp' });
    await step({
      type: 'submitSignUp',
      username: 'jane',
      password: passwords.signUp,
      confirmPassword: passwords.signUp,
      attributes: { email: 'jane@example.com' },
    });
    assert.equal(route(), 'confirmSignUp');
    await step({ type: 'submitConfirmSignUp', code: '123456' });
    assert.equal(route(), 'confirmSignIn');
    await step({ type: 'submitConfirmSignIn', code: '654321' });
    assert.equal(route(), 'authenticated');
    await step({ type: 'signOut', global: false });
    await step({ type: 'submitSignIn', username: 'jane', password: passwords.signIn });
    assert.equal(route(), 'authenticated');
    await step({ type: 'signOut', global: false });
    await step({ type: 'navigate', route: 'resetPassword' });
    await step({ type: 'submitResetPassword', username: 'jane' });
    await step({
      type: 'submitConfirmResetPassword',
      code: '123456',
      password: passwords.reset,
      confirmPassword: passwords.reset,
    });
    assert.equal(route(), 'authenticated');

    // Each password did reach the client, so the machine held it while the screens went by.
    assert.deepEqual(
      client.inputsOf('signIn').map((input) => input.password),
      [passwords.signUp, passwords.signIn, passwords.reset],
    );
    assert.ok(seen.length > 20, `only ${String(seen.length)} states seen`);
    for (const password of Object.values(passwords)) {
      const found = seen.flatMap((state, index) => membersEqual(state, password, `state ${String(index)}`));
      assert.deepEqual(found, [], `states holding ${password}`);
    }
  });

  it('takes new settings without starting again: the screen and its messages stay', async () => {
    const client = createScriptedClient({ signIn: challenge({ kind: 'mfaCode', mfaType: 'sms' }) });
    const authenticator = createAuthenticator({ client });
    const routes: string[] = [];
    authenticator.subscribe((state) => routes.push(state.route));
    authenticator.start();
    await settle();
    authenticator.send({ type: 'submitSignIn', username: 'jane', password: 'pw' });
    await settle();
    authenticator.send({ type: 'submitConfirmSignIn', code: '' });
    const codeError = () => authenticator.state.fieldErrors?.code?.key;
    assert.equal(codeError(), 'validation.required');
    const before = authenticator.state;
    const seenBefore = routes.length;

    authenticator.configure({ hideSignUp: true, signUpAttributes: ['email', 'name'] });
    await settle();

    assert.equal(authenticator.state, before);
    assert.equal(authenticator.state.route, 'confirmSignIn');
    assert.equal(codeError(), 'validation.required');
    assert.equal(routes.length, seenBefore, 'no new state was handed out');
    assert.deepEqual(
      client.calls.map((call) => call.name),
      ['restoreSession', 'signIn'],
    );
    assert.equal(authenticator.config.hideSignUp, true);
    assert.deepEqual(authenticator.config.signUpAttributes, ['email', 'name']);
    // The new settings are in force: the sign-up link now leads nowhere.
    authenticator.send({ type: 'navigate', route: 'signUp' });
    assert.equal(authenticator.state.route, 'confirmSignIn');
  });
});
