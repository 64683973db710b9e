/**
 * What moves the machine: what a person did, what a call answered, and what happened to
 * the session by itself. The effects and answers are derived from the operations table.
 */
import type { OperationInput, OperationName, OperationOutput } from './operations.js';
import type { AuthFailure, AuthSession } from './types.js';

/** Screens a person can go to with a link. */
export type NavigableRoute = 'signIn' | 'signUp' | 'resetPassword';

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
  /** `mfaType`: the value of the chosen option (`totp`, `sms` or `email`). */
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
  | { readonly type: 'signOut'; readonly global?: boolean }
  | PasswordlessEvent
  | FederationEvent;

/** What a person does to sign in through the Cognito domain: the events of the federation flow. */
export interface FederationEvent {
  readonly type: 'signInWithProvider';
  /** Its name in the app client (`Google`, `SignInWithApple`, a SAML provider's name). */
  readonly provider: string;
}

/**
 * What a person does in choice-based sign-in (`USER_AUTH`): the events of the passwordless
 * flow, which the machine takes once that flow is in its config.
 */
export type PasswordlessEvent =
  /** `method`: the way chosen on the sign-in screen (`passkey`, `email-otp`, `sms-otp`, `password`). */
  | { readonly type: 'submitSignInMethod'; readonly username: string; readonly method: string }
  | { readonly type: 'submitSignInPassword'; readonly password: string }
  /** `method`: the way chosen on the choice screen Cognito asked for. */
  | { readonly type: 'submitSelectSignInMethod'; readonly method: string }
  | { readonly type: 'submitSignInCode'; readonly code: string }
  | { readonly type: 'resendSignInCode' }
  | { readonly type: 'registerPasskey' }
  | { readonly type: 'skipPasskey' };

/** The members of a call's input, spread into its effect. */
type InputMembers<K extends OperationName> = OperationInput<K> extends undefined ? unknown : OperationInput<K>;

/** A call to make through the `AuthClient`: its name as `type`, its input beside it. */
export type Effect = { readonly [K in OperationName]: Readonly<{ type: K } & InputMembers<K>> }[OperationName];

/** A call answered. */
export type AnswerEvent = {
  readonly [K in OperationName]: { readonly type: 'done'; readonly call: K; readonly result: OperationOutput<K> };
}[OperationName];

/** A call failed. */
export interface FailedEvent {
  readonly type: 'failed';
  readonly call: OperationName;
  readonly error: AuthFailure;
}

/**
 * What happened by itself: the start, and the session refreshed or ended (in this tab or
 * another), or its tokens expired without a refresh (offline, say; tries go on).
 */
export type SessionEvent =
  | { readonly type: 'start' }
  | { readonly type: 'sessionRefreshed'; readonly session: AuthSession }
  | { readonly type: 'sessionEnded' }
  | { readonly type: 'sessionExpired'; readonly error: AuthFailure };

export type AuthEvent = UserEvent | AnswerEvent | FailedEvent | SessionEvent;

/** The input of the call an effect stands for. */
export function inputOf<K extends OperationName>(effect: Effect & { readonly type: K }): OperationInput<K> {
  const { type, ...input } = effect;
  // An effect is its call's name beside the call's input; a call that takes nothing has no members.
  return (Object.keys(input).length === 0 ? undefined : input) as OperationInput<K>;
}
