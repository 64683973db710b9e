/**
 * The vocabulary of the authenticator: routes, users, sessions, errors and the
 * `AuthClient` contract that the Cognito adapter (or a fake, in stories and tests)
 * implements. Nothing here touches the DOM or the network.
 */

/** Every screen the authenticator can show, named as in Amplify and Cognito's docs. */
export type Route =
  | 'idle'
  | 'setup'
  | 'signIn'
  | 'signUp'
  | 'confirmSignUp'
  | 'confirmSignIn'
  | 'selectMfaType'
  | 'setupTotp'
  | 'setupEmail'
  | 'forceNewPassword'
  | 'resetPassword'
  | 'confirmResetPassword'
  | 'verifyUser'
  | 'confirmVerifyUser'
  | 'customChallenge'
  | 'signInPassword'
  | 'selectSignInMethod'
  | 'confirmSignInCode'
  | 'passkeyPrompt'
  | 'authenticated';

/** The screens of the passwordless flow (choice-based sign-in and the offer of a passkey). */
export type PasswordlessRoute = 'signInPassword' | 'selectSignInMethod' | 'confirmSignInCode' | 'passkeyPrompt';

/**
 * A way to sign in through Cognito's choice-based sign-in (`USER_AUTH`): a passkey, a
 * one-time code by email or text message, or the password.
 */
export type AuthMethod = 'passkey' | 'email-otp' | 'sms-otp' | 'password';

/** How people identify themselves when they sign in. */
export type LoginMechanism = 'username' | 'email' | 'phone_number';

/** Where a code was sent (Cognito's `CodeDeliveryDetails`, destination masked by the pool). */
export interface CodeDelivery {
  readonly destination: string;
  readonly medium: 'EMAIL' | 'SMS';
  readonly attribute: string;
}

/** A way to reach the user: `email` or `phone_number` and its value. */
export interface Contact {
  readonly name: string;
  readonly value: string;
}

/** The signed-in user as the app sees it, read from the ID token's claims. */
export interface AuthUser {
  /** The username Cognito knows the user by (a UUID in email- or phone-as-username pools). */
  readonly username: string;
  /** The stable user id (`sub`). */
  readonly userId: string;
  /** Every claim of the ID token, e.g. `email`, `email_verified`, `custom:plan`. */
  readonly attributes: Readonly<Record<string, unknown>>;
}

/** The tokens of a signed-in session. */
export interface AuthTokens {
  readonly idToken: string;
  readonly accessToken: string;
  readonly refreshToken?: string;
  /** When the access token expires, in ms since the epoch. */
  readonly expiresAt: number;
}

export interface AuthSession {
  readonly user: AuthUser;
  readonly tokens: AuthTokens;
}

/** What a failure means for the journey, when it means more than a message. */
export type FailureReason =
  /** The account exists but its sign-up was never confirmed. */
  | 'userNotConfirmed'
  /** The pool requires a new password before this account can sign in. */
  | 'passwordResetRequired'
  /** The sign-in step's session ran out: sign-in starts again. */
  | 'sessionExpired'
  /** A message quota was hit after the account was created (sign-up). */
  | 'limitExceeded'
  /** The browser's passkey ceremony did not finish (cancelled, timed out, refused): choose again. */
  | 'passkeyFailed';

/** A field of a screen that a failure can belong beside. */
export type FailureField = 'code' | 'username' | 'password';

/**
 * A failure the user can be told about. `code` names it for people reading logs (Cognito's
 * exception name, or a local one such as `NetworkError`); `key` is the translation key of
 * the message to show; `reason` and `field` are what the journey acts on.
 */
export interface AuthFailure {
  readonly code: string;
  readonly key: string;
  /** The server's own text, shown only where it is meant for people (e.g. a trigger's message). */
  readonly detail?: string;
  /** What the failure means for the journey. */
  readonly reason?: FailureReason;
  /** The field the message belongs beside, on screens that have that field. */
  readonly field?: FailureField;
  /** Messages for single fields, already in the user's language (an app's own checks). */
  readonly fields?: Readonly<Record<string, string>>;
}

/** Thrown (or rejected with) by an `AuthClient` when a call fails. */
export class AuthError extends Error implements AuthFailure {
  override readonly name = 'AuthError';
  readonly code: string;
  readonly key: string;
  readonly detail?: string;
  readonly reason?: FailureReason;
  readonly field?: FailureField;
  readonly fields?: Readonly<Record<string, string>>;

  constructor(failure: AuthFailure, options?: { cause?: unknown }) {
    super(`${failure.code}: ${failure.key}`, options);
    this.code = failure.code;
    this.key = failure.key;
    if (failure.detail !== undefined) this.detail = failure.detail;
    if (failure.reason !== undefined) this.reason = failure.reason;
    if (failure.field !== undefined) this.field = failure.field;
    if (failure.fields !== undefined) this.fields = failure.fields;
  }
}

/** A second factor, in the authenticator's own names. */
export type MfaType = 'totp' | 'sms' | 'email';

/** A code to type: from an authenticator app, or sent by text message or email. */
export interface MfaCodeChallenge {
  readonly kind: 'mfaCode';
  readonly mfaType: MfaType;
  /** Where the code went, when it was sent and the pool said where. */
  readonly delivery?: CodeDelivery;
}

/** Choose the second factor for this sign-in. */
export interface SelectMfaChallenge {
  readonly kind: 'selectMfa';
  readonly options: readonly MfaType[];
}

/** Set up a second factor before the first sign-in finishes. */
export interface SetupMfaChallenge {
  readonly kind: 'setupMfa';
  readonly options: readonly MfaType[];
}

/** Choose a new password (and give the attributes the pool requires). */
export interface NewPasswordChallenge {
  readonly kind: 'newPassword';
  /** Attribute names, e.g. `name`, `custom:plan`. */
  readonly requiredAttributes: readonly string[];
}

/** The pool's own challenge (a custom-auth Lambda): its public parameters, shown to the host. */
export interface CustomChallenge {
  readonly kind: 'custom';
  readonly parameters: Readonly<Record<string, string>>;
}

/** Choose how to sign in (Cognito's `SELECT_CHALLENGE`): the ways the pool offers this user. */
export interface SelectMethodChallenge {
  readonly kind: 'selectMethod';
  readonly options: readonly AuthMethod[];
}

/** A one-time code that signs the person in, sent by email or text message (no password). */
export interface SignInCodeChallenge {
  readonly kind: 'signInCode';
  readonly method: 'email-otp' | 'sms-otp';
  /** Where the code went, when the pool said where. */
  readonly delivery?: CodeDelivery;
}

/** A step the authenticator has no screen for; `name` is the pool's name for it. */
export interface UnsupportedChallenge {
  readonly kind: 'unsupported';
  readonly name: string;
}

/** A step the user pool asks for before it issues tokens. */
export type Challenge =
  | MfaCodeChallenge
  | SelectMfaChallenge
  | SetupMfaChallenge
  | NewPasswordChallenge
  | CustomChallenge
  | SelectMethodChallenge
  | SignInCodeChallenge
  | UnsupportedChallenge;

/** The answer to the challenge in progress. */
export type ChallengeAnswer =
  | { readonly kind: 'mfaCode'; readonly code: string }
  | { readonly kind: 'selectMfa'; readonly mfaType: MfaType }
  | { readonly kind: 'setupEmail'; readonly email: string }
  | {
      readonly kind: 'newPassword';
      readonly password: string;
      readonly attributes: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'custom'; readonly answer: string }
  /** The way chosen on the choice screen; `password` with the password typed. */
  | { readonly kind: 'selectMethod'; readonly method: AuthMethod; readonly password?: string }
  | { readonly kind: 'signInCode'; readonly code: string };

export type SignInResult =
  | { readonly kind: 'signedIn'; readonly session: AuthSession }
  | { readonly kind: 'challenge'; readonly challenge: Challenge };

export interface SignUpResult {
  readonly confirmed: boolean;
  readonly userId: string;
  readonly delivery?: CodeDelivery;
}

/**
 * How a sign-out went. This browser is always signed out; `globalFailure` says that signing
 * out everywhere else was asked for and did not happen (refused, or the pool unreachable).
 */
export interface SignOutResult {
  readonly globalFailure?: AuthFailure;
}

export interface SignInInput {
  readonly username: string;
  readonly password: string;
}

/** A sign-in through `USER_AUTH` in the way the person chose; `password` only for that way. */
export interface UserAuthInput {
  readonly username: string;
  readonly method: AuthMethod;
  readonly password?: string;
}

/** Where to sign in through the Cognito domain: a provider by its name in the app client, or a work email's domain. */
export type FederatedTarget = { readonly provider: string } | { readonly idpIdentifier: string };

/**
 * How a sign-in through the Cognito domain went on: the page left for the provider and came
 * back from the browser's cache without signing in (`returned`), or, in a popup, signed in.
 */
export type FederatedResult = SignInResult | { readonly kind: 'returned' };

/** A passkey of the signed-in user, as Cognito lists it. */
export interface Passkey {
  readonly id: string;
  /** The name Cognito gave it, e.g. "Chrome on Mac". */
  readonly name: string;
  /** When it was made, in ms since the epoch. */
  readonly createdAt?: number;
}

export interface SignUpInput {
  readonly username: string;
  /** Absent for an account without a password (it signs in with a code or a passkey). */
  readonly password?: string;
  /** Cognito user attributes, e.g. `{ email: 'jane@example.com', 'custom:plan': 'pro' }`. */
  readonly attributes: Readonly<Record<string, string>>;
}

/**
 * What changed about the session outside of a user's action: new tokens (a refresh, or a
 * sign-in in another tab), the end of the session (refused, or a sign-out in another tab),
 * or tokens that have expired and could not be refreshed yet (tries go on, further apart).
 */
export type SessionChange =
  | { readonly type: 'refreshed'; readonly session: AuthSession }
  | { readonly type: 'ended' }
  | { readonly type: 'expired'; readonly error: AuthFailure };
