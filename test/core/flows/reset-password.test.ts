/** The reset-password flow: the code, the new password, the sign-in with it. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { transition } from '../../../src/core/machine.ts';
import { done, onSignIn, run } from './support.ts';

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
