/**
 * Hooks an app can put around the calls the authenticator makes: its own sign-up checks,
 * and code to run before and after each call (logging, analytics, vetoing a call).
 */
import {
  OPERATIONS,
  OPERATION_NAMES,
  callClient,
  type AuthClient,
  type OperationMethods,
  type OperationName,
} from './operations.js';
import { AuthError, type AuthSession, type SignUpInput } from './types.js';

/** A call to the `AuthClient`, by name. */
export interface AuthCall {
  readonly name: OperationName;
  readonly input: unknown;
}

export interface AuthHooks {
  /**
   * Extra checks of a sign-up before it is sent: field name (`username`, `password`, an
   * attribute such as `custom:company`) → message, already in the user's language.
   */
  validateSignUp?(
    input: SignUpInput,
  ): Readonly<Record<string, string>> | undefined | Promise<Readonly<Record<string, string>> | undefined>;
  /** Runs before each call; throwing (an `AuthError` for a message of your own choosing) stops it. */
  beforeCall?(call: AuthCall): void | Promise<void>;
  /** Runs after each call that succeeded, with what it returned. */
  afterCall?(call: AuthCall & { readonly result: unknown }): void | Promise<void>;
}

/** What a hook is shown of a call's input: its secrets (passwords, codes, answers) as `[redacted]`. */
export function redactInput(name: OperationName, input: unknown): unknown {
  const secrets: readonly string[] = OPERATIONS[name].secrets;
  if (typeof input !== 'object' || input === null) return input;
  return Object.fromEntries(
    Object.entries(input).map(([key, value]) => [key, secrets.includes(key) ? '[redacted]' : value]),
  );
}

/** What a hook is shown of an answer: a session's user, never its tokens. */
export function redactResult(result: unknown): unknown {
  if (typeof result !== 'object' || result === null) return result;
  const record = result as Record<string, unknown>;
  const session = record.session as AuthSession | undefined;
  if ('tokens' in record && 'user' in record) return { user: record.user };
  return session ? { ...record, session: { user: session.user } } : result;
}

/**
 * The client with the hooks around each of its calls (every call of the operations table).
 * Hooks see inputs without their secrets and answers without tokens. A `beforeCall` that
 * throws stops any call but `signOut`: a sign-out always happens, and the hook's error
 * comes after it.
 */
export function withHooks(client: AuthClient, hooks: AuthHooks): AuthClient {
  const hooked: Partial<Record<OperationName, (input?: unknown) => Promise<unknown>>> = {};
  for (const name of OPERATION_NAMES) {
    hooked[name] = async (input) => {
      const shown = redactInput(name, input);
      let vetoed: { readonly error: unknown } | undefined;
      try {
        await hooks.beforeCall?.({ name, input: shown });
      } catch (error) {
        if (name !== 'signOut') throw error;
        vetoed = { error };
      }
      const result: unknown = await callClient(client, name, input as never);
      if (vetoed) throw vetoed.error;
      await hooks.afterCall?.({ name, input: shown, result: redactResult(result) });
      return result;
    };
  }
  // Every name of the table has its method now.
  const calls = hooked as OperationMethods;
  return {
    ...calls,
    async signUp(input) {
      const messages = await hooks.validateSignUp?.(input);
      if (messages && Object.keys(messages).length > 0) {
        throw new AuthError({ code: 'ValidationError', key: 'errors.invalidParameter', fields: messages });
      }
      return calls.signUp(input);
    },
    ...(client.onSessionChange
      ? {
          onSessionChange: (listener: Parameters<NonNullable<AuthClient['onSessionChange']>>[0]) =>
            client.onSessionChange?.(listener) ?? (() => undefined),
        }
      : {}),
    ...(client.currentSession ? { currentSession: () => client.currentSession?.() ?? Promise.resolve(null) } : {}),
    ...(client.dispose ? { dispose: () => client.dispose?.() } : {}),
  };
}
