/**
 * The machine's state: one shape per route, each with the data its screen needs and
 * nothing else, plus the few builders every flow makes its states with. A new screen is
 * built from what it needs, so nothing stale is carried from the screen before.
 */
import type { Effect } from './events.js';
import type {
  AuthFailure,
  AuthSession,
  CodeDelivery,
  Contact,
  CustomChallenge,
  FailureField,
  MfaCodeChallenge,
  NewPasswordChallenge,
  Route,
  SelectMethodChallenge,
  SelectMfaChallenge,
  SetupMfaChallenge,
  SignInCodeChallenge,
} from './types.js';
import type { FieldErrors } from './validation.js';

/** A screen that needs no data of its own. */
type Nothing = object;

/** The data each route's screen needs. */
export interface RouteData {
  readonly idle: Nothing;
  readonly setup: Nothing;
  readonly signIn: Nothing;
  readonly signUp: Nothing;
  readonly resetPassword: Nothing;
  readonly setupEmail: Nothing;
  /** `delivery`: where the code went, when the pool said. */
  readonly confirmSignUp: { readonly delivery?: CodeDelivery };
  readonly confirmResetPassword: { readonly delivery?: CodeDelivery };
  readonly confirmSignIn: { readonly challenge: MfaCodeChallenge };
  readonly selectMfaType: { readonly challenge: SelectMfaChallenge | SetupMfaChallenge };
  /** `secret`: the TOTP secret to hand to an authenticator app. */
  readonly setupTotp: { readonly secret: string };
  readonly forceNewPassword: { readonly challenge: NewPasswordChallenge };
  readonly customChallenge: { readonly challenge: CustomChallenge };
  /** `contacts`: the signed-in user's contacts that are not verified. */
  readonly verifyUser: { readonly session: AuthSession; readonly contacts: readonly Contact[] };
  /** `attribute`: the contact being verified (`email` or `phone_number`). */
  readonly confirmVerifyUser: {
    readonly session: AuthSession;
    readonly contacts: readonly Contact[];
    readonly attribute: string;
    readonly delivery?: CodeDelivery;
  };
  /** `chosen`: the password answers the choice screen (`SELECT_CHALLENGE`) rather than starting a sign-in. */
  readonly signInPassword: { readonly chosen: boolean };
  readonly selectSignInMethod: { readonly challenge: SelectMethodChallenge };
  readonly confirmSignInCode: { readonly challenge: SignInCodeChallenge };
  /** A signed-in person without a passkey, offered to make one before the app; `created` once it is made. */
  readonly passkeyPrompt: { readonly session: AuthSession; readonly created: boolean };
  readonly authenticated: { readonly session: AuthSession };
}

/** What every screen has. */
interface ScreenBase<R extends Route> {
  readonly route: R;
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
}

/** The state a subscriber sees: the screen and its data, never a password or a call in flight. */
export type AuthState<R extends Route = Route> = { readonly [K in R]: ScreenBase<K> & RouteData[K] }[R];

/** What the machine keeps beside the screen, in memory only, and never hands to subscribers. */
export interface Held {
  /** The call in flight while `pending`: only its own answer is taken. */
  readonly inFlight?: Effect;
  /**
   * The password typed on sign-up, sign-in or reset, kept until the account is confirmed
   * or the sign-in done, so that the user is signed in without typing it again.
   */
  readonly heldPassword?: string;
  /** A session whose contacts are being checked before the app is shown. */
  readonly heldSession?: AuthSession;
}

/** The machine's own state: the screen, and what it holds beside it. */
export type MachineState<R extends Route = Route> = { readonly [K in R]: ScreenBase<K> & RouteData[K] & Held }[R];

/** What a transition gives back: the next state and the calls to make. */
export interface Transition {
  readonly state: MachineState;
  readonly effects: readonly Effect[];
}

export const initialState: MachineState = { route: 'idle', username: '', pending: false };

/** The state as a subscriber sees it. */
export function publicState(state: MachineState): AuthState {
  const { inFlight, heldPassword, heldSession, ...screen } = state;
  return screen;
}

export const stay = (state: MachineState): Transition => ({ state, effects: [] });

/** A screen as it is first shown: its data, the username, no messages, nothing pending. */
export function show<R extends Route>(
  route: R,
  from: { readonly username: string },
  data: RouteData[R],
  held: Held = {},
): MachineState<R> {
  // The route and its data are paired by `R`; TypeScript cannot see that through the spread.
  return { route, username: from.username, pending: false, ...data, ...held } as unknown as MachineState<R>;
}

/** The held password, to carry to the next screen. */
export function keepPassword(state: MachineState): Held {
  return state.heldPassword === undefined ? {} : { heldPassword: state.heldPassword };
}

/** The same state without the held password (the sign-in it was for is over). */
export function forgetPassword(state: MachineState): MachineState {
  const { heldPassword, ...rest } = state;
  return rest;
}

/** The state without its messages (a new attempt starts clean). */
function withoutMessages(state: MachineState): MachineState {
  const { fieldErrors, error, notice, ...rest } = state;
  return rest;
}

/** Makes one call: the form is busy until its answer comes. */
export function busy(state: MachineState, effect: Effect, held: Held = {}): Transition {
  return { state: { ...withoutMessages(state), ...held, pending: true, inFlight: effect }, effects: [effect] };
}

/** The same state with messages beside the fields; nothing is sent. */
export function invalid(state: MachineState, fieldErrors: FieldErrors): Transition {
  return stay({ ...withoutMessages(state), fieldErrors });
}

/** The routes that have each field a failure can belong beside. */
const FIELDS_OF_ROUTES: Readonly<Record<FailureField, readonly Route[]>> = {
  code: [
    'confirmSignUp',
    'confirmSignIn',
    'setupTotp',
    'confirmResetPassword',
    'confirmVerifyUser',
    'confirmSignInCode',
  ],
  username: ['signUp'],
  password: ['signUp', 'forceNewPassword', 'confirmResetPassword', 'signInPassword'],
};

/** Shows a failure: beside its field when the screen has it, above the form otherwise. */
export function showFailure(state: MachineState, error: AuthFailure): MachineState {
  const clean = { ...withoutMessages(state), pending: false };
  if (error.fields && Object.keys(error.fields).length > 0) {
    const fieldErrors = Object.fromEntries(
      Object.entries(error.fields).map(([name, message]) => [name, { key: 'validation.custom', values: { message } }]),
    );
    return { ...clean, fieldErrors };
  }
  const field =
    error.field !== undefined && FIELDS_OF_ROUTES[error.field].includes(state.route) ? error.field : undefined;
  if (field === undefined) return { ...clean, error };
  const fieldError =
    error.detail === undefined ? { key: error.key } : { key: error.key, values: { detail: error.detail } };
  return { ...clean, fieldErrors: { [field]: fieldError } };
}
