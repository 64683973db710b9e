/** The sign-in flow: the password, then every step the pool asks for. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig, type AuthenticatorConfig } from '../../../src/core/config.ts';
import { transition } from '../../../src/core/machine.ts';
import { initialState } from '../../../src/core/state.ts';
import { done, on, onSignIn, run, session } from './support.ts';

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
