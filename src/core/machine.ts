/**
 * The authenticator as a pure state machine: `transition(state, event, config)` returns
 * the next state and the effects to perform. It never calls anything itself; the
 * interpreter in `authenticator.ts` performs effects through an injected `AuthClient`
 * and feeds the results back as events.
 */
import type {
  AuthFailure,
  AuthSession,
  Challenge,
  CodeDelivery,
  Contact,
  LoginMechanism,
  Route,
  SignUpInput,
  SignUpResult,
} from './types.js';
import {
  checkAttribute,
  checkCode,
  checkConfirmation,
  checkCurrentPassword,
  checkEmail,
  checkRequired,
  checkNewPassword,
  checkUsername,
  collectErrors,
  defaultPasswordPolicy,
  normalizeAttribute,
  normalizeCode,
  normalizeUsername,
  type FieldErrors,
  type PasswordPolicy,
} from './validation.js';

/** How the authenticator is set up; the element fills it from its attributes. */
export interface AuthenticatorConfig {
  /** What people sign in with; the first is what sign-up uses as the username. */
  readonly loginMechanisms: readonly [LoginMechanism, ...LoginMechanism[]];
  readonly passwordPolicy: PasswordPolicy;
  /** User attributes asked for on sign-up, e.g. `['email', 'name', 'custom:plan']`. */
  readonly signUpAttributes: readonly string[];
  /** The first screen someone who is signed out sees. */
  readonly initialRoute: 'signIn' | 'signUp';
  readonly hideSignUp: boolean;
  /** After sign-in, offer to verify an email or phone number that is not verified yet. */
  readonly verifyContacts: boolean;
  /** Sign-up attributes that may be left empty. */
  readonly optionalAttributes: readonly string[];
}

export const defaultConfig: AuthenticatorConfig = {
  loginMechanisms: ['username'],
  passwordPolicy: defaultPasswordPolicy,
  signUpAttributes: ['email'],
  initialRoute: 'signIn',
  hideSignUp: false,
  verifyContacts: true,
  optionalAttributes: [],
};

export interface AuthState {
  readonly route: Route;
  /** The username typed last, carried from screen to screen. */
  readonly username: string;
  /** A request is in flight; the form is busy and cannot be sent again. */
  readonly pending: boolean;
  /** Messages for single fields. */
  readonly fieldErrors?: FieldErrors;
  /** A message for the whole form. */
  readonly error?: AuthFailure;
  /** Translation key of a message that is not an error ("We sent a new code"). */
  readonly notice?: string;
  /** Where the last code was sent. */
  readonly delivery?: CodeDelivery;
  readonly session?: AuthSession;
  /** The step Cognito asked for, while its screen is shown. */
  readonly challenge?: Challenge;
  /** The TOTP secret to hand to an authenticator app while TOTP is set up. */
  readonly totpSecret?: string;
  /** Contacts of the signed-in user that are not verified, while verification is offered. */
  readonly contacts?: readonly Contact[];
  /** The contact being verified (`email` or `phone_number`). */
  readonly verifying?: string;
  /** The call in flight while `pending`: only its own answer is taken. */
  readonly inFlight?: Effect['type'];
  /**
   * The password typed on sign-up or sign-in, kept in memory only until the account is
   * confirmed so that the user is signed in without typing it again.
   */
  readonly heldPassword?: string;
}

/** Something the person did on a screen. */
export type UserEvent =
  /** Go to another screen; `username` carries what was typed on the screen being left. */
  | { readonly type: 'navigate'; readonly route: NavigableRoute; readonly username?: string }
  | { readonly type: 'submitSignIn'; readonly username: string; readonly password: string }
  | {
      readonly type: 'submitSignUp';
      readonly username: string;
      readonly password: string;
      readonly confirmPassword: string;
      readonly attributes: Readonly<Record<string, string>>;
    }
  | { readonly type: 'submitConfirmSignUp'; readonly code: string }
  | { readonly type: 'resendSignUpCode' }
  | { readonly type: 'submitConfirmSignIn'; readonly code: string }
  | {
      readonly type: 'submitForceNewPassword';
      readonly password: string;
      readonly confirmPassword: string;
      readonly attributes: Readonly<Record<string, string>>;
    }
  | { readonly type: 'submitSelectMfaType'; readonly mfaType: string }
  | { readonly type: 'submitSetupTotp'; readonly code: string }
  | { readonly type: 'submitSetupEmail'; readonly email: string }
  | { readonly type: 'submitCustomChallenge'; readonly answer: string }
  | { readonly type: 'submitVerifyUser'; readonly attribute: string }
  | { readonly type: 'submitConfirmVerifyUser'; readonly code: string }
  | { readonly type: 'skipVerification' }
  | { readonly type: 'submitResetPassword'; readonly username: string }
  | {
      readonly type: 'submitConfirmResetPassword';
      readonly code: string;
      readonly password: string;
      readonly confirmPassword: string;
    }
  | { readonly type: 'resendResetCode' }
  | { readonly type: 'signOut'; readonly global?: boolean };

/** What an effect or the session brought back. */
export type ResultEvent =
  | { readonly type: 'start' }
  | { readonly type: 'restored'; readonly session: AuthSession | null }
  | { readonly type: 'signedIn'; readonly session: AuthSession }
  | { readonly type: 'challenged'; readonly challenge: Challenge }
  | { readonly type: 'signedUp'; readonly result: SignUpResult }
  | { readonly type: 'confirmedSignUp'; readonly canSignIn: boolean }
  | { readonly type: 'codeResent'; readonly delivery?: CodeDelivery }
  | { readonly type: 'resetCodeSent'; readonly delivery?: CodeDelivery }
  | { readonly type: 'totpSecretReady'; readonly secret: string }
  | { readonly type: 'contactsChecked'; readonly contacts: readonly Contact[] }
  | { readonly type: 'attributeCodeSent'; readonly delivery?: CodeDelivery }
  | { readonly type: 'attributeVerified' }
  | { readonly type: 'passwordReset' }
  | { readonly type: 'signedOut' }
  | { readonly type: 'sessionRefreshed'; readonly session: AuthSession }
  | { readonly type: 'sessionEnded' }
  | { readonly type: 'failed'; readonly effect: Effect['type']; readonly error: AuthFailure };

export type AuthEvent = UserEvent | ResultEvent;

/** A call to make through the `AuthClient`. */
export type Effect =
  | { readonly type: 'restoreSession' }
  | { readonly type: 'signIn'; readonly username: string; readonly password: string }
  | { readonly type: 'signUp'; readonly input: SignUpInput }
  | { readonly type: 'confirmSignUp'; readonly username: string; readonly code: string }
  | { readonly type: 'resendSignUpCode'; readonly username: string }
  | {
      readonly type: 'respondToChallenge';
      readonly challengeName: string;
      readonly responses: Readonly<Record<string, string>>;
    }
  | { readonly type: 'signInAfterConfirmation'; readonly username: string }
  | { readonly type: 'checkContacts' }
  | { readonly type: 'sendAttributeCode'; readonly attribute: string }
  | { readonly type: 'verifyAttribute'; readonly attribute: string; readonly code: string }
  | { readonly type: 'setUpTotp' }
  | { readonly type: 'verifyTotp'; readonly code: string }
  | { readonly type: 'forgotPassword'; readonly username: string }
  | {
      readonly type: 'confirmForgotPassword';
      readonly username: string;
      readonly code: string;
      readonly password: string;
    }
  | { readonly type: 'signOut'; readonly global: boolean };

export interface Transition {
  readonly state: AuthState;
  readonly effects: readonly Effect[];
}

export const initialState: AuthState = { route: 'idle', username: '', pending: false };

/** Screens a person can go to with a link. */
export type NavigableRoute = 'signIn' | 'signUp' | 'resetPassword';

/** Routes of someone signed out; from each, sign-in is one link away. */
const SIGNED_OUT_ROUTES: readonly Route[] = [
  'signIn',
  'signUp',
  'confirmSignUp',
  'confirmSignIn',
  'selectMfaType',
  'setupTotp',
  'setupEmail',
  'customChallenge',
  'forceNewPassword',
  'resetPassword',
  'confirmResetPassword',
];

/** The MFA types a SELECT_MFA_TYPE or MFA_SETUP challenge offers, in Cognito's names. */
export function mfaTypesOf(challenge: Challenge | undefined): string[] {
  const list =
    challenge?.name === 'MFA_SETUP' ? challenge.parameters.MFAS_CAN_SETUP : challenge?.parameters.MFAS_CAN_CHOOSE;
  try {
    const parsed: unknown = JSON.parse(list ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((name): name is string => typeof name === 'string') : [];
  } catch {
    return [];
  }
}

/** The code challenges and the response key that carries each one's code. */
export const CODE_CHALLENGES: Readonly<Record<string, string>> = {
  SMS_MFA: 'SMS_MFA_CODE',
  SOFTWARE_TOKEN_MFA: 'SOFTWARE_TOKEN_MFA_CODE',
  EMAIL_OTP: 'EMAIL_OTP_CODE',
};

/** The attributes a NEW_PASSWORD_REQUIRED challenge asks for, without Cognito's `userAttributes.` prefix. */
export function requiredAttributes(challenge: Challenge | undefined): string[] {
  try {
    const parsed: unknown = JSON.parse(challenge?.parameters.requiredAttributes ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter((name): name is string => typeof name === 'string')
      .map((name) => name.replace(/^userAttributes\./u, ''));
  } catch {
    return [];
  }
}

/** Where a challenge's code went, from its `CODE_DELIVERY_*` parameters. */
function deliveryOf(challenge: Challenge): CodeDelivery | undefined {
  const destination = challenge.parameters.CODE_DELIVERY_DESTINATION;
  if (!destination) return undefined;
  const medium = challenge.parameters.CODE_DELIVERY_DELIVERY_MEDIUM === 'SMS' ? 'SMS' : 'EMAIL';
  return { destination, medium, attribute: medium === 'SMS' ? 'phone_number' : 'email' };
}

// Named guards.
const guards = {
  /** Nothing is in flight, so a new request may start. */
  isIdle: (state: AuthState): boolean => !state.pending,
  isSignedOut: (state: AuthState): boolean => SIGNED_OUT_ROUTES.includes(state.route),
  isOn: (state: AuthState, route: Route): boolean => state.route === route,
  canSignUp: (config: AuthenticatorConfig): boolean => !config.hideSignUp,
  holdsPassword: (state: AuthState): state is AuthState & { heldPassword: string } => state.heldPassword !== undefined,
};

/** Errors that belong beside one field rather than above the form. */
/** The field a failure belongs beside, on the screens that have that field. */
const FIELD_OF_ERROR: Readonly<Record<string, { readonly field: string; readonly routes: readonly Route[] }>> = {
  CodeMismatchException: {
    field: 'code',
    routes: ['confirmSignUp', 'confirmSignIn', 'setupTotp', 'confirmResetPassword', 'confirmVerifyUser'],
  },
  ExpiredCodeException: {
    field: 'code',
    routes: ['confirmSignUp', 'confirmSignIn', 'setupTotp', 'confirmResetPassword', 'confirmVerifyUser'],
  },
  EnableSoftwareTokenMFAException: { field: 'code', routes: ['setupTotp'] },
  UsernameExistsException: { field: 'username', routes: ['signUp'] },
  AliasExistsException: { field: 'username', routes: ['signUp'] },
  InvalidPasswordException: { field: 'password', routes: ['signUp', 'forceNewPassword', 'confirmResetPassword'] },
};

const stay = (state: AuthState): Transition => ({ state, effects: [] });

type OptionalMember =
  | 'fieldErrors'
  | 'error'
  | 'notice'
  | 'delivery'
  | 'session'
  | 'heldPassword'
  | 'challenge'
  | 'totpSecret'
  | 'inFlight'
  | 'contacts'
  | 'verifying';

/** A copy of `state` without the given optional members. */
function omit(state: AuthState, ...keys: OptionalMember[]): AuthState {
  const drop = new Set<string>(keys);
  return Object.fromEntries(Object.entries(state).filter(([key]) => !drop.has(key))) as AuthState;
}

const MESSAGES = ['fieldErrors', 'error', 'notice'] as const;

/** A screen as it is first shown: no messages, nothing pending. */
function screen(state: AuthState, route: Route, extra: Partial<AuthState> = {}): AuthState {
  return { ...omit(state, ...MESSAGES), route, pending: false, ...extra };
}

function busy(state: AuthState, extra: Partial<AuthState> = {}): AuthState {
  return { ...omit(state, ...MESSAGES), pending: true, ...extra };
}

function invalid(state: AuthState, fieldErrors: FieldErrors): Transition {
  return stay({ ...omit(state, 'error', 'notice'), fieldErrors });
}

function forgetPassword(state: AuthState): AuthState {
  return omit(state, 'heldPassword');
}

function signedOut(state: AuthState, config: AuthenticatorConfig): AuthState {
  const route = config.initialRoute === 'signUp' && guards.canSignUp(config) ? 'signUp' : 'signIn';
  return screen(
    omit(state, 'session', 'heldPassword', 'delivery', 'challenge', 'totpSecret', 'contacts', 'verifying'),
    route,
  );
}

function authenticated(state: AuthState, session: AuthSession): AuthState {
  return screen(
    omit(state, 'heldPassword', 'delivery', 'challenge', 'totpSecret', 'contacts', 'verifying'),
    'authenticated',
    { session },
  );
}

/** Shows a failure: beside its field when it has one, above the form otherwise. */
function showFailure(state: AuthState, error: AuthFailure): AuthState {
  const rest = { ...omit(state, 'notice'), pending: false };
  if (error.fields && Object.keys(error.fields).length > 0) {
    const fieldErrors = Object.fromEntries(
      Object.entries(error.fields).map(([name, message]) => [name, { key: 'validation.custom', values: { message } }]),
    );
    return { ...omit(rest, 'error'), fieldErrors };
  }
  const placement = FIELD_OF_ERROR[error.code];
  const field = placement?.routes.includes(state.route) ? placement.field : undefined;
  if (field === undefined) return { ...rest, error };
  const fieldError =
    error.detail === undefined ? { key: error.key } : { key: error.key, values: { detail: error.detail } };
  return { ...omit(rest, 'error'), fieldErrors: { [field]: fieldError } };
}

function onFailed(
  state: AuthState,
  event: Extract<AuthEvent, { type: 'failed' }>,
  config: AuthenticatorConfig,
): Transition {
  switch (event.effect) {
    case 'restoreSession':
      // The stored session could not be checked (offline, say): sign-in, with the reason.
      return stay(showFailure(signedOut(state, config), event.error));
    case 'signOut':
      // A local sign-out always succeeds; a failed revocation does not keep anyone signed in.
      return stay(signedOut(state, config));
    case 'signInAfterConfirmation':
      // The session did not work out: sign in by hand, username kept.
      return stay(showFailure(screen(state, 'signIn'), event.error));
    case 'signIn':
      if (event.error.code === 'UserNotConfirmedException') {
        // Not confirmed yet: straight to the code screen with a fresh code.
        return {
          state: busy(screen(state, 'confirmSignUp')),
          effects: [{ type: 'resendSignUpCode', username: state.username }],
        };
      }
      if (event.error.code === 'PasswordResetRequiredException') {
        // The pool wants a new password: send the reset code at once (the code screen follows once it is sent).
        return { state: busy(forgetPassword(state)), effects: [{ type: 'forgotPassword', username: state.username }] };
      }
      if (guards.isOn(state, 'confirmSignUp') || guards.isOn(state, 'confirmResetPassword')) {
        // Confirmed or reset, but the automatic sign-in failed: let them sign in by hand.
        return stay(showFailure(screen(forgetPassword(state), 'signIn'), event.error));
      }
      return stay(showFailure(forgetPassword(state), event.error));
    case 'signUp':
      if (event.error.code === 'LimitExceededException') {
        // Cognito creates the account before it hits the message quota.
        return stay(showFailure(screen(state, 'confirmSignUp'), event.error));
      }
      return stay(showFailure(state, event.error));
    case 'respondToChallenge':
    case 'setUpTotp':
    case 'verifyTotp':
      if (event.error.key === 'errors.sessionExpired') {
        // The challenge's session ran out: start again from sign-in, username kept.
        return stay({ ...screen(omit(state, 'challenge', 'heldPassword', 'delivery'), 'signIn'), error: event.error });
      }
      return stay(showFailure(state, event.error));
    case 'confirmForgotPassword':
      return stay(showFailure(forgetPassword(state), event.error));
    case 'confirmSignUp':
    case 'resendSignUpCode':
    case 'forgotPassword':
    case 'sendAttributeCode':
    case 'verifyAttribute':
      return stay(showFailure(state, event.error));
    case 'checkContacts':
      // Not knowing which contacts are verified never keeps anyone out.
      return stay(state.session ? authenticated(state, state.session) : signedOut(state, config));
  }
}

/** Starts setting up one MFA type during MFA_SETUP. */
function setUpMfa(state: AuthState, mfaType: string): Transition {
  if (mfaType === 'SOFTWARE_TOKEN_MFA') return { state: busy(state), effects: [{ type: 'setUpTotp' }] };
  return stay(screen(state, 'setupEmail'));
}

/** Shows the screen for a challenge Cognito returned, or refuses one without a screen. */
function onChallenge(state: AuthState, challenge: Challenge): Transition {
  const base = omit(state, 'heldPassword', 'delivery', 'totpSecret');
  switch (challenge.name) {
    case 'NEW_PASSWORD_REQUIRED':
      return stay(screen(base, 'forceNewPassword', { challenge }));
    case 'CUSTOM_CHALLENGE':
      return stay(screen(base, 'customChallenge', { challenge }));
    case 'SELECT_MFA_TYPE':
      return stay(screen(base, 'selectMfaType', { challenge }));
    case 'MFA_SETUP': {
      const types = mfaTypesOf(challenge).filter((type) => type === 'SOFTWARE_TOKEN_MFA' || type === 'EMAIL_OTP');
      const [only] = types;
      if (types.length === 1 && only !== undefined) return setUpMfa({ ...base, challenge }, only);
      if (types.length > 1) return stay(screen(base, 'selectMfaType', { challenge }));
      break;
    }
    default:
      if (CODE_CHALLENGES[challenge.name] !== undefined) {
        const delivery = deliveryOf(challenge);
        return stay(screen(base, 'confirmSignIn', delivery ? { challenge, delivery } : { challenge }));
      }
  }
  // A step this element has no screen for: refused with a message.
  const refused = { code: challenge.name, key: 'errors.unsupportedChallenge' };
  return stay(showFailure(screen(omit(base, 'challenge'), 'signIn'), refused));
}

/** Which calls each answer can come from. */
const ANSWERS: Partial<Record<AuthEvent['type'], readonly Effect['type'][]>> = {
  restored: ['restoreSession'],
  signedIn: ['signIn', 'respondToChallenge', 'verifyTotp', 'signInAfterConfirmation'],
  challenged: ['signIn', 'respondToChallenge', 'verifyTotp', 'signInAfterConfirmation'],
  signedUp: ['signUp'],
  confirmedSignUp: ['confirmSignUp'],
  codeResent: ['resendSignUpCode'],
  resetCodeSent: ['forgotPassword'],
  passwordReset: ['confirmForgotPassword'],
  totpSecretReady: ['setUpTotp'],
  contactsChecked: ['checkContacts'],
  attributeCodeSent: ['sendAttributeCode'],
  attributeVerified: ['verifyAttribute'],
  signedOut: ['signOut'],
};

/**
 * The whole behaviour of the authenticator. Pure: the same state, event and config give
 * the same result. An answer is taken only from the call in flight; a late or stray one
 * changes nothing.
 */
export function transition(
  state: AuthState,
  event: AuthEvent,
  config: AuthenticatorConfig = defaultConfig,
): Transition {
  const from = event.type === 'failed' ? [event.effect] : ANSWERS[event.type];
  if (from && (!state.pending || state.inFlight === undefined || !from.includes(state.inFlight))) return stay(state);
  const next = step(state, event, config);
  const last = next.effects.at(-1);
  if (last) return { state: { ...next.state, inFlight: last.type }, effects: next.effects };
  if (!next.state.pending && next.state.inFlight !== undefined)
    return { state: omit(next.state, 'inFlight'), effects: next.effects };
  return next;
}

function step(state: AuthState, event: AuthEvent, config: AuthenticatorConfig): Transition {
  switch (event.type) {
    case 'start':
      return { state: { ...initialState, route: 'setup', pending: true }, effects: [{ type: 'restoreSession' }] };

    case 'restored':
      if (!guards.isOn(state, 'setup')) return stay(state);
      return stay(event.session ? authenticated(state, event.session) : signedOut(state, config));

    case 'navigate':
      if (!guards.isIdle(state) || !guards.isSignedOut(state)) return stay(state);
      if (event.route === 'signUp' && !guards.canSignUp(config)) return stay(state);
      return stay(
        screen(
          omit(state, 'heldPassword', 'challenge', 'delivery', 'totpSecret'),
          event.route,
          event.username === undefined ? {} : { username: event.username.trim() },
        ),
      );

    case 'submitSignIn': {
      if (!guards.isIdle(state) || !guards.isOn(state, 'signIn')) return stay(state);
      const errors = collectErrors({
        username: checkUsername(event.username, config.loginMechanisms),
        password: checkCurrentPassword(event.password),
      });
      if (errors) return invalid(state, errors);
      const username = normalizeUsername(event.username, config.loginMechanisms);
      return {
        state: busy(state, { username, heldPassword: event.password }),
        effects: [{ type: 'signIn', username, password: event.password }],
      };
    }

    case 'submitSignUp': {
      if (!guards.isIdle(state) || !guards.isOn(state, 'signUp')) return stay(state);
      const [mechanism] = config.loginMechanisms;
      const usernameIsAttribute = mechanism !== 'username';
      const attributeNames = config.signUpAttributes.filter((name) => !(usernameIsAttribute && name === mechanism));
      const errors = collectErrors({
        username: checkUsername(event.username, mechanism),
        password: checkNewPassword(event.password, config.passwordPolicy),
        confirmPassword: checkConfirmation(event.password, event.confirmPassword),
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
      return {
        state: busy(state, { username, heldPassword: event.password }),
        effects: [{ type: 'signUp', input: { username, password: event.password, attributes } }],
      };
    }

    case 'submitConfirmSignUp': {
      if (!guards.isIdle(state) || !guards.isOn(state, 'confirmSignUp')) return stay(state);
      const errors = collectErrors({ code: checkCode(event.code) });
      if (errors) return invalid(state, errors);
      return {
        state: busy(state),
        effects: [{ type: 'confirmSignUp', username: state.username, code: normalizeCode(event.code) }],
      };
    }

    case 'resendSignUpCode':
      if (!guards.isIdle(state) || !guards.isOn(state, 'confirmSignUp')) return stay(state);
      return { state: busy(state), effects: [{ type: 'resendSignUpCode', username: state.username }] };

    case 'submitConfirmSignIn': {
      if (!guards.isIdle(state) || !guards.isOn(state, 'confirmSignIn') || !state.challenge) return stay(state);
      const errors = collectErrors({ code: checkCode(event.code) });
      if (errors) return invalid(state, errors);
      const responseKey = CODE_CHALLENGES[state.challenge.name] ?? 'ANSWER';
      return {
        state: busy(state),
        effects: [
          {
            type: 'respondToChallenge',
            challengeName: state.challenge.name,
            responses: { [responseKey]: normalizeCode(event.code) },
          },
        ],
      };
    }

    case 'submitForceNewPassword': {
      if (!guards.isIdle(state) || !guards.isOn(state, 'forceNewPassword') || !state.challenge) return stay(state);
      const names = requiredAttributes(state.challenge);
      const errors = collectErrors({
        password: checkNewPassword(event.password, config.passwordPolicy),
        confirmPassword: checkConfirmation(event.password, event.confirmPassword),
        ...Object.fromEntries(names.map((name) => [name, checkAttribute(name, event.attributes[name] ?? '', true)])),
      });
      if (errors) return invalid(state, errors);
      const responses: Record<string, string> = { NEW_PASSWORD: event.password };
      for (const name of names)
        responses[`userAttributes.${name}`] = normalizeAttribute(name, event.attributes[name] ?? '');
      return {
        state: busy(state),
        effects: [{ type: 'respondToChallenge', challengeName: 'NEW_PASSWORD_REQUIRED', responses }],
      };
    }

    case 'submitSelectMfaType': {
      if (!guards.isIdle(state) || !guards.isOn(state, 'selectMfaType') || !state.challenge) return stay(state);
      if (!mfaTypesOf(state.challenge).includes(event.mfaType))
        return invalid(state, { mfaType: { key: 'validation.required' } });
      if (state.challenge.name === 'MFA_SETUP') return setUpMfa(state, event.mfaType);
      return {
        state: busy(state),
        effects: [
          { type: 'respondToChallenge', challengeName: 'SELECT_MFA_TYPE', responses: { ANSWER: event.mfaType } },
        ],
      };
    }

    case 'submitSetupTotp': {
      if (!guards.isIdle(state) || !guards.isOn(state, 'setupTotp')) return stay(state);
      const errors = collectErrors({ code: checkCode(event.code) });
      if (errors) return invalid(state, errors);
      return { state: busy(state), effects: [{ type: 'verifyTotp', code: normalizeCode(event.code) }] };
    }

    case 'submitSetupEmail': {
      if (!guards.isIdle(state) || !guards.isOn(state, 'setupEmail')) return stay(state);
      const errors = collectErrors({ email: checkEmail(event.email) });
      if (errors) return invalid(state, errors);
      return {
        state: busy(state),
        effects: [{ type: 'respondToChallenge', challengeName: 'MFA_SETUP', responses: { EMAIL: event.email.trim() } }],
      };
    }

    case 'submitCustomChallenge': {
      if (!guards.isIdle(state) || !guards.isOn(state, 'customChallenge')) return stay(state);
      const errors = collectErrors({ answer: checkRequired(event.answer) });
      if (errors) return invalid(state, errors);
      return {
        state: busy(state),
        effects: [
          { type: 'respondToChallenge', challengeName: 'CUSTOM_CHALLENGE', responses: { ANSWER: event.answer } },
        ],
      };
    }

    case 'submitResetPassword': {
      if (!guards.isIdle(state) || !guards.isOn(state, 'resetPassword')) return stay(state);
      const errors = collectErrors({ username: checkUsername(event.username, config.loginMechanisms) });
      if (errors) return invalid(state, errors);
      const username = normalizeUsername(event.username, config.loginMechanisms);
      return { state: busy(state, { username }), effects: [{ type: 'forgotPassword', username }] };
    }

    case 'submitConfirmResetPassword': {
      if (!guards.isIdle(state) || !guards.isOn(state, 'confirmResetPassword')) return stay(state);
      const errors = collectErrors({
        code: checkCode(event.code),
        password: checkNewPassword(event.password, config.passwordPolicy),
        confirmPassword: checkConfirmation(event.password, event.confirmPassword),
      });
      if (errors) return invalid(state, errors);
      return {
        state: busy(state, { heldPassword: event.password }),
        effects: [
          {
            type: 'confirmForgotPassword',
            username: state.username,
            code: normalizeCode(event.code),
            password: event.password,
          },
        ],
      };
    }

    case 'resendResetCode':
      if (!guards.isIdle(state) || !guards.isOn(state, 'confirmResetPassword')) return stay(state);
      return { state: busy(state), effects: [{ type: 'forgotPassword', username: state.username }] };

    case 'resetCodeSent':
      if (
        !state.pending ||
        !(
          guards.isOn(state, 'resetPassword') ||
          guards.isOn(state, 'confirmResetPassword') ||
          guards.isOn(state, 'signIn')
        )
      )
        return stay(state);
      return stay(
        screen(state, 'confirmResetPassword', {
          ...(guards.isOn(state, 'confirmResetPassword') ? { notice: 'confirmResetPassword.resent' } : {}),
          ...(event.delivery ? { delivery: event.delivery } : {}),
        }),
      );

    case 'passwordReset':
      if (!state.pending || !guards.isOn(state, 'confirmResetPassword')) return stay(state);
      if (guards.holdsPassword(state)) {
        // Signed in with the new password straight away.
        return {
          state: busy(state),
          effects: [{ type: 'signIn', username: state.username, password: state.heldPassword }],
        };
      }
      return stay(screen(state, 'signIn', { notice: 'signIn.passwordReset' }));

    case 'signOut':
      if (!guards.isOn(state, 'authenticated')) return stay(state);
      return { state: busy(state), effects: [{ type: 'signOut', global: event.global ?? false }] };

    case 'signedIn':
      if (!state.pending) return stay(state);
      if (!config.verifyContacts) return stay(authenticated(state, event.session));
      // Signed in: first see whether an email or phone number still needs verifying.
      return {
        state: busy(omit(state, 'heldPassword'), { session: event.session }),
        effects: [{ type: 'checkContacts' }],
      };

    case 'contactsChecked': {
      if (!state.pending || !state.session) return stay(state);
      const contacts = event.contacts.filter((contact) => contact.name === 'email' || contact.name === 'phone_number');
      if (contacts.length === 0) return stay(authenticated(state, state.session));
      return stay(screen(omit(state, 'challenge', 'totpSecret', 'delivery'), 'verifyUser', { contacts }));
    }

    case 'submitVerifyUser':
      if (!guards.isIdle(state) || !guards.isOn(state, 'verifyUser')) return stay(state);
      if (!state.contacts?.some((contact) => contact.name === event.attribute))
        return invalid(state, { attribute: { key: 'validation.required' } });
      return {
        state: busy(state, { verifying: event.attribute }),
        effects: [{ type: 'sendAttributeCode', attribute: event.attribute }],
      };

    case 'attributeCodeSent':
      if (!state.pending || !guards.isOn(state, 'verifyUser')) return stay(state);
      return stay(screen(state, 'confirmVerifyUser', event.delivery ? { delivery: event.delivery } : {}));

    case 'submitConfirmVerifyUser': {
      if (!guards.isIdle(state) || !guards.isOn(state, 'confirmVerifyUser') || !state.verifying) return stay(state);
      const errors = collectErrors({ code: checkCode(event.code) });
      if (errors) return invalid(state, errors);
      return {
        state: busy(state),
        effects: [{ type: 'verifyAttribute', attribute: state.verifying, code: normalizeCode(event.code) }],
      };
    }

    case 'attributeVerified':
    case 'skipVerification':
      if (!(guards.isOn(state, 'verifyUser') || guards.isOn(state, 'confirmVerifyUser')) || !state.session)
        return stay(state);
      if (event.type === 'skipVerification' && state.pending) return stay(state);
      return stay(authenticated(state, state.session));

    case 'challenged':
      if (!state.pending) return stay(state);
      return onChallenge(state, event.challenge);

    case 'totpSecretReady':
      if (!state.pending) return stay(state);
      return stay(screen(state, 'setupTotp', { totpSecret: event.secret }));

    case 'signedUp':
      if (!state.pending || !guards.isOn(state, 'signUp')) return stay(state);
      if (event.result.confirmed && guards.holdsPassword(state)) {
        return {
          state: busy(state),
          effects: [{ type: 'signIn', username: state.username, password: state.heldPassword }],
        };
      }
      return stay(screen(state, 'confirmSignUp', event.result.delivery ? { delivery: event.result.delivery } : {}));

    case 'confirmedSignUp':
      if (!state.pending || !guards.isOn(state, 'confirmSignUp')) return stay(state);
      if (event.canSignIn) {
        // The pool's confirmation session signs the user in: the password is not needed again.
        return {
          state: busy(forgetPassword(state)),
          effects: [{ type: 'signInAfterConfirmation', username: state.username }],
        };
      }
      if (guards.holdsPassword(state)) {
        return {
          state: busy(state),
          effects: [{ type: 'signIn', username: state.username, password: state.heldPassword }],
        };
      }
      return stay(screen(state, 'signIn', { notice: 'signIn.confirmed' }));

    case 'codeResent':
      if (!state.pending || !guards.isOn(state, 'confirmSignUp')) return stay(state);
      return stay({
        ...screen(state, 'confirmSignUp', { notice: 'confirmSignUp.resent' }),
        ...(event.delivery ? { delivery: event.delivery } : {}),
      });

    case 'signedOut':
      return stay(signedOut(state, config));

    case 'sessionRefreshed':
      if (guards.isOn(state, 'authenticated')) return stay({ ...state, session: event.session });
      // Signed in elsewhere (another tab): this one follows, unless it is busy with its own step.
      if (guards.isIdle(state) && guards.isSignedOut(state)) return stay(authenticated(state, event.session));
      return stay(state);

    case 'sessionEnded':
      if (!guards.isOn(state, 'authenticated')) return stay(state);
      return stay(signedOut(state, config));

    case 'failed':
      if (!state.pending) return stay(state);
      return onFailed(state, event, config);
  }
}

/** The screen to show for a state: the single place that decides it. */
export function screenFor(state: AuthState): Route {
  return state.route;
}
