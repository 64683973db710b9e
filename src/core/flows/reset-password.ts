/**
 * The reset-password flow: a code sent for a forgotten password (or when the pool requires
 * a new one at sign-in), then the code and the new password, then signed in with it.
 */
import { busy, forgetPassword, invalid, show, showFailure, stay } from '../state.js';
import {
  checkCode,
  checkConfirmation,
  checkNewPassword,
  checkUsername,
  collectErrors,
  normalizeCode,
  normalizeUsername,
} from '../validation.js';
import { on, type Flow } from './flow.js';

export const resetPasswordFlow: Flow<
  'resetPassword',
  'submitResetPassword' | 'submitConfirmResetPassword' | 'resendResetCode'
> = {
  user: {
    submitResetPassword: on('submitResetPassword', ['resetPassword'], (state, event, config) => {
      const errors = collectErrors({ username: checkUsername(event.username, config.loginMechanisms) });
      if (errors) return invalid(state, errors);
      const username = normalizeUsername(event.username, config.loginMechanisms);
      return busy({ ...state, username }, { type: 'forgotPassword', username });
    }),

    submitConfirmResetPassword: on('submitConfirmResetPassword', ['confirmResetPassword'], (state, event, config) => {
      const errors = collectErrors({
        code: checkCode(event.code),
        password: checkNewPassword(event.password, config.passwordPolicy),
        confirmPassword: checkConfirmation(event.password, event.confirmPassword),
      });
      if (errors) return invalid(state, errors);
      const effect = {
        type: 'confirmForgotPassword',
        username: state.username,
        code: normalizeCode(event.code),
        password: event.password,
      } as const;
      return busy(state, effect, { heldPassword: event.password });
    }),

    resendResetCode: on('resendResetCode', ['confirmResetPassword'], (state) =>
      busy(state, { type: 'forgotPassword', username: state.username }),
    ),
  },

  done: {
    forgotPassword: (state, delivery) => {
      // Sent from the reset screen, again from the code screen, or at sign-in when the pool requires a new password.
      if (state.route === 'confirmResetPassword') {
        const sentTo = delivery ?? state.delivery;
        return stay({
          ...show('confirmResetPassword', state, sentTo ? { delivery: sentTo } : {}),
          notice: 'confirmResetPassword.resent',
        });
      }
      if (state.route !== 'resetPassword' && state.route !== 'signIn') return stay(state);
      return stay(show('confirmResetPassword', state, delivery ? { delivery } : {}));
    },
    confirmForgotPassword: (state) => {
      if (state.route !== 'confirmResetPassword') return stay(state);
      // Signed in with the new password straight away.
      if (state.heldPassword !== undefined) {
        return busy(state, { type: 'signIn', username: state.username, password: state.heldPassword });
      }
      return stay({ ...show('signIn', state, {}), notice: 'signIn.passwordReset' });
    },
  },

  failed: {
    forgotPassword: (state, error) => stay(showFailure(state, error)),
    confirmForgotPassword: (state, error) => stay(showFailure(forgetPassword(state), error)),
  },
};
