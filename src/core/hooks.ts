/**
 * Hooks an app can put around the calls the authenticator makes: its own sign-up checks,
 * and code to run before and after each call (logging, analytics, vetoing a call).
 */
import { AuthError, type AuthClient, type SignUpInput } from './types.js';

/** A call to the `AuthClient`, by method name. */
export interface AuthCall {
  readonly name: string;
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

/** The calls the hooks go around: every method of `AuthClient` but the optional two. */
type Call = Exclude<keyof AuthClient, 'onSessionChange' | 'dispose'>;

/** Each call once; the compiler checks that none is missing. */
const CALLS = Object.keys({
  restoreSession: 0,
  signIn: 0,
  signUp: 0,
  confirmSignUp: 0,
  signInAfterConfirmation: 0,
  resendSignUpCode: 0,
  respondToChallenge: 0,
  setUpTotp: 0,
  verifyTotp: 0,
  unverifiedContacts: 0,
  sendAttributeCode: 0,
  verifyAttribute: 0,
  forgotPassword: 0,
  confirmForgotPassword: 0,
  signOut: 0,
} satisfies Record<Call, 0>) as Call[];

/** The client with the hooks around each of its calls. */
export function withHooks(client: AuthClient, hooks: AuthHooks): AuthClient {
  const hooked: Partial<Record<Call, (input?: unknown) => Promise<unknown>>> = {};
  for (const name of CALLS) {
    hooked[name] = async (input) => {
      await hooks.beforeCall?.({ name, input });
      const result = await (client[name] as (input?: unknown) => Promise<unknown>).call(client, input);
      await hooks.afterCall?.({ name, input, result });
      return result;
    };
  }
  const calls = hooked as Pick<AuthClient, Call>;
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
