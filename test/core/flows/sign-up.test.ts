/** The sign-up flow: the account, its confirmation and the sign-in after it. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig, type AuthenticatorConfig } from '../../../src/core/config.ts';
import { transition } from '../../../src/core/machine.ts';
import { type MachineState as AuthState } from '../../../src/core/state.ts';
import { done, on, onSignIn, onSignUp, run, session } from './support.ts';

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
