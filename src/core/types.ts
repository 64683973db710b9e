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
  | 'authenticated';

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

/**
 * A failure the user can be told about. `code` is Cognito's exception name (or a local
 * one such as `NetworkError`); `key` is the translation key of the message to show.
 */
export interface AuthFailure {
  readonly code: string;
  readonly key: string;
  /** The server's own text, shown only where it is meant for people (e.g. a trigger's message). */
  readonly detail?: string;
  /** Messages for single fields, already in the user's language (an app's own checks). */
  readonly fields?: Readonly<Record<string, string>>;
}

/** Thrown (or rejected with) by an `AuthClient` when a call fails. */
export class AuthError extends Error implements AuthFailure {
  override readonly name = 'AuthError';
  readonly code: string;
  readonly key: string;
  readonly detail?: string;
  readonly fields?: Readonly<Record<string, string>>;

  constructor(failure: AuthFailure, options?: { cause?: unknown }) {
    super(`${failure.code}: ${failure.key}`, options);
    this.code = failure.code;
    this.key = failure.key;
    if (failure.detail !== undefined) this.detail = failure.detail;
    if (failure.fields !== undefined) this.fields = failure.fields;
  }
}

/** A step Cognito asks for before it issues tokens. */
export interface Challenge {
  readonly name: string;
  readonly parameters: Readonly<Record<string, string>>;
}

export type SignInResult =
  | { readonly kind: 'signedIn'; readonly session: AuthSession }
  | { readonly kind: 'challenge'; readonly challenge: Challenge };

export interface SignUpResult {
  readonly confirmed: boolean;
  readonly userId: string;
  readonly delivery?: CodeDelivery;
}

export interface SignInInput {
  readonly username: string;
  readonly password: string;
}

export interface SignUpInput {
  readonly username: string;
  readonly password: string;
  /** Cognito user attributes, e.g. `{ email: 'jane@example.com', 'custom:plan': 'pro' }`. */
  readonly attributes: Readonly<Record<string, string>>;
}

/** What changed about the session outside of a user's action (refresh, expiry, another tab). */
export type SessionChange = { readonly type: 'refreshed'; readonly session: AuthSession } | { readonly type: 'ended' };

/**
 * The calls the authenticator makes. The Cognito adapter implements it against a user
 * pool; stories and tests pass their own.
 */
export interface AuthClient {
  /** The stored session, refreshed when its tokens are about to expire, or `null`. */
  restoreSession(): Promise<AuthSession | null>;
  signIn(input: SignInInput): Promise<SignInResult>;
  signUp(input: SignUpInput): Promise<SignUpResult>;
  /**
   * Confirms a sign-up. Resolves `true` when the pool handed out a session that signs the
   * user in without their password (`signInAfterConfirmation`).
   */
  confirmSignUp(input: { readonly username: string; readonly code: string }): Promise<boolean>;
  /** Signs in with the session the confirmation returned, without the password. */
  signInAfterConfirmation(input: { readonly username: string }): Promise<SignInResult>;
  resendSignUpCode(input: { readonly username: string }): Promise<CodeDelivery | undefined>;
  /**
   * Answers the challenge the last sign-in step returned (the client keeps its session and
   * the username Cognito knows the user by).
   */
  respondToChallenge(input: {
    readonly challengeName: string;
    readonly responses: Readonly<Record<string, string>>;
  }): Promise<SignInResult>;
  /** Starts TOTP setup during MFA_SETUP; returns the secret for the authenticator app. */
  setUpTotp(): Promise<string>;
  /** Finishes TOTP setup with a code from the app, and the sign-in with it. */
  verifyTotp(input: { readonly code: string }): Promise<SignInResult>;
  /** The signed-in user's email and phone number that are not verified yet. */
  unverifiedContacts(): Promise<readonly Contact[]>;
  /** Sends a code to verify the signed-in user's `email` or `phone_number`. */
  sendAttributeCode(input: { readonly attribute: string }): Promise<CodeDelivery | undefined>;
  /** Verifies `email` or `phone_number` with the code that was sent. */
  verifyAttribute(input: { readonly attribute: string; readonly code: string }): Promise<void>;
  /** Sends a code to reset a forgotten password. */
  forgotPassword(input: { readonly username: string }): Promise<CodeDelivery | undefined>;
  /** Sets a new password with the code that was sent. */
  confirmForgotPassword(input: {
    readonly username: string;
    readonly code: string;
    readonly password: string;
  }): Promise<void>;
  /** Forgets the session; `global` also signs the user out of every device. */
  signOut(options?: { readonly global?: boolean }): Promise<void>;
  /** Tells the listener when the session changes by itself; returns the unsubscribe function. */
  onSessionChange?(listener: (change: SessionChange) => void): () => void;
  /** Stops timers and pending requests. */
  dispose?(): void;
}
