/**
 * The sign-up flow: the account created, confirmed with a code (sent again on request),
 * and the person signed in without typing the password again.
 */
import { busy, forgetPassword, invalid, keepPassword, show, showFailure, stay } from '../state.js';
import {
  checkAttribute,
  checkCode,
  checkConfirmation,
  checkNewPassword,
  checkUsername,
  collectErrors,
  normalizeAttribute,
  normalizeCode,
  normalizeUsername,
} from '../validation.js';
import { on, type Flow } from './flow.js';

export const signUpFlow: Flow<'signUp', 'submitSignUp' | 'submitConfirmSignUp' | 'resendSignUpCode'> = {
  user: {
    submitSignUp: on('submitSignUp', ['signUp'], (state, event, config) => {
      const [mechanism] = config.loginMechanisms;
      const usernameIsAttribute = mechanism !== 'username';
      const attributeNames = config.signUpAttributes.filter((name) => !(usernameIsAttribute && name === mechanism));
      // A page that signs in only without a password makes accounts without one.
      const withPassword = config.authMethods.includes('password');
      const errors = collectErrors({
        username: checkUsername(event.username, mechanism),
        ...(withPassword && {
          password: checkNewPassword(event.password, config.passwordPolicy),
          confirmPassword: checkConfirmation(event.password, event.confirmPassword),
        }),
        ...Object.fromEntries(
          attributeNames.map((name) => [
            name,
            checkAttribute(name, event.attributes[name] ?? '', !config.optionalAttributes.includes(name)),
          ]),
        ),
      });
      if (errors) return invalid(state, errors);
      const username = normalizeUsername(event.username, mechanism);
      const attributes: Record<string, string> = Object.fromEntries(
        attributeNames
          .map((name) => [name, normalizeAttribute(name, event.attributes[name] ?? '')] as const)
          // An optional attribute left empty is not sent at all.
          .filter(([, value]) => value !== ''),
      );
      if (usernameIsAttribute) attributes[mechanism] = username;
      if (!withPassword) return busy({ ...state, username }, { type: 'signUp', username, attributes });
      return busy(
        { ...state, username },
        { type: 'signUp', username, password: event.password, attributes },
        { heldPassword: event.password },
      );
    }),

    submitConfirmSignUp: on('submitConfirmSignUp', ['confirmSignUp'], (state, event) => {
      const errors = collectErrors({ code: checkCode(event.code) });
      if (errors) return invalid(state, errors);
      return busy(state, { type: 'confirmSignUp', username: state.username, code: normalizeCode(event.code) });
    }),

    resendSignUpCode: on('resendSignUpCode', ['confirmSignUp'], (state) =>
      busy(state, { type: 'resendSignUpCode', username: state.username }),
    ),
  },

  done: {
    signUp: (state, result, config) => {
      if (state.route !== 'signUp') return stay(state);
      if (result.confirmed && state.heldPassword !== undefined) {
        return busy(state, { type: 'signIn', username: state.username, password: state.heldPassword });
      }
      // Confirmed at once without a password: the session SignUp handed out signs the person in.
      if (result.confirmed && !config.authMethods.includes('password')) {
        return busy(state, { type: 'signInAfterConfirmation', username: state.username });
      }
      const delivery = result.delivery ? { delivery: result.delivery } : {};
      return stay(show('confirmSignUp', state, delivery, keepPassword(state)));
    },
    confirmSignUp: (state, canSignIn) => {
      if (state.route !== 'confirmSignUp') return stay(state);
      if (canSignIn) {
        // The pool's confirmation session signs the user in: the password is not needed again.
        return busy(forgetPassword(state), { type: 'signInAfterConfirmation', username: state.username });
      }
      if (state.heldPassword !== undefined) {
        return busy(state, { type: 'signIn', username: state.username, password: state.heldPassword });
      }
      return stay({ ...show('signIn', state, {}), notice: 'signIn.confirmed' });
    },
    resendSignUpCode: (state, delivery) => {
      if (state.route !== 'confirmSignUp') return stay(state);
      // A new destination when the pool said one, else where the code went before.
      const sentTo = delivery ?? state.delivery;
      const screen = show('confirmSignUp', state, sentTo ? { delivery: sentTo } : {}, keepPassword(state));
      return stay({ ...screen, notice: 'confirmSignUp.resent' });
    },
  },

  failed: {
    signUp: (state, error) => {
      // Cognito creates the account before it hits the message quota.
      if (error.reason === 'limitExceeded')
        return stay(showFailure(show('confirmSignUp', state, {}, keepPassword(state)), error));
      return stay(showFailure(state, error));
    },
    confirmSignUp: (state, error) => stay(showFailure(state, error)),
    resendSignUpCode: (state, error) => stay(showFailure(state, error)),
  },
};
