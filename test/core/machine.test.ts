import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig, type AuthenticatorConfig } from '../../src/core/config.ts';
import type { AuthEvent } from '../../src/core/events.ts';
import { transition } from '../../src/core/machine.ts';
import type { OperationName, OperationOutput } from '../../src/core/operations.ts';
import { initialState, type MachineState as AuthState } from '../../src/core/state.ts';
import type { AuthSession, Route } from '../../src/core/types.ts';

/** The answer of a call. */
function done<K extends OperationName>(call: K, result: OperationOutput<K>): AuthEvent {
  // `result` is the output of `call`.
  return { type: 'done', call, result } as AuthEvent;
}

/** The state, known to be on `route`. */
function on<R extends Route>(state: AuthState, route: R): AuthState<R> {
  assert.equal(state.route, route);
  return state as AuthState<R>;
}

const session: AuthSession = {
  user: { username: 'jane', userId: 'sub-1', attributes: { email: 'jane@example.com' } },
  tokens: { idToken: 'id', accessToken: 'access', refreshToken: 'refresh', expiresAt: Date.now() + 3_600_000 },
};

/** Runs events from a state and returns the last transition. */
function run(events: AuthEvent[], from: AuthState = initialState, config: AuthenticatorConfig = defaultConfig) {
  let state = from;
  let effects: ReturnType<typeof transition>['effects'] = [];
  for (const event of events) {
    ({ state, effects } = transition(state, event, config));
  }
  return { state, effects };
}

const onSignIn = run([{ type: 'start' }, done('restoreSession', null)]).state;
const onSignUp = transition(onSignIn, { type: 'navigate', route: 'signUp' }).state;

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

describe('sign in', () => {
  it('refuses to send an empty form and says which fields are missing', () => {
    const { state, effects } = run([{ type: 'submitSignIn', username: '  ', password: '' }], onSignIn);
    assert.deepEqual(effects, []);
    assert.equal(state.pending, false);
    assert.deepEqual(state.fieldErrors, {
      username: { key: 'validation.required' },
      password: { key: 'validation.required' },
    });
  });

  it('checks the email format when people sign in with email', () => {
    const config = { ...defaultConfig, loginMechanisms: ['email'] as const };
    const { state, effects } = run([{ type: 'submitSignIn', username: 'jane@', password: 'x' }], onSignIn, config);
    assert.deepEqual(effects, []);
    assert.deepEqual(state.fieldErrors, { username: { key: 'validation.email' } });
  });

  it('sends the trimmed username and the password as typed', () => {
    const { state, effects } = run([{ type: 'submitSignIn', username: ' jane ', password: ' secret ' }], onSignIn);
    assert.deepEqual(effects, [{ type: 'signIn', username: 'jane', password: ' secret ' }]);
    assert.equal(state.pending, true);
  });

  it('normalises a phone number to E.164', () => {
    const config = { ...defaultConfig, loginMechanisms: ['phone_number'] as const };
    const { effects } = run([{ type: 'submitSignIn', username: '+1 (555) 010-0199', password: 'x' }], onSignIn, config);
    assert.deepEqual(effects, [{ type: 'signIn', username: '+15550100199', password: 'x' }]);
  });

  it('ignores a second submit while the first is pending', () => {
    const pending = transition(onSignIn, { type: 'submitSignIn', username: 'jane', password: 'x' }).state;
    assert.deepEqual(transition(pending, { type: 'submitSignIn', username: 'jane', password: 'x' }).effects, []);
  });

  it('opens the app when tokens arrive and every contact is verified', () => {
    const tokens = run(
      [{ type: 'submitSignIn', username: 'jane', password: 'x' }, done('signIn', { kind: 'signedIn', session })],
      onSignIn,
    );
    assert.deepEqual(tokens.effects, [{ type: 'unverifiedContacts' }]);
    assert.equal(tokens.state.heldPassword, undefined);
    const { state } = transition(tokens.state, done('unverifiedContacts', []));
    assert.equal(state.route, 'authenticated');
    assert.equal(state.session, session);
  });

  it('opens the app at once when contact verification is off', () => {
    const config = { ...defaultConfig, verifyContacts: false };
    const { state } = run(
      [{ type: 'submitSignIn', username: 'jane', password: 'x' }, done('signIn', { kind: 'signedIn', session })],
      onSignIn,
      config,
    );
    assert.equal(state.route, 'authenticated');
  });

  it('shows a wrong password above the form and keeps the username', () => {
    const error = { code: 'NotAuthorizedException', key: 'errors.notAuthorized' };
    const { state } = run(
      [
        { type: 'submitSignIn', username: 'jane', password: 'x' },
        { type: 'failed', call: 'signIn', error },
      ],
      onSignIn,
    );
    assert.equal(state.route, 'signIn');
    assert.equal(state.pending, false);
    assert.deepEqual(state.error, error);
    assert.equal(state.username, 'jane');
    assert.equal(state.heldPassword, undefined);
  });

  it('takes an unconfirmed user to the code screen and asks for a fresh code', () => {
    const error = {
      code: 'UserNotConfirmedException',
      key: 'errors.userNotConfirmed',
      reason: 'userNotConfirmed' as const,
    };
    const { state, effects } = run(
      [
        { type: 'submitSignIn', username: 'jane', password: 'pw' },
        { type: 'failed', call: 'signIn', error },
      ],
      onSignIn,
    );
    assert.equal(state.route, 'confirmSignUp');
    assert.deepEqual(effects, [{ type: 'resendSignUpCode', username: 'jane' }]);
    assert.equal(state.heldPassword, 'pw');
  });

  it('refuses a challenge it has no screen for, with a message', () => {
    const { state } = run(
      [
        { type: 'submitSignIn', username: 'jane', password: 'x' },
        done('signIn', { kind: 'challenge', challenge: { kind: 'unsupported', name: 'WEB_AUTHN' } }),
      ],
      onSignIn,
    );
    assert.equal(state.route, 'signIn');
    assert.equal(state.error?.key, 'errors.unsupportedChallenge');
  });
});

describe('sign up', () => {
  const valid = {
    type: 'submitSignUp',
    username: 'jane',
    password: 'Passw0rd!',
    confirmPassword: 'Passw0rd!',
    attributes: { email: ' jane@example.com ' },
  } as const;

  it('is reached from sign-in and back, unless sign-up is hidden', () => {
    assert.equal(onSignUp.route, 'signUp');
    assert.equal(transition(onSignUp, { type: 'navigate', route: 'signIn' }).state.route, 'signIn');
    assert.equal(
      transition(onSignIn, { type: 'navigate', route: 'signUp' }, { ...defaultConfig, hideSignUp: true }).state.route,
      'signIn',
    );
  });

  it('checks the policy, the confirmation and the attributes before sending', () => {
    const { state, effects } = run(
      [{ ...valid, password: 'short', confirmPassword: 'other', attributes: { email: 'nope' } }],
      onSignUp,
    );
    assert.deepEqual(effects, []);
    assert.deepEqual(state.fieldErrors, {
      password: { key: 'validation.passwordMinLength', values: { count: 8 } },
      confirmPassword: { key: 'validation.passwordMismatch' },
      email: { key: 'validation.email' },
    });
  });

  it('names the first policy rule the password breaks', () => {
    const cases: [string, string][] = [
      ['passw0rd!', 'validation.passwordUppercase'],
      ['PASSW0RD!', 'validation.passwordLowercase'],
      ['Password!', 'validation.passwordNumber'],
      ['Passw0rdd', 'validation.passwordSymbol'],
    ];
    for (const [password, key] of cases) {
      const { state } = run([{ ...valid, password, confirmPassword: password }], onSignUp);
      assert.equal(state.fieldErrors?.password?.key, key, password);
    }
  });

  it('sends the username, password and trimmed attributes', () => {
    const { effects } = run([valid], onSignUp);
    assert.deepEqual(effects, [
      { type: 'signUp', username: 'jane', password: 'Passw0rd!', attributes: { email: 'jane@example.com' } },
    ]);
  });

  it('uses the email as the username in email sign-in pools', () => {
    const config = { ...defaultConfig, loginMechanisms: ['email'] as const };
    const { effects } = run([{ ...valid, username: 'jane@example.com', attributes: {} }], onSignUp, config);
    assert.deepEqual(effects, [
      {
        type: 'signUp',
        username: 'jane@example.com',
        password: 'Passw0rd!',
        attributes: { email: 'jane@example.com' },
      },
    ]);
  });

  it('asks for the code, showing where it went', () => {
    const delivery = { destination: 'j***@e***', medium: 'EMAIL' as const, attribute: 'email' };
    const { state } = run([valid, done('signUp', { confirmed: false, userId: 'sub', delivery })], onSignUp);
    assert.equal(state.route, 'confirmSignUp');
    assert.deepEqual(state.delivery, delivery);
  });

  it('signs in at once when the pool confirmed the account itself', () => {
    const { state, effects } = run([valid, done('signUp', { confirmed: true, userId: 'sub' })], onSignUp);
    assert.equal(state.pending, true);
    assert.deepEqual(effects, [{ type: 'signIn', username: 'jane', password: 'Passw0rd!' }]);
  });

  it('shows a taken username beside the username field', () => {
    const error = { code: 'UsernameExistsException', key: 'errors.usernameExists', field: 'username' as const };
    const { state } = run([valid, { type: 'failed', call: 'signUp', error }], onSignUp);
    assert.equal(state.route, 'signUp');
    assert.deepEqual(state.fieldErrors, { username: { key: 'errors.usernameExists' } });
  });
});

describe('confirm sign-up', () => {
  const onConfirm = run(
    [
      {
        type: 'submitSignUp',
        username: 'jane',
        password: 'Passw0rd!',
        confirmPassword: 'Passw0rd!',
        attributes: { email: 'jane@example.com' },
      },
      done('signUp', { confirmed: false, userId: 'sub' }),
    ],
    onSignUp,
  ).state;

  it('sends the code with spaces removed', () => {
    assert.deepEqual(transition(onConfirm, { type: 'submitConfirmSignUp', code: '123 456' }).effects, [
      { type: 'confirmSignUp', username: 'jane', code: '123456' },
    ]);
  });

  it('refuses an empty or non-numeric code without sending it', () => {
    for (const code of ['', 'abc123']) {
      const { state, effects } = transition(onConfirm, { type: 'submitConfirmSignUp', code });
      assert.deepEqual(effects, []);
      assert.ok(state.fieldErrors?.code);
    }
  });

  it('signs in with the password held from sign-up once confirmed', () => {
    const { state, effects } = run(
      [{ type: 'submitConfirmSignUp', code: '123456' }, done('confirmSignUp', false)],
      onConfirm,
    );
    assert.equal(state.pending, true);
    assert.deepEqual(effects, [{ type: 'signIn', username: 'jane', password: 'Passw0rd!' }]);
    assert.equal(
      run([done('signIn', { kind: 'signedIn', session }), done('unverifiedContacts', [])], state).state.route,
      'authenticated',
    );
  });

  it("signs in with the pool's confirmation session when it gives one, forgetting the password", () => {
    const { state, effects } = run(
      [{ type: 'submitConfirmSignUp', code: '123456' }, done('confirmSignUp', true)],
      onConfirm,
    );
    assert.deepEqual(effects, [{ type: 'signInAfterConfirmation', username: 'jane' }]);
    assert.equal(state.heldPassword, undefined);
  });

  it('asks to sign in when no password is held', () => {
    const withoutPassword: AuthState = { ...onConfirm, heldPassword: undefined };
    delete (withoutPassword as { heldPassword?: string }).heldPassword;
    const { state } = run(
      [{ type: 'submitConfirmSignUp', code: '123456' }, done('confirmSignUp', false)],
      withoutPassword,
    );
    assert.equal(state.route, 'signIn');
    assert.equal(state.notice, 'signIn.confirmed');
  });

  it('shows a wrong code beside the code field', () => {
    const error = { code: 'CodeMismatchException', key: 'errors.codeMismatch', field: 'code' as const };
    const { state } = run(
      [
        { type: 'submitConfirmSignUp', code: '000000' },
        { type: 'failed', call: 'confirmSignUp', error },
      ],
      onConfirm,
    );
    assert.equal(state.route, 'confirmSignUp');
    assert.deepEqual(state.fieldErrors, { code: { key: 'errors.codeMismatch' } });
  });

  it('sends a new code and says so', () => {
    const delivery = { destination: 'j***@e***', medium: 'EMAIL' as const, attribute: 'email' };
    const resend = transition(onConfirm, { type: 'resendSignUpCode' });
    assert.deepEqual(resend.effects, [{ type: 'resendSignUpCode', username: 'jane' }]);
    const { state } = transition(resend.state, done('resendSignUpCode', delivery));
    assert.equal(state.notice, 'confirmSignUp.resent');
    assert.deepEqual(on(state, 'confirmSignUp').delivery, delivery);
  });

  it('goes back to sign-in with the username kept and the password forgotten', () => {
    const { state } = transition(onConfirm, { type: 'navigate', route: 'signIn' });
    assert.equal(state.route, 'signIn');
    assert.equal(state.username, 'jane');
    assert.equal(state.heldPassword, undefined);
  });
});

describe('signed in', () => {
  const signedIn = run([{ type: 'start' }, done('restoreSession', session)]).state;

  it('signs out locally or globally', () => {
    assert.deepEqual(transition(signedIn, { type: 'signOut' }).effects, [{ type: 'signOut', global: false }]);
    const global = transition(signedIn, { type: 'signOut', global: true });
    assert.deepEqual(global.effects, [{ type: 'signOut', global: true }]);
    const { state } = transition(global.state, done('signOut', undefined));
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

describe('navigation', () => {
  it('carries the username typed on the screen being left', () => {
    const { state } = transition(onSignIn, { type: 'navigate', route: 'signUp', username: ' jane ' });
    assert.equal(state.route, 'signUp');
    assert.equal(state.username, 'jane');
  });

  it('does not leave a screen while a request is pending', () => {
    const pending = transition(onSignIn, { type: 'submitSignIn', username: 'jane', password: 'x' }).state;
    assert.equal(transition(pending, { type: 'navigate', route: 'signUp' }).state.route, 'signIn');
  });
});

describe('challenges', () => {
  const pendingSignIn = transition(onSignIn, { type: 'submitSignIn', username: 'jane', password: 'pw' }).state;
  const totp = { kind: 'mfaCode', mfaType: 'totp' } as const;
  const onCode = transition(pendingSignIn, done('signIn', { kind: 'challenge', challenge: totp })).state;

  it('asks for a code for SMS, TOTP and email challenges, with where an SMS went', () => {
    assert.equal(onCode.route, 'confirmSignIn');
    assert.equal(onCode.heldPassword, undefined);
    const sms = {
      kind: 'mfaCode',
      mfaType: 'sms',
      delivery: { destination: '+***0199', medium: 'SMS', attribute: 'phone_number' },
    } as const;
    const { state } = transition(pendingSignIn, done('signIn', { kind: 'challenge', challenge: sms }));
    assert.deepEqual(on(state, 'confirmSignIn').challenge.delivery, {
      destination: '+***0199',
      medium: 'SMS',
      attribute: 'phone_number',
    });
  });

  it('answers the code, spaces removed', () => {
    assert.deepEqual(transition(onCode, { type: 'submitConfirmSignIn', code: ' 123 456 ' }).effects, [
      { type: 'respondToChallenge', kind: 'mfaCode', code: '123456' },
    ]);
  });

  it('goes back to sign-in with a message when the challenge session expired', () => {
    const pending = transition(onCode, { type: 'submitConfirmSignIn', code: '123456' }).state;
    const error = { code: 'NotAuthorizedException', key: 'errors.sessionExpired', reason: 'sessionExpired' as const };
    const { state } = transition(pending, { type: 'failed', call: 'respondToChallenge', error });
    assert.equal(state.route, 'signIn');
    assert.equal('challenge' in state, false);
    assert.deepEqual(state.error, error);
    assert.equal(state.username, 'jane');
  });

  it('asks for a new password and the required attributes, normalised', () => {
    const challenge = { kind: 'newPassword', requiredAttributes: ['name', 'phone_number'] } as const;
    const onNew = transition(pendingSignIn, done('signIn', { kind: 'challenge', challenge })).state;
    assert.equal(onNew.route, 'forceNewPassword');
    const missing = transition(onNew, {
      type: 'submitForceNewPassword',
      password: 'N3w-Passw0rd',
      confirmPassword: 'N3w-Passw0rd',
      attributes: {},
    });
    assert.deepEqual(missing.effects, []);
    assert.deepEqual(Object.keys(missing.state.fieldErrors ?? {}), ['name', 'phone_number']);
    const { effects } = transition(onNew, {
      type: 'submitForceNewPassword',
      password: 'N3w-Passw0rd',
      confirmPassword: 'N3w-Passw0rd',
      attributes: { name: ' Jane ', phone_number: '+1 555 010 0199' },
    });
    assert.deepEqual(effects, [
      {
        type: 'respondToChallenge',
        kind: 'newPassword',
        password: 'N3w-Passw0rd',
        attributes: { name: 'Jane', phone_number: '+15550100199' },
      },
    ]);
  });

  it('refuses a challenge it has no screen for and returns to sign-in', () => {
    const { state } = transition(
      pendingSignIn,
      done('signIn', { kind: 'challenge', challenge: { kind: 'unsupported', name: 'WEB_AUTHN' } }),
    );
    assert.equal(state.route, 'signIn');
    assert.equal(state.error?.key, 'errors.unsupportedChallenge');
  });

  it('leaves a challenge for sign-in with a link', () => {
    const { state } = transition(onCode, { type: 'navigate', route: 'signIn' });
    assert.equal(state.route, 'signIn');
    assert.equal('challenge' in state, false);
  });
});

describe('reset password', () => {
  const onReset = transition(onSignIn, { type: 'navigate', route: 'resetPassword', username: 'jane' }).state;
  const delivery = { destination: 'j***@e***', medium: 'EMAIL' as const, attribute: 'email' };
  const onConfirm = run(
    [{ type: 'submitResetPassword', username: 'jane' }, done('forgotPassword', delivery)],
    onReset,
  ).state;

  it('sends a code to the username and asks for it with the new password', () => {
    assert.deepEqual(transition(onReset, { type: 'submitResetPassword', username: ' jane ' }).effects, [
      { type: 'forgotPassword', username: 'jane' },
    ]);
    assert.equal(onConfirm.route, 'confirmResetPassword');
    assert.deepEqual(onConfirm.delivery, delivery);
  });

  it('checks the code, the policy and the confirmation before sending', () => {
    const { state, effects } = transition(onConfirm, {
      type: 'submitConfirmResetPassword',
      code: 'x',
      password: 'short',
      confirmPassword: 'other',
    });
    assert.deepEqual(effects, []);
    assert.deepEqual(Object.keys(state.fieldErrors ?? {}), ['code', 'password', 'confirmPassword']);
  });

  it('signs in with the new password once it is set', () => {
    const submit = transition(onConfirm, {
      type: 'submitConfirmResetPassword',
      code: '123456',
      password: 'N3w-Passw0rd',
      confirmPassword: 'N3w-Passw0rd',
    });
    assert.deepEqual(submit.effects, [
      { type: 'confirmForgotPassword', username: 'jane', code: '123456', password: 'N3w-Passw0rd' },
    ]);
    const { effects } = transition(submit.state, done('confirmForgotPassword', undefined));
    assert.deepEqual(effects, [{ type: 'signIn', username: 'jane', password: 'N3w-Passw0rd' }]);
  });

  it('sends a new code and says so', () => {
    const resend = transition(onConfirm, { type: 'resendResetCode' });
    assert.deepEqual(resend.effects, [{ type: 'forgotPassword', username: 'jane' }]);
    assert.equal(
      transition(resend.state, done('forgotPassword', delivery)).state.notice,
      'confirmResetPassword.resent',
    );
  });

  it('sends the reset code at once when sign-in says a reset is required', () => {
    const pending = transition(onSignIn, { type: 'submitSignIn', username: 'jane', password: 'pw' }).state;
    const error = {
      code: 'PasswordResetRequiredException',
      key: 'errors.passwordResetRequired',
      reason: 'passwordResetRequired' as const,
    };
    const { state, effects } = transition(pending, { type: 'failed', call: 'signIn', error });
    assert.equal(state.route, 'signIn', 'sign-in stays, busy, while the code is sent');
    assert.equal(state.pending, true);
    assert.deepEqual(effects, [{ type: 'forgotPassword', username: 'jane' }]);
    const sent = transition(
      state,
      done('forgotPassword', { destination: 'j***@e***.com', medium: 'EMAIL', attribute: 'email' }),
    ).state;
    assert.equal(sent.route, 'confirmResetPassword');
    assert.equal(sent.notice, undefined, 'the first code is not announced as a new one');
    assert.equal(sent.delivery?.destination, 'j***@e***.com');
  });
});

describe('choosing and setting up a second step', () => {
  const pendingSignIn = transition(onSignIn, { type: 'submitSignIn', username: 'jane', password: 'pw' }).state;

  it('offers the MFA types Cognito lists and answers the chosen one', () => {
    const challenge = { kind: 'selectMfa', options: ['sms', 'totp'] } as const;
    const onSelect = transition(pendingSignIn, done('signIn', { kind: 'challenge', challenge })).state;
    assert.equal(onSelect.route, 'selectMfaType');
    assert.deepEqual(transition(onSelect, { type: 'submitSelectMfaType', mfaType: 'email' }).effects, []);
    assert.deepEqual(transition(onSelect, { type: 'submitSelectMfaType', mfaType: 'totp' }).effects, [
      { type: 'respondToChallenge', kind: 'selectMfa', mfaType: 'totp' },
    ]);
  });

  it('starts TOTP setup at once when it is the only type to set up, then verifies the code', () => {
    const challenge = { kind: 'setupMfa', options: ['totp'] } as const;
    const started = transition(pendingSignIn, done('signIn', { kind: 'challenge', challenge }));
    assert.deepEqual(started.effects, [{ type: 'setUpTotp' }]);
    const onSetup = transition(started.state, done('setUpTotp', 'JBSWY3DPEHPK3PXP')).state;
    assert.equal(onSetup.route, 'setupTotp');
    assert.equal(on(onSetup, 'setupTotp').secret, 'JBSWY3DPEHPK3PXP');
    assert.deepEqual(transition(onSetup, { type: 'submitSetupTotp', code: '123 456' }).effects, [
      { type: 'verifyTotp', code: '123456' },
    ]);
  });

  it('lets the user choose between TOTP and email setup, and sends the checked email address', () => {
    const challenge = { kind: 'setupMfa', options: ['totp', 'email'] } as const;
    const onChoose = transition(pendingSignIn, done('signIn', { kind: 'challenge', challenge })).state;
    assert.equal(onChoose.route, 'selectMfaType');
    const onEmail = transition(onChoose, { type: 'submitSelectMfaType', mfaType: 'email' }).state;
    assert.equal(onEmail.route, 'setupEmail');
    assert.deepEqual(transition(onEmail, { type: 'submitSetupEmail', email: 'jane@' }).effects, []);
    assert.deepEqual(transition(onEmail, { type: 'submitSetupEmail', email: ' jane@example.com ' }).effects, [
      { type: 'respondToChallenge', kind: 'setupEmail', email: 'jane@example.com' },
    ]);
  });

  it('answers custom challenges for as many rounds as Cognito asks', () => {
    const challenge = { kind: 'custom', parameters: {} } as const;
    const first = transition(pendingSignIn, done('signIn', { kind: 'challenge', challenge })).state;
    assert.equal(first.route, 'customChallenge');
    const pending = transition(first, { type: 'submitCustomChallenge', answer: '42' });
    assert.deepEqual(pending.effects, [{ type: 'respondToChallenge', kind: 'custom', answer: '42' }]);
    const next = { kind: 'custom', parameters: { round: '2' } } as const;
    const second = transition(pending.state, done('respondToChallenge', { kind: 'challenge', challenge: next })).state;
    assert.equal(on(second, 'customChallenge').challenge, next);
    assert.equal(second.pending, false);
  });
});

describe('several login mechanisms', () => {
  const anyMechanism: AuthenticatorConfig = {
    ...defaultConfig,
    loginMechanisms: ['username', 'email', 'phone_number'],
  };
  const start = run([{ type: 'start' }, done('restoreSession', null)], initialState, anyMechanism).state;

  it('takes any of them on sign-in, a phone number normalised, anything else trimmed', () => {
    const cases: [string, string][] = [
      [' jane ', 'jane'],
      ['jane@example.com', 'jane@example.com'],
      ['+1 (555) 010-0199', '+15550100199'],
    ];
    for (const [typed, sent] of cases) {
      const { effects } = transition(start, { type: 'submitSignIn', username: typed, password: 'pw' }, anyMechanism);
      assert.deepEqual(effects, [{ type: 'signIn', username: sent, password: 'pw' }]);
    }
  });

  it('asks for the first one as the username on sign-up', () => {
    const emailFirst: AuthenticatorConfig = {
      ...defaultConfig,
      loginMechanisms: ['email', 'username'],
      signUpAttributes: ['email'],
    };
    const onSignUpEmail = transition(start, { type: 'navigate', route: 'signUp' }, emailFirst).state;
    const invalidEmail = transition(
      onSignUpEmail,
      { type: 'submitSignUp', username: 'jane', password: 'Passw0rd!', confirmPassword: 'Passw0rd!', attributes: {} },
      emailFirst,
    );
    assert.deepEqual(invalidEmail.state.fieldErrors, { username: { key: 'validation.email' } });
  });
});

describe('verifying a contact after sign-in', () => {
  const checking = run(
    [{ type: 'submitSignIn', username: 'jane', password: 'x' }, done('signIn', { kind: 'signedIn', session })],
    onSignIn,
  ).state;
  const contacts = [
    { name: 'email', value: 'jane@example.com' },
    { name: 'phone_number', value: '+15550100199' },
  ];
  const onVerify = transition(checking, done('unverifiedContacts', contacts)).state;

  it('offers the unverified contacts before the app', () => {
    assert.equal(onVerify.route, 'verifyUser');
    assert.deepEqual(onVerify.contacts, contacts);
  });

  it('sends a code to the chosen contact and verifies it, then opens the app', () => {
    const send = transition(onVerify, { type: 'submitVerifyUser', attribute: 'phone_number' });
    assert.deepEqual(send.effects, [{ type: 'sendAttributeCode', attribute: 'phone_number' }]);
    const onCode = transition(send.state, done('sendAttributeCode', undefined)).state;
    assert.equal(onCode.route, 'confirmVerifyUser');
    const verify = transition(onCode, { type: 'submitConfirmVerifyUser', code: '123 456' });
    assert.deepEqual(verify.effects, [{ type: 'verifyAttribute', attribute: 'phone_number', code: '123456' }]);
    assert.equal(transition(verify.state, done('verifyAttribute', undefined)).state.route, 'authenticated');
  });

  it('can be skipped from either screen', () => {
    assert.equal(transition(onVerify, { type: 'skipVerification' }).state.route, 'authenticated');
  });

  it('never keeps anyone out when the check fails', () => {
    const { state } = transition(checking, {
      type: 'failed',
      call: 'unverifiedContacts',
      error: { code: 'NetworkError', key: 'errors.network' },
    });
    assert.equal(state.route, 'authenticated');
  });
});

describe('optional sign-up attributes', () => {
  it('lets an optional attribute stay empty and does not send it', () => {
    const config: AuthenticatorConfig = {
      ...defaultConfig,
      signUpAttributes: ['email', 'name'],
      optionalAttributes: ['name'],
    };
    const onSignUpOptional = transition(onSignIn, { type: 'navigate', route: 'signUp' }, config).state;
    const { effects } = transition(
      onSignUpOptional,
      {
        type: 'submitSignUp',
        username: 'jane',
        password: 'Passw0rd!',
        confirmPassword: 'Passw0rd!',
        attributes: { email: 'jane@example.com', name: ' ' },
      },
      config,
    );
    assert.deepEqual(effects, [
      { type: 'signUp', username: 'jane', password: 'Passw0rd!', attributes: { email: 'jane@example.com' } },
    ]);
  });
});
