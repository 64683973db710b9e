/**
 * A scripted `AuthClient`: no user pool, no network. Every call of the operations table
 * answers from a script, or as the happy path does when the script leaves it out, and
 * every call is recorded, so a test or a story can put the element on any screen the way
 * a person gets there and check what was asked of the back end.
 */
import {
  OPERATION_NAMES,
  type AuthClient,
  type OperationInput,
  type OperationMethods,
  type OperationName,
  type OperationOutput,
} from '../core/operations.js';
import { AuthError, type AuthFailure, type Challenge, type SessionChange, type SignInResult } from '../core/types.js';
import { emailDelivery, fakeSession, fakeTotpSecret } from './samples.js';

/** How one call answers: its output (or a promise of it), or a thrown `AuthError` for a failure. */
export type Answer<K extends OperationName> = (
  input: OperationInput<K>,
) => OperationOutput<K> | Promise<OperationOutput<K>>;

/** Answers for some of the calls; the others answer as the happy path does. */
export type Script = { readonly [K in OperationName]?: Answer<K> };

/** One call the client was asked to make: its name and its input. */
export type RecordedCall = {
  readonly [K in OperationName]: { readonly name: K; readonly input: OperationInput<K> };
}[OperationName];

export interface ScriptedClientOptions {
  /** How long every call takes, in ms (0 by default; a little shows the busy state). */
  readonly delayMs?: number;
}

/** The scripted client, with what it was asked. */
export interface ScriptedClient extends AuthClient {
  /**
   * Every call made, in order, with its input as the authenticator gave it. Inputs are not
   * masked: a sign-in's password and a confirmation's code are here as typed.
   */
  readonly calls: readonly RecordedCall[];
  /** The inputs of the calls made to `name`, in order (passwords and codes included). */
  inputsOf<K extends OperationName>(name: K): OperationInput<K>[];
  /** Tells the authenticator that the session changed by itself: refreshed, or ended (in another tab). */
  emit(change: SessionChange): void;
  onSessionChange(listener: (change: SessionChange) => void): () => void;
}

const signedIn: SignInResult = { kind: 'signedIn', session: fakeSession };

/**
 * The happy path: what each call answers when the script leaves it out. No stored session;
 * sign-in and every step after it sign Jane in; sign-up sends a code by email, and its
 * confirmation signs her in; codes are sent by email; every contact is verified.
 */
const HAPPY_PATH: { readonly [K in OperationName]: Answer<K> } = {
  restoreSession: () => null,
  signIn: () => signedIn,
  startUserAuth: () => signedIn,
  listPasskeys: () => [],
  registerPasskey: () => undefined,
  federatedSignIn: () => signedIn,
  signUp: () => ({ confirmed: false, userId: fakeSession.user.userId, delivery: emailDelivery }),
  confirmSignUp: () => true,
  signInAfterConfirmation: () => signedIn,
  resendSignUpCode: () => emailDelivery,
  respondToChallenge: () => signedIn,
  setUpTotp: () => fakeTotpSecret,
  verifyTotp: () => signedIn,
  unverifiedContacts: () => [],
  sendAttributeCode: () => emailDelivery,
  verifyAttribute: () => undefined,
  forgotPassword: () => emailDelivery,
  confirmForgotPassword: () => undefined,
  signOut: () => ({}),
};

/**
 * A client that answers every call from `script`, or as the happy path does. For example
 * `createScriptedClient({ signIn: challenge({ kind: 'mfaCode', mfaType: 'totp' }) })` asks
 * for a code from an authenticator app after the password, and signs in once it is given.
 */
export function createScriptedClient(script: Script = {}, options: ScriptedClientOptions = {}): ScriptedClient {
  const calls: RecordedCall[] = [];
  const listeners = new Set<(change: SessionChange) => void>();
  const delayMs = options.delayMs ?? 0;

  const answer = async <K extends OperationName>(name: K, input: OperationInput<K>): Promise<OperationOutput<K>> => {
    // The name and the input are one call's: together they are one of the recorded calls.
    calls.push({ name, input } as RecordedCall);
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    const scripted: Answer<K> = script[name] ?? HAPPY_PATH[name];
    return scripted(input);
  };

  const methods: Partial<Record<OperationName, (input: never) => Promise<unknown>>> = {};
  for (const name of OPERATION_NAMES) methods[name] = (input) => answer(name, input);

  return {
    // Every name of the table has its method now.
    ...(methods as OperationMethods),
    calls,
    inputsOf: <K extends OperationName>(name: K) =>
      calls.filter((call) => call.name === name).map((call) => call.input as OperationInput<K>),
    emit: (change) => {
      for (const listener of listeners) listener(change);
    },
    onSessionChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * A call that fails, the way the Cognito client fails it: `fails(code, key, detail?)` with
 * Cognito's exception name and the message key, or `fails({ code, key, reason, field })`
 * when the failure means something for the journey (`reason`) or belongs beside a field.
 */
export function fails(failure: AuthFailure): () => Promise<never>;
export function fails(code: string, key: string, detail?: string): () => Promise<never>;
export function fails(failure: string | AuthFailure, key = 'errors.unknown', detail?: string): () => Promise<never> {
  const described: AuthFailure =
    typeof failure !== 'string'
      ? failure
      : detail === undefined
        ? { code: failure, key }
        : { code: failure, key, detail };
  return () => Promise.reject(new AuthError(described));
}

/** A call that never answers: the screen stays busy. */
export function pending(): () => Promise<never> {
  return () => new Promise<never>(() => undefined);
}

/**
 * A sign-in step that answers with a challenge, e.g.
 * `challenge({ kind: 'mfaCode', mfaType: 'sms', delivery: smsDelivery })`.
 */
export function challenge(next: Challenge): () => Promise<SignInResult> {
  return () => Promise.resolve({ kind: 'challenge', challenge: next });
}

/** A call that answers with each of `answers` in turn, then keeps giving the last one. */
export function inTurn<I, T>(
  ...answers: readonly [(input: I) => T | Promise<T>, ...((input: I) => T | Promise<T>)[]]
): (input: I) => Promise<T> {
  let next = 0;
  return async (input) => {
    const answer = answers[Math.min(next, answers.length - 1)] ?? answers[0];
    next += 1;
    return answer(input);
  };
}
