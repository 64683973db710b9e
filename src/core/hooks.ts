/**
 * Hooks an app can put around the calls the authenticator makes: its own sign-up checks,
 * and code to run before and after each call (logging, analytics, vetoing a call).
 */
import {
  OPERATION_NAMES,
  callClient,
  type AuthClient,
  type OperationMethods,
  type OperationName,
} from './operations.js';
import { AuthError, type SignUpInput } from './types.js';

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

/** The client with the hooks around each of its calls (every call of the operations table). */
export function withHooks(client: AuthClient, hooks: AuthHooks): AuthClient {
  const hooked: Partial<Record<OperationName, (input?: unknown) => Promise<unknown>>> = {};
  for (const name of OPERATION_NAMES) {
    hooked[name] = async (input) => {
      await hooks.beforeCall?.({ name, input });
      const result: unknown = await callClient(client, name, input as never);
      await hooks.afterCall?.({ name, input, result });
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
    ...(client.dispose ? { dispose: () => client.dispose?.() } : {}),
  };
}
