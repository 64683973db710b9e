/**
 * The authenticator as a pure state machine: `transition(state, event, config)` returns
 * the next state and the effects to perform. It never calls anything itself; the
 * interpreter in `authenticator.ts` performs effects through an injected `AuthClient`
 * and feeds the results back as events.
 */
import type { AuthFailure, AuthSession, Challenge, CodeDelivery, LoginMechanism, Route, SignUpInput, SignUpResult } from './types.js';
import {
  checkAttribute,
  checkCode,
  checkConfirmation,
  checkCurrentPassword,
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
  readonly loginMechanism: LoginMechanism;
  readonly passwordPolicy: PasswordPolicy;
  /** User attributes asked for on sign-up, e.g. `['email', 'name', 'custom:plan']`. */
  readonly signUpAttributes: readonly string[];
  /** The first screen someone who is signed out sees. */
  readonly initialRoute: 'signIn' | 'signUp';
  readonly hideSignUp: boolean;
}

export const defaultConfig: AuthenticatorConfig = {
  loginMechanism: 'username',
  passwordPolicy: defaultPasswordPolicy,
  signUpAttributes: ['email'],
  initialRoute: 'signIn',
  hideSignUp: false,
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
  /**
   * The password typed on sign-up or sign-in, kept in memory only until the account is
   * confirmed so that the user is signed in without typing it again.
   */
  readonly heldPassword?: string;
}

/** Something the person did on a screen. */
export type UserEvent =
  /** Go to another screen; `username` carries what was typed on the screen being left. */
  | { readonly type: 'navigate'; readonly route: 'signIn' | 'signUp'; readonly username?: string }
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
  | { readonly type: 'signOut'; readonly global?: boolean };

/** What an effect or the session brought back. */
export type ResultEvent =
  | { readonly type: 'start' }
  | { readonly type: 'restored'; readonly session: AuthSession | null }
  | { readonly type: 'signedIn'; readonly session: AuthSession }
  | { readonly type: 'challenged'; readonly challenge: Challenge }
  | { readonly type: 'signedUp'; readonly result: SignUpResult }
  | { readonly type: 'confirmedSignUp' }
  | { readonly type: 'codeResent'; readonly delivery?: CodeDelivery }
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
  | { readonly type: 'signOut'; readonly global: boolean };

export interface Transition {
  readonly state: AuthState;
  readonly effects: readonly Effect[];
}

export const initialState: AuthState = { route: 'idle', username: '', pending: false };

/** Routes a signed-out person moves between freely. */
const SIGNED_OUT_ROUTES: readonly Route[] = ['signIn', 'signUp', 'confirmSignUp'];

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
const FIELD_OF_ERROR: Readonly<Record<string, string>> = {
  CodeMismatchException: 'code',
  ExpiredCodeException: 'code',
  UsernameExistsException: 'username',
  AliasExistsException: 'username',
  InvalidPasswordException: 'password',
};

const stay = (state: AuthState): Transition => ({ state, effects: [] });

type OptionalMember = 'fieldErrors' | 'error' | 'notice' | 'delivery' | 'session' | 'heldPassword';

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
  return screen(omit(state, 'session', 'heldPassword', 'delivery'), route);
}

function authenticated(state: AuthState, session: AuthSession): AuthState {
  return screen(omit(state, 'heldPassword', 'delivery'), 'authenticated', { session });
}

/** Shows a failure: beside its field when it has one, above the form otherwise. */
function showFailure(state: AuthState, error: AuthFailure): AuthState {
  const field = FIELD_OF_ERROR[error.code];
  const rest = { ...omit(state, 'notice'), pending: false };
  if (field === undefined) return { ...rest, error };
  const fieldError = error.detail === undefined ? { key: error.key } : { key: error.key, values: { detail: error.detail } };
  return { ...omit(rest, 'error'), fieldErrors: { [field]: fieldError } };
}

function onFailed(state: AuthState, event: Extract<AuthEvent, { type: 'failed' }>, config: AuthenticatorConfig): Transition {
  switch (event.effect) {
    case 'restoreSession':
      return stay(signedOut(state, config));
    case 'signOut':
      // A local sign-out always succeeds; a failed revocation does not keep anyone signed in.
      return stay(signedOut(state, config));
    case 'signIn':
      if (event.error.code === 'UserNotConfirmedException') {
        // Not confirmed yet: straight to the code screen with a fresh code.
        return { state: busy(screen(state, 'confirmSignUp')), effects: [{ type: 'resendSignUpCode', username: state.username }] };
      }
      if (guards.isOn(state, 'confirmSignUp')) {
        // Confirmed, but the automatic sign-in failed: let them sign in by hand.
        return stay(showFailure(screen(forgetPassword(state), 'signIn'), event.error));
      }
      return stay(showFailure(forgetPassword(state), event.error));
    case 'signUp':
      if (event.error.code === 'LimitExceededException') {
        // Cognito creates the account before it hits the message quota.
        return stay(showFailure(screen(state, 'confirmSignUp'), event.error));
      }
      return stay(showFailure(state, event.error));
    case 'confirmSignUp':
    case 'resendSignUpCode':
      return stay(showFailure(state, event.error));
  }
}

/**
 * The whole behaviour of the authenticator. Pure: the same state, event and config give
 * the same result.
 */
export function transition(state: AuthState, event: AuthEvent, config: AuthenticatorConfig = defaultConfig): Transition {
  switch (event.type) {
    case 'start':
      return { state: { ...initialState, route: 'setup', pending: true }, effects: [{ type: 'restoreSession' }] };

    case 'restored':
      if (!guards.isOn(state, 'setup')) return stay(state);
      return stay(event.session ? authenticated(state, event.session) : signedOut(state, config));

    case 'navigate':
      if (!guards.isIdle(state) || !guards.isSignedOut(state)) return stay(state);
      if (event.route === 'signUp' && !guards.canSignUp(config)) return stay(state);
      return stay(screen(forgetPassword(state), event.route, event.username === undefined ? {} : { username: event.username.trim() }));

    case 'submitSignIn': {
      if (!guards.isIdle(state) || !guards.isOn(state, 'signIn')) return stay(state);
      const errors = collectErrors({
        username: checkUsername(event.username, config.loginMechanism),
        password: checkCurrentPassword(event.password),
      });
      if (errors) return invalid(state, errors);
      const username = normalizeUsername(event.username, config.loginMechanism);
      return {
        state: busy(state, { username, heldPassword: event.password }),
        effects: [{ type: 'signIn', username, password: event.password }],
      };
    }

    case 'submitSignUp': {
      if (!guards.isIdle(state) || !guards.isOn(state, 'signUp')) return stay(state);
      const usernameIsAttribute = config.loginMechanism !== 'username';
      const attributeNames = config.signUpAttributes.filter((name) => !(usernameIsAttribute && name === config.loginMechanism));
      const errors = collectErrors({
        username: checkUsername(event.username, config.loginMechanism),
        password: checkNewPassword(event.password, config.passwordPolicy),
        confirmPassword: checkConfirmation(event.password, event.confirmPassword),
        ...Object.fromEntries(attributeNames.map((name) => [name, checkAttribute(name, event.attributes[name] ?? '', true)])),
      });
      if (errors) return invalid(state, errors);
      const username = normalizeUsername(event.username, config.loginMechanism);
      const attributes: Record<string, string> = Object.fromEntries(
        attributeNames.map((name) => [name, normalizeAttribute(name, event.attributes[name] ?? '')]),
      );
      if (usernameIsAttribute) attributes[config.loginMechanism] = username;
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

    case 'signOut':
      if (!guards.isOn(state, 'authenticated')) return stay(state);
      return { state: busy(state), effects: [{ type: 'signOut', global: event.global ?? false }] };

    case 'signedIn':
      if (!state.pending) return stay(state);
      return stay(authenticated(state, event.session));

    case 'challenged':
      // Challenge screens are added route by route; until one exists the step is refused.
      if (!state.pending) return stay(state);
      return stay(showFailure(state, { code: event.challenge.name, key: 'errors.unsupportedChallenge' }));

    case 'signedUp':
      if (!state.pending || !guards.isOn(state, 'signUp')) return stay(state);
      if (event.result.confirmed && guards.holdsPassword(state)) {
        return { state: busy(state), effects: [{ type: 'signIn', username: state.username, password: state.heldPassword }] };
      }
      return stay(screen(state, 'confirmSignUp', event.result.delivery ? { delivery: event.result.delivery } : {}));

    case 'confirmedSignUp':
      if (!state.pending || !guards.isOn(state, 'confirmSignUp')) return stay(state);
      if (guards.holdsPassword(state)) {
        return { state: busy(state), effects: [{ type: 'signIn', username: state.username, password: state.heldPassword }] };
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
      if (!guards.isOn(state, 'authenticated')) return stay(state);
      return stay({ ...state, session: event.session });

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
