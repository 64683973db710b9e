/**
 * Every call the authenticator makes, declared once: what it takes, what it answers and
 * which flow handles its answer. The `AuthClient` contract, the machine's effects and
 * answer events, the interpreter, the hooks and the scripted client in
 * `cognito-authenticator/testing` are all derived from this table, so a new call is one
 * entry here plus its flow, and the compiler points at every layer that misses it.
 */
import type {
  AuthSession,
  ChallengeAnswer,
  CodeDelivery,
  Contact,
  Passkey,
  SessionChange,
  SignOutResult,
  SignInInput,
  SignInResult,
  SignUpInput,
  SignUpResult,
  UserAuthInput,
  FederatedTarget,
  FederatedResult,
} from './types.js';

/** A call's input and answer. */
interface Call<I, O> {
  readonly input: I;
  readonly output: O;
}

/** A call that takes nothing. */
type NoInput = undefined;

/** The calls, by name, with what each takes and answers. */
export interface Operations {
  /** The stored session, refreshed when its tokens are about to expire, or `null`. */
  readonly restoreSession: Call<NoInput, AuthSession | null>;
  /** Starts a sign-in with a username and password. */
  readonly signIn: Call<SignInInput, SignInResult>;
  /** Creates an account. */
  readonly signUp: Call<SignUpInput, SignUpResult>;
  /**
   * Confirms a sign-up. Answers `true` when the pool handed out a session that signs the
   * user in without their password (`signInAfterConfirmation`).
   */
  readonly confirmSignUp: Call<{ readonly username: string; readonly code: string }, boolean>;
  /** Signs in with the session the confirmation returned, without the password. */
  readonly signInAfterConfirmation: Call<{ readonly username: string }, SignInResult>;
  /** Sends the sign-up code again. */
  readonly resendSignUpCode: Call<{ readonly username: string }, CodeDelivery | undefined>;
  /** Answers the challenge the last sign-in step returned (the client keeps its session). */
  readonly respondToChallenge: Call<ChallengeAnswer, SignInResult>;
  /** Starts TOTP setup during sign-in; answers the secret for the authenticator app. */
  readonly setUpTotp: Call<NoInput, string>;
  /** Finishes TOTP setup with a code from the app, and the sign-in with it. */
  readonly verifyTotp: Call<{ readonly code: string }, SignInResult>;
  /** The signed-in user's email and phone number that are not verified yet. */
  readonly unverifiedContacts: Call<NoInput, readonly Contact[]>;
  /** Sends a code to verify the signed-in user's `email` or `phone_number`. */
  readonly sendAttributeCode: Call<{ readonly attribute: string }, CodeDelivery | undefined>;
  /** Verifies `email` or `phone_number` with the code that was sent. */
  readonly verifyAttribute: Call<{ readonly attribute: string; readonly code: string }, void>;
  /** Sends a code to reset a forgotten password. */
  readonly forgotPassword: Call<{ readonly username: string }, CodeDelivery | undefined>;
  /** Sets a new password with the code that was sent. */
  readonly confirmForgotPassword: Call<
    { readonly username: string; readonly code: string; readonly password: string },
    void
  >;
  /** Forgets the session; `global` also signs the user out of every device. */
  readonly signOut: Call<{ readonly global: boolean }, SignOutResult>;
  /**
   * Starts a choice-based sign-in (`USER_AUTH`) in the way chosen; a passkey is asked of the
   * browser within the call.
   */
  readonly startUserAuth: Call<UserAuthInput, SignInResult>;
  /** The signed-in user's passkeys. */
  readonly listPasskeys: Call<NoInput, readonly Passkey[]>;
  /** Makes a passkey for the signed-in user on this device (the browser asks the person). */
  readonly registerPasskey: Call<NoInput, void>;
  /**
   * Signs in through the pool's Cognito domain: the page goes to the provider and comes back
   * with the answer, which `restoreSession` finishes.
   */
  readonly federatedSignIn: Call<FederatedTarget, FederatedResult>;
}

export type OperationName = keyof Operations;
export type OperationInput<K extends OperationName> = Operations[K]['input'];
export type OperationOutput<K extends OperationName> = Operations[K]['output'];

/** The flows of the journey; each handles the answers of its own calls. */
export type FlowName =
  'session' | 'signIn' | 'signUp' | 'resetPassword' | 'verifyContact' | 'passwordless' | 'federation';

/** What the table says of each call at run time. */
export interface OperationSpec {
  /** The flow that handles its answer and its failure. */
  readonly flow: FlowName;
  /** Input members that hold a secret (a password, a code): hidden from hooks and logs. */
  readonly secrets: readonly string[];
}

/** The table, at run time: every call once, in the order a journey meets them. */
export const OPERATIONS = {
  restoreSession: { flow: 'session', secrets: [] },
  signIn: { flow: 'signIn', secrets: ['password'] },
  signUp: { flow: 'signUp', secrets: ['password'] },
  confirmSignUp: { flow: 'signUp', secrets: ['code'] },
  signInAfterConfirmation: { flow: 'signIn', secrets: [] },
  resendSignUpCode: { flow: 'signUp', secrets: [] },
  respondToChallenge: { flow: 'signIn', secrets: ['code', 'password', 'answer'] },
  setUpTotp: { flow: 'signIn', secrets: [] },
  verifyTotp: { flow: 'signIn', secrets: ['code'] },
  unverifiedContacts: { flow: 'verifyContact', secrets: [] },
  sendAttributeCode: { flow: 'verifyContact', secrets: [] },
  verifyAttribute: { flow: 'verifyContact', secrets: ['code'] },
  forgotPassword: { flow: 'resetPassword', secrets: [] },
  confirmForgotPassword: { flow: 'resetPassword', secrets: ['code', 'password'] },
  signOut: { flow: 'session', secrets: [] },
  startUserAuth: { flow: 'passwordless', secrets: ['password'] },
  listPasskeys: { flow: 'passwordless', secrets: [] },
  registerPasskey: { flow: 'passwordless', secrets: [] },
  federatedSignIn: { flow: 'federation', secrets: [] },
} as const satisfies Readonly<Record<OperationName, OperationSpec>>;

/** The calls whose answers one flow handles. */
export type OperationsOf<F extends FlowName> = {
  [K in OperationName]: (typeof OPERATIONS)[K]['flow'] extends F ? K : never;
}[OperationName];

/** Every call's name, in the table's order. */
export const OPERATION_NAMES = Object.keys(OPERATIONS) as OperationName[];

/** One call as a method: calls that take nothing take no argument. */
export type OperationMethod<K extends OperationName> =
  OperationInput<K> extends NoInput
    ? () => Promise<OperationOutput<K>>
    : (input: OperationInput<K>) => Promise<OperationOutput<K>>;

/** Every call of the table as a method. */
export type OperationMethods = { readonly [K in OperationName]: OperationMethod<K> };

/**
 * The calls the authenticator makes. The Cognito client implements it against a user
 * pool; stories, tests and custom back ends pass their own (see
 * `cognito-authenticator/testing` for a scripted one).
 */
export interface AuthClient extends OperationMethods {
  /** Tells the listener when the session changes by itself; returns the unsubscribe function. */
  onSessionChange?(listener: (change: SessionChange) => void): () => void;
  /**
   * The session with tokens good for a call to the app's API, refreshed first when they are
   * about to expire; `null` when nobody is signed in.
   */
  currentSession?(): Promise<AuthSession | null>;
  /** Stops timers and pending requests; the client is not used again afterwards. */
  dispose?(): void;
  /** Keeps the tokens of a sign-in made elsewhere (the Cognito domain) as this client's session. */
  readonly keepTokens?: (result: {
    readonly IdToken?: string;
    readonly AccessToken?: string;
    readonly RefreshToken?: string;
    readonly ExpiresIn?: number;
  }) => AuthSession;
}

/** Makes a call through a client, with the input as the table declares it. */
export function callClient<K extends OperationName>(
  client: Pick<OperationMethods, K>,
  name: K,
  input: OperationInput<K>,
): Promise<OperationOutput<K>> {
  // Each method's signature is the table's; the generic index loses that link.
  const method = client[name];
  return method.call(client, input);
}
