/**
 * How the authenticator is set up (the element fills it from its attributes), and the
 * shapes of the handlers a flow is made of, which a flow loaded beside the core ones brings
 * in the config.
 */
import type { UserEvent } from './events.js';
import type { OperationName, OperationOutput } from './operations.js';
import type { MachineState, Transition } from './state.js';
import type { AuthFailure, AuthMethod, AuthSession, Challenge, LoginMechanism, Route } from './types.js';
import { defaultPasswordPolicy, type PasswordPolicy } from './validation.js';

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
  /**
   * The ways to sign in, in order of preference. `['password']` is the classic sign-in;
   * anything else is choice-based sign-in (`USER_AUTH`) and needs the passwordless flow in
   * `flows`.
   */
  readonly authMethods: readonly AuthMethod[];
  /** When someone without a passkey is offered to make one (passkeys offered only). */
  readonly passkeyPrompt: { readonly afterSignIn: boolean; readonly afterSignUp: boolean };
  /**
   * The identity providers offered through the Cognito domain, by their names in the app
   * client (`Google`, `Facebook`, `SignInWithApple`, `LoginWithAmazon`, a SAML or OIDC
   * provider's own name); needs the federation flow in `flows`.
   */
  readonly providers: readonly string[];
  /** Flows loaded beside the core ones, e.g. `passwordlessFlow` from `cognito-authenticator/core`. */
  readonly flows: readonly FlowExtension[];
}

export const defaultConfig: AuthenticatorConfig = {
  loginMechanisms: ['username'],
  passwordPolicy: defaultPasswordPolicy,
  signUpAttributes: ['email'],
  initialRoute: 'signIn',
  hideSignUp: false,
  verifyContacts: true,
  optionalAttributes: [],
  authMethods: ['password'],
  passkeyPrompt: { afterSignIn: true, afterSignUp: true },
  providers: [],
  flows: [],
};

export type UserEventType = UserEvent['type'];
export type UserEventOf<T extends UserEventType> = Extract<UserEvent, { readonly type: T }>;

/** What a person did, taken only on the routes named and only while nothing is in flight. */
export interface UserHandler<T extends UserEventType> {
  readonly type: T;
  readonly routes: readonly Route[];
  readonly run: (state: MachineState, event: UserEventOf<T>, config: AuthenticatorConfig) => Transition;
}

export type DoneHandler<K extends OperationName> = (
  state: MachineState,
  result: OperationOutput<K>,
  config: AuthenticatorConfig,
) => Transition;

export type FailedHandler = (state: MachineState, error: AuthFailure, config: AuthenticatorConfig) => Transition;

/**
 * A flow the machine takes from its config rather than its own tables: one a page loads
 * only when it offers it (the passwordless flow), so a page without it carries none of it.
 * Its hooks come first where the core flows meet what it adds.
 */
export interface FlowExtension {
  readonly user: { readonly [T in UserEventType]?: UserHandler<T> };
  readonly done: { readonly [K in OperationName]?: DoneHandler<K> };
  readonly failed: Partial<Readonly<Record<OperationName, FailedHandler>>>;
  /** The screen for a challenge of this flow's kinds; `undefined` leaves it to the sign-in flow. */
  readonly challenge?: (
    state: MachineState,
    challenge: Challenge,
    config: AuthenticatorConfig,
  ) => Transition | undefined;
  /** A step between tokens and the app (the offer of a passkey); `undefined` goes straight on. */
  readonly signedIn?: (
    state: MachineState,
    session: AuthSession,
    config: AuthenticatorConfig,
  ) => Transition | undefined;
}
