/**
 * The passwordless flow (choice-based sign-in): the username and a way to sign in, Cognito's
 * own choice, the sign-in code and its resend, a passkey that did not work out, the offer
 * of a passkey once signed in, and sign-up without a password.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig, type AuthenticatorConfig } from '../../../src/core/config.ts';
import { passwordlessFlow } from '../../../src/core/index.ts';
import { transition } from '../../../src/core/machine.ts';
import type { AuthMethod, Challenge, SignInResult } from '../../../src/core/types.ts';
import { done, on, onSignIn, onSignUp, run, session } from './support.ts';

const config = (
  authMethods: readonly AuthMethod[],
  changes: Partial<AuthenticatorConfig> = {},
): AuthenticatorConfig => ({
  ...defaultConfig,
  loginMechanisms: ['email'],
  authMethods,
  flows: [passwordlessFlow],
  verifyContacts: false,
  ...changes,
});

const ALL = config(['passkey', 'email-otp', 'sms-otp', 'password']);
const challenge = (value: Challenge): SignInResult => ({ kind: 'challenge', challenge: value });
const emailCode = challenge({
  kind: 'signInCode',
  method: 'email-otp',
  delivery: { destination: 'j***@e***', medium: 'EMAIL', attribute: 'email' },
});
const pick = (method: string) => ({ type: 'submitSignInMethod', username: ' jane@example.com ', method }) as const;

describe('choice-based sign-in: the username and a way', () => {
  it('asks for the username before anything is sent, and keeps the way chosen', () => {
    const { state, effects } = run(
      [{ type: 'submitSignInMethod', username: 'jane@', method: 'email-otp' }],
      onSignIn,
      ALL,
    );
    assert.deepEqual(effects, []);
    assert.deepEqual(state.fieldErrors, { username: { key: 'validation.email' } });
  });

  it('sends a code by email for the trimmed username', () => {
    const { state, effects } = run([pick('email-otp')], onSignIn, ALL);
    assert.deepEqual(effects, [{ type: 'startUserAuth', username: 'jane@example.com', method: 'email-otp' }]);
    assert.equal(state.username, 'jane@example.com');
  });

  it('refuses a way the page does not offer, and sends nothing', () => {
    const { state, effects } = run([pick('sms-otp')], onSignIn, config(['passkey', 'email-otp']));
    assert.deepEqual(effects, []);
    assert.deepEqual(state.fieldErrors, { method: { key: 'validation.required' } });
  });

  it('asks for the password on a screen of its own, then sends it with the username', () => {
    const password = run([pick('password')], onSignIn, ALL);
    assert.deepEqual(password.effects, []);
    assert.equal(on(password.state, 'signInPassword').chosen, false);
    assert.equal(password.state.username, 'jane@example.com');
    const empty = transition(password.state, { type: 'submitSignInPassword', password: '' }, ALL);
    assert.deepEqual(empty.effects, []);
    assert.deepEqual(empty.state.fieldErrors, { password: { key: 'validation.required' } });
    const sent = transition(password.state, { type: 'submitSignInPassword', password: ' Secret-1 ' }, ALL);
    assert.deepEqual(sent.effects, [
      { type: 'startUserAuth', username: 'jane@example.com', method: 'password', password: ' Secret-1 ' },
    ]);
  });

  it('is not taken at all where the page did not load the flow', () => {
    const { effects, state } = run([pick('email-otp')], onSignIn, { ...ALL, flows: [] });
    assert.deepEqual(effects, []);
    assert.equal(state.route, 'signIn');
  });
});

describe("choice-based sign-in: Cognito's own choice (SELECT_CHALLENGE)", () => {
  it('shows only the ways both the pool and the page offer, in the page order', () => {
    const { state } = run(
      [
        { type: 'submitSignInMethod', username: 'jane@example.com', method: 'password' },
        { type: 'submitSignInPassword', password: 'x' },
      ],
      onSignIn,
      config(['sms-otp', 'email-otp', 'password']),
    );
    // Cognito refused the preference and offers its own choice.
    const choice = transition(
      { ...state, heldPassword: undefined },
      done('startUserAuth', challenge({ kind: 'selectMethod', options: ['passkey', 'email-otp', 'sms-otp'] })),
      config(['sms-otp', 'email-otp', 'password']),
    );
    assert.deepEqual(on(choice.state, 'selectSignInMethod').challenge.options, ['sms-otp', 'email-otp']);
  });

  it('answers the choice with the way already asked for, when the pool offers it', () => {
    const asked = run([pick('email-otp')], onSignIn, ALL);
    const { effects, state } = transition(
      asked.state,
      done('startUserAuth', challenge({ kind: 'selectMethod', options: ['password', 'email-otp'] })),
      ALL,
    );
    assert.deepEqual(effects, [{ type: 'respondToChallenge', kind: 'selectMethod', method: 'email-otp' }]);
    assert.equal(state.pending, true);
  });

  it('answers it with the password typed, when the password was asked for', () => {
    const asked = run([pick('password'), { type: 'submitSignInPassword', password: 'Secret-1' }], onSignIn, ALL);
    const { effects } = transition(
      asked.state,
      done('startUserAuth', challenge({ kind: 'selectMethod', options: ['password', 'passkey'] })),
      ALL,
    );
    assert.deepEqual(effects, [
      { type: 'respondToChallenge', kind: 'selectMethod', method: 'password', password: 'Secret-1' },
    ]);
  });

  it('takes a way on the choice screen; the password again on its own screen', () => {
    const asked = run([pick('passkey')], onSignIn, ALL);
    const choice = transition(
      asked.state,
      done('startUserAuth', challenge({ kind: 'selectMethod', options: ['password', 'sms-otp'] })),
      ALL,
    ).state;
    const sms = transition(choice, { type: 'submitSelectSignInMethod', method: 'sms-otp' }, ALL);
    assert.deepEqual(sms.effects, [{ type: 'respondToChallenge', kind: 'selectMethod', method: 'sms-otp' }]);
    const passkey = transition(choice, { type: 'submitSelectSignInMethod', method: 'passkey' }, ALL);
    assert.deepEqual(passkey.effects, [], 'not offered by the pool');
    const password = transition(choice, { type: 'submitSelectSignInMethod', method: 'password' }, ALL);
    assert.equal(on(password.state, 'signInPassword').chosen, true);
    const sent = transition(password.state, { type: 'submitSignInPassword', password: 'Secret-1' }, ALL);
    assert.deepEqual(sent.effects, [
      { type: 'respondToChallenge', kind: 'selectMethod', method: 'password', password: 'Secret-1' },
    ]);
  });

  it('says so on sign-in when the pool offers none of the ways the page does', () => {
    const asked = run([pick('email-otp')], onSignIn, config(['email-otp']));
    const { state } = transition(
      asked.state,
      done('startUserAuth', challenge({ kind: 'selectMethod', options: ['password'] })),
      config(['email-otp']),
    );
    assert.equal(state.route, 'signIn');
    assert.equal(state.error?.key, 'errors.noSignInMethod');
    assert.equal(state.username, 'jane@example.com');
  });
});

describe('choice-based sign-in: the code', () => {
  const onCode = transition(run([pick('email-otp')], onSignIn, ALL).state, done('startUserAuth', emailCode), ALL).state;

  it('shows where the code went', () => {
    assert.deepEqual(on(onCode, 'confirmSignInCode').challenge, (emailCode as { challenge: Challenge }).challenge);
  });

  it('checks the code before sending it, then sends it as typed without spaces', () => {
    const bad = transition(onCode, { type: 'submitSignInCode', code: 'abc' }, ALL);
    assert.deepEqual(bad.effects, []);
    assert.deepEqual(bad.state.fieldErrors, { code: { key: 'validation.code' } });
    const good = transition(onCode, { type: 'submitSignInCode', code: '1234 5678' }, ALL);
    assert.deepEqual(good.effects, [{ type: 'respondToChallenge', kind: 'signInCode', code: '12345678' }]);
  });

  it('shows a wrong code beside the field, and keeps the screen', () => {
    const sent = transition(onCode, { type: 'submitSignInCode', code: '123456' }, ALL).state;
    const { state } = transition(
      sent,
      {
        type: 'failed',
        call: 'respondToChallenge',
        error: { code: 'CodeMismatchException', key: 'errors.codeMismatch', field: 'code' },
      },
      ALL,
    );
    assert.equal(state.route, 'confirmSignInCode');
    assert.deepEqual(state.fieldErrors, { code: { key: 'errors.codeMismatch' } });
  });

  it('sends a new code by starting again, and says it did', () => {
    const resent = transition(onCode, { type: 'resendSignInCode' }, ALL);
    assert.deepEqual(resent.effects, [{ type: 'startUserAuth', username: 'jane@example.com', method: 'email-otp' }]);
    const { state } = transition(resent.state, done('startUserAuth', emailCode), ALL);
    assert.equal(state.route, 'confirmSignInCode');
    assert.equal(state.notice, 'confirmSignInCode.resent');
  });

  it('goes back to sign-in, username kept, when the code expired with its session', () => {
    const sent = transition(onCode, { type: 'submitSignInCode', code: '123456' }, ALL).state;
    const { state } = transition(
      sent,
      {
        type: 'failed',
        call: 'respondToChallenge',
        error: { code: 'NotAuthorizedException', key: 'errors.sessionExpired', reason: 'sessionExpired' },
      },
      ALL,
    );
    assert.equal(state.route, 'signIn');
    assert.equal(state.username, 'jane@example.com');
    assert.equal(state.error?.key, 'errors.sessionExpired');
  });

  it('signs in with the right code', () => {
    const sent = transition(onCode, { type: 'submitSignInCode', code: '123456' }, ALL).state;
    const { state } = transition(sent, done('respondToChallenge', { kind: 'signedIn', session }), {
      ...ALL,
      authMethods: ['email-otp'],
    });
    assert.equal(state.route, 'authenticated');
  });
});

describe('choice-based sign-in: a passkey', () => {
  it('goes back to the choice, username kept, when the ceremony was cancelled', () => {
    const asked = run([pick('passkey')], onSignIn, ALL);
    const { state } = transition(
      asked.state,
      {
        type: 'failed',
        call: 'startUserAuth',
        error: { code: 'PasskeyCancelled', key: 'errors.passkeyCancelled', reason: 'passkeyFailed' },
      },
      ALL,
    );
    assert.equal(state.route, 'signIn');
    assert.equal(state.username, 'jane@example.com');
    assert.equal(state.error?.key, 'errors.passkeyCancelled');
    assert.equal(state.pending, false);
  });

  it('does not offer a passkey to someone who just signed in with one', () => {
    const asked = run([pick('passkey')], onSignIn, ALL);
    const { state, effects } = transition(asked.state, done('startUserAuth', { kind: 'signedIn', session }), ALL);
    assert.deepEqual(effects, []);
    assert.equal(state.route, 'authenticated');
  });
});

describe('the offer of a passkey', () => {
  const signedInWithCode = (settings: AuthenticatorConfig) => {
    const onCode = transition(
      run([pick('email-otp')], onSignIn, settings).state,
      done('startUserAuth', emailCode),
      settings,
    ).state;
    const sent = transition(onCode, { type: 'submitSignInCode', code: '123456' }, settings).state;
    return transition(sent, done('respondToChallenge', { kind: 'signedIn', session }), settings);
  };

  it('looks for passkeys once signed in, and offers one to someone without', () => {
    const signedIn = signedInWithCode(ALL);
    assert.deepEqual(signedIn.effects, [{ type: 'listPasskeys' }]);
    const { state } = transition(signedIn.state, done('listPasskeys', []), ALL);
    assert.equal(on(state, 'passkeyPrompt').session, session);
  });

  it('goes straight on for someone who has one, or when the passkeys cannot be listed', () => {
    const signedIn = signedInWithCode(ALL).state;
    assert.equal(
      transition(signedIn, done('listPasskeys', [{ id: 'a', name: 'Phone' }]), ALL).state.route,
      'authenticated',
    );
    const failed = transition(
      signedIn,
      { type: 'failed', call: 'listPasskeys', error: { code: 'NetworkError', key: 'errors.network' } },
      ALL,
    );
    assert.equal(failed.state.route, 'authenticated');
  });

  it('makes one on request, says so, makes no second one, and goes into the app when the person goes on', () => {
    const prompt = transition(signedInWithCode(ALL).state, done('listPasskeys', []), ALL).state;
    const making = transition(prompt, { type: 'registerPasskey' }, ALL);
    assert.deepEqual(making.effects, [{ type: 'registerPasskey' }]);
    const { state } = transition(making.state, done('registerPasskey', undefined), ALL);
    assert.equal(on(state, 'passkeyPrompt').created, true);
    assert.equal(state.notice, 'passkeyPrompt.created');
    assert.deepEqual(transition(state, { type: 'registerPasskey' }, ALL).effects, []);
    assert.equal(transition(state, { type: 'skipPasskey' }, ALL).state.route, 'authenticated');
  });

  it('keeps the offer with a message when making one failed, and lets the person skip', () => {
    const prompt = transition(signedInWithCode(ALL).state, done('listPasskeys', []), ALL).state;
    const making = transition(prompt, { type: 'registerPasskey' }, ALL).state;
    const failed = transition(
      making,
      { type: 'failed', call: 'registerPasskey', error: { code: 'PasskeyExists', key: 'errors.passkeyExists' } },
      ALL,
    ).state;
    assert.equal(failed.route, 'passkeyPrompt');
    assert.equal(failed.error?.key, 'errors.passkeyExists');
    assert.equal(transition(failed, { type: 'skipPasskey' }, ALL).state.route, 'authenticated');
  });

  it('checks the contacts after the offer, as after any sign-in', () => {
    const settings = { ...ALL, verifyContacts: true };
    const prompt = transition(signedInWithCode(settings).state, done('listPasskeys', []), settings).state;
    assert.deepEqual(transition(prompt, { type: 'skipPasskey' }, settings).effects, [{ type: 'unverifiedContacts' }]);
  });

  it('is not made where the page does not offer passkeys, or asks not to', () => {
    assert.deepEqual(signedInWithCode(config(['email-otp'])).effects, []);
    const never = config(['passkey', 'email-otp'], { passkeyPrompt: { afterSignIn: false, afterSignUp: true } });
    assert.deepEqual(signedInWithCode(never).effects, []);
  });

  it('signs out from the offer, as from the app', () => {
    const prompt = transition(signedInWithCode(ALL).state, done('listPasskeys', []), ALL).state;
    assert.deepEqual(transition(prompt, { type: 'signOut' }, ALL).effects, [{ type: 'signOut', global: false }]);
  });
});

describe('sign-up without a password', () => {
  const codesOnly = config(['email-otp'], { signUpAttributes: ['email'] });
  const form = {
    type: 'submitSignUp',
    username: 'jane@example.com',
    password: '',
    confirmPassword: '',
    attributes: {},
  } as const;

  it('asks for no password and sends none', () => {
    const { effects } = run([form], onSignUp, codesOnly);
    assert.deepEqual(effects, [
      { type: 'signUp', username: 'jane@example.com', attributes: { email: 'jane@example.com' } },
    ]);
  });

  it('still asks for the password where the page signs in with one', () => {
    const { effects, state } = run([form], onSignUp, config(['email-otp', 'password']));
    assert.deepEqual(effects, []);
    assert.equal(state.fieldErrors?.password?.key, 'validation.required');
  });

  it("signs in with the confirmation's session, no password typed anywhere", () => {
    const sent = run([form], onSignUp, codesOnly).state;
    const confirm = transition(sent, done('signUp', { confirmed: false, userId: 'sub-1' }), codesOnly).state;
    const confirming = transition(confirm, { type: 'submitConfirmSignUp', code: '123456' }, codesOnly).state;
    const { effects } = transition(confirming, done('confirmSignUp', true), codesOnly);
    assert.deepEqual(effects, [{ type: 'signInAfterConfirmation', username: 'jane@example.com' }]);
  });

  it("signs in with SignUp's own session when the pool confirms at once", () => {
    const sent = run([form], onSignUp, codesOnly).state;
    const { effects } = transition(sent, done('signUp', { confirmed: true, userId: 'sub-1' }), codesOnly);
    assert.deepEqual(effects, [{ type: 'signInAfterConfirmation', username: 'jane@example.com' }]);
  });

  it('offers a passkey after sign-up when the page asks for that', () => {
    const settings = config(['passkey', 'email-otp'], { passkeyPrompt: { afterSignIn: false, afterSignUp: true } });
    const sent = run([form], onSignUp, settings).state;
    const confirm = transition(sent, done('signUp', { confirmed: false, userId: 'sub-1' }), settings).state;
    const confirming = transition(confirm, { type: 'submitConfirmSignUp', code: '123456' }, settings).state;
    const signingIn = transition(confirming, done('confirmSignUp', true), settings).state;
    const { effects } = transition(signingIn, done('signInAfterConfirmation', { kind: 'signedIn', session }), settings);
    assert.deepEqual(effects, [{ type: 'listPasskeys' }]);
  });
});
