/**
 * The sign-in flow: the username and password, then every step the pool asks for before
 * it issues tokens (a code, a choice or setup of a second factor, a new password, the
 * pool's own challenge).
 */
import type { AuthenticatorConfig } from '../config.js';
import {
  busy,
  forgetPassword,
  invalid,
  keepPassword,
  show,
  showFailure,
  stay,
  type MachineState,
  type Transition,
} from '../state.js';
import type { AuthFailure, Challenge, MfaType, SignInResult } from '../types.js';
import {
  checkAnswer,
  checkAttribute,
  checkCode,
  checkConfirmation,
  checkCurrentPassword,
  checkEmail,
  checkNewPassword,
  checkUsername,
  collectErrors,
  normalizeAttribute,
  normalizeCode,
  normalizeUsername,
} from '../validation.js';
import { on, type Flow } from './flow.js';
import { afterSignIn } from './verify-contact.js';

/** The second factors this element can set up during sign-in. */
const SETTABLE: readonly MfaType[] = ['totp', 'email'];

/** What the person sees once a sign-in step answered: the app (after the contacts check) or the next step. */
export function onSignInResult(state: MachineState, result: SignInResult, config: AuthenticatorConfig): Transition {
  return result.kind === 'signedIn'
    ? afterSignIn(state, result.session, config)
    : onChallenge(state, result.challenge, config);
}

/** Starts setting up one second factor during sign-in. */
function setUpMfa(state: MachineState, mfaType: MfaType): Transition {
  if (mfaType === 'totp') return busy(state, { type: 'setUpTotp' });
  return stay(show('setupEmail', state, {}));
}

/** Shows the screen for a challenge, or refuses one without a screen. */
export function onChallenge(state: MachineState, challenge: Challenge, config: AuthenticatorConfig): Transition {
  for (const flow of config.flows) {
    const shown = flow.challenge?.(state, challenge, config);
    if (shown) return shown;
  }
  switch (challenge.kind) {
    case 'newPassword':
      return stay(show('forceNewPassword', state, { challenge }));
    case 'custom':
      return stay(show('customChallenge', state, { challenge }));
    case 'selectMfa':
      return stay(show('selectMfaType', state, { challenge }));
    case 'mfaCode':
      return stay(show('confirmSignIn', state, { challenge }));
    case 'setupMfa': {
      const types = challenge.options.filter((type) => SETTABLE.includes(type));
      const [only] = types;
      if (types.length === 1 && only !== undefined) return setUpMfa(forgetPassword(state), only);
      if (types.length > 1) return stay(show('selectMfaType', state, { challenge }));
      return refuse(state, 'UnsupportedMfaSetup');
    }
    case 'selectMethod':
    case 'signInCode':
      // Choice-based sign-in without its flow loaded: no screen for it here.
      return refuse(state, 'PasswordlessFlowMissing');
    case 'unsupported':
      return refuse(state, challenge.name);
  }
}

/** A step this element has no screen for: back to sign-in, with a message. */
function refuse(state: MachineState, code: string): Transition {
  return stay(showFailure(show('signIn', state, {}), { code, key: 'errors.unsupportedChallenge' }));
}

/** A failed step of a challenge: its session ran out (sign in again), or a message on the same screen. */
function challengeFailed(state: MachineState, error: AuthFailure): Transition {
  if (error.reason === 'sessionExpired' || error.reason === 'passkeyFailed')
    return stay({ ...show('signIn', state, {}), error });
  return stay(showFailure(state, error));
}

export const signInFlow: Flow<
  'signIn',
  | 'submitSignIn'
  | 'submitConfirmSignIn'
  | 'submitForceNewPassword'
  | 'submitSelectMfaType'
  | 'submitSetupTotp'
  | 'submitSetupEmail'
  | 'submitCustomChallenge'
> = {
  user: {
    submitSignIn: on('submitSignIn', ['signIn'], (state, event, config) => {
      const errors = collectErrors({
        username: checkUsername(event.username, config.loginMechanisms),
        password: checkCurrentPassword(event.password),
      });
      if (errors) return invalid(state, errors);
      const username = normalizeUsername(event.username, config.loginMechanisms);
      return busy(
        { ...state, username },
        { type: 'signIn', username, password: event.password },
        { heldPassword: event.password },
      );
    }),

    submitConfirmSignIn: on('submitConfirmSignIn', ['confirmSignIn'], (state, event) => {
      const errors = collectErrors({ code: checkCode(event.code) });
      if (errors) return invalid(state, errors);
      return busy(state, { type: 'respondToChallenge', kind: 'mfaCode', code: normalizeCode(event.code) });
    }),

    submitForceNewPassword: on('submitForceNewPassword', ['forceNewPassword'], (state, event, config) => {
      const names = state.challenge.requiredAttributes;
      const errors = collectErrors({
        password: checkNewPassword(event.password, config.passwordPolicy),
        confirmPassword: checkConfirmation(event.password, event.confirmPassword),
        ...Object.fromEntries(names.map((name) => [name, checkAttribute(name, event.attributes[name] ?? '', true)])),
      });
      if (errors) return invalid(state, errors);
      const attributes = Object.fromEntries(
        names.map((name) => [name, normalizeAttribute(name, event.attributes[name] ?? '')]),
      );
      return busy(state, { type: 'respondToChallenge', kind: 'newPassword', password: event.password, attributes });
    }),

    submitSelectMfaType: on('submitSelectMfaType', ['selectMfaType'], (state, event) => {
      const { challenge } = state;
      const options =
        challenge.kind === 'setupMfa' ? challenge.options.filter((type) => SETTABLE.includes(type)) : challenge.options;
      const mfaType = options.find((option) => option === event.mfaType);
      if (mfaType === undefined) return invalid(state, { mfaType: { key: 'validation.required' } });
      if (challenge.kind === 'setupMfa') return setUpMfa(state, mfaType);
      return busy(state, { type: 'respondToChallenge', kind: 'selectMfa', mfaType });
    }),

    submitSetupTotp: on('submitSetupTotp', ['setupTotp'], (state, event) => {
      const errors = collectErrors({ code: checkCode(event.code) });
      if (errors) return invalid(state, errors);
      return busy(state, { type: 'verifyTotp', code: normalizeCode(event.code) });
    }),

    submitSetupEmail: on('submitSetupEmail', ['setupEmail'], (state, event) => {
      const errors = collectErrors({ email: checkEmail(event.email) });
      if (errors) return invalid(state, errors);
      return busy(state, { type: 'respondToChallenge', kind: 'setupEmail', email: event.email.trim() });
    }),

    submitCustomChallenge: on('submitCustomChallenge', ['customChallenge'], (state, event) => {
      const errors = collectErrors({ answer: checkAnswer(event.answer) });
      if (errors) return invalid(state, errors);
      return busy(state, { type: 'respondToChallenge', kind: 'custom', answer: event.answer });
    }),
  },

  done: {
    signIn: onSignInResult,
    respondToChallenge: onSignInResult,
    verifyTotp: onSignInResult,
    signInAfterConfirmation: onSignInResult,
    setUpTotp: (state, secret) => stay(show('setupTotp', state, { secret })),
  },

  failed: {
    signIn: (state, error) => {
      if (error.reason === 'userNotConfirmed') {
        // Not confirmed yet: straight to the code screen with a fresh code.
        const confirm = show('confirmSignUp', state, {}, keepPassword(state));
        return busy(confirm, { type: 'resendSignUpCode', username: state.username });
      }
      if (error.reason === 'passwordResetRequired') {
        // The pool wants a new password: send the reset code at once (the code screen follows once it is sent).
        return busy(forgetPassword(state), { type: 'forgotPassword', username: state.username });
      }
      if (state.route === 'confirmSignUp' || state.route === 'confirmResetPassword') {
        // Confirmed or reset, but the automatic sign-in failed: let them sign in by hand.
        return stay(showFailure(show('signIn', state, {}), error));
      }
      return stay(showFailure(forgetPassword(state), error));
    },
    // The session did not work out: sign in by hand, username kept.
    signInAfterConfirmation: (state, error) => stay(showFailure(show('signIn', state, {}), error)),
    respondToChallenge: challengeFailed,
    setUpTotp: challengeFailed,
    verifyTotp: challengeFailed,
  },
};
