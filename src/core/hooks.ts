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
  validateSignUp?(input: SignUpInput): Readonly<Record<string, string>> | undefined | Promise<Readonly<Record<string, string>> | undefined>;
  /** Runs before each call; throwing (an `AuthError` for a message of your own choosing) stops it. */
  beforeCall?(call: AuthCall): void | Promise<void>;
  /** Runs after each call that succeeded, with what it returned. */
  afterCall?(call: AuthCall & { readonly result: unknown }): void | Promise<void>;
}

/** The client with the hooks around each of its calls. */
export function withHooks(client: AuthClient, hooks: AuthHooks): AuthClient {
  const wrap =
    <I, O>(name: string, call: (input: I) => Promise<O>) =>
    async (input: I): Promise<O> => {
      await hooks.beforeCall?.({ name, input });
      const result = await call(input);
      await hooks.afterCall?.({ name, input, result });
      return result;
    };
  const signUp = wrap('signUp', (input: SignUpInput) => client.signUp(input));
  return {
    restoreSession: () => wrap('restoreSession', () => client.restoreSession())(undefined),
    signIn: wrap('signIn', (input: Parameters<AuthClient['signIn']>[0]) => client.signIn(input)),
    async signUp(input) {
      const messages = await hooks.validateSignUp?.(input);
      if (messages && Object.keys(messages).length > 0) {
        throw new AuthError({ code: 'ValidationError', key: 'errors.invalidParameter', fields: messages });
      }
      return signUp(input);
    },
    confirmSignUp: wrap('confirmSignUp', (input: Parameters<AuthClient['confirmSignUp']>[0]) => client.confirmSignUp(input)),
    signInAfterConfirmation: wrap('signInAfterConfirmation', (input: Parameters<AuthClient['signInAfterConfirmation']>[0]) =>
      client.signInAfterConfirmation(input),
    ),
    resendSignUpCode: wrap('resendSignUpCode', (input: Parameters<AuthClient['resendSignUpCode']>[0]) => client.resendSignUpCode(input)),
    respondToChallenge: wrap('respondToChallenge', (input: Parameters<AuthClient['respondToChallenge']>[0]) => client.respondToChallenge(input)),
    setUpTotp: () => wrap('setUpTotp', () => client.setUpTotp())(undefined),
    verifyTotp: wrap('verifyTotp', (input: Parameters<AuthClient['verifyTotp']>[0]) => client.verifyTotp(input)),
    unverifiedContacts: () => wrap('unverifiedContacts', () => client.unverifiedContacts())(undefined),
    sendAttributeCode: wrap('sendAttributeCode', (input: Parameters<AuthClient['sendAttributeCode']>[0]) => client.sendAttributeCode(input)),
    verifyAttribute: wrap('verifyAttribute', (input: Parameters<AuthClient['verifyAttribute']>[0]) => client.verifyAttribute(input)),
    forgotPassword: wrap('forgotPassword', (input: Parameters<AuthClient['forgotPassword']>[0]) => client.forgotPassword(input)),
    confirmForgotPassword: wrap('confirmForgotPassword', (input: Parameters<AuthClient['confirmForgotPassword']>[0]) => client.confirmForgotPassword(input)),
    signOut: wrap('signOut', (input?: Parameters<AuthClient['signOut']>[0]) => client.signOut(input)),
    ...(client.onSessionChange ? { onSessionChange: (listener: Parameters<NonNullable<AuthClient['onSessionChange']>>[0]) => client.onSessionChange?.(listener) ?? (() => undefined) } : {}),
    ...(client.dispose ? { dispose: () => client.dispose?.() } : {}),
  };
}
