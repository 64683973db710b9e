/**
 * A small scripted `AuthClient` for the element's own tests: every call answers at once
 * from a script (a happy path unless told otherwise), and the calls made are recorded.
 */
import {
  OPERATION_NAMES,
  callClient,
  type AuthClient,
  type OperationMethods,
  type OperationName,
} from '../../src/core/operations.ts';
import type { AuthSession, CodeDelivery, SignInResult } from '../../src/core/types.ts';

export const session: AuthSession = {
  user: { username: 'jane', userId: 'user-1', attributes: { sub: 'user-1', email: 'jane@example.com' } },
  tokens: { idToken: 'id', accessToken: 'access', refreshToken: 'refresh', expiresAt: Date.now() + 3_600_000 },
};

export const smsDelivery: CodeDelivery = { destination: '+*******0123', medium: 'SMS', attribute: 'phone_number' };

const signedIn: SignInResult = { kind: 'signedIn', session };

const HAPPY: OperationMethods = {
  restoreSession: () => Promise.resolve(null),
  signIn: () => Promise.resolve(signedIn),
  signUp: () => Promise.resolve({ confirmed: false, userId: 'user-1' }),
  confirmSignUp: () => Promise.resolve(true),
  signInAfterConfirmation: () => Promise.resolve(signedIn),
  resendSignUpCode: () => Promise.resolve(undefined),
  respondToChallenge: () => Promise.resolve(signedIn),
  setUpTotp: () => Promise.resolve('JBSWY3DPEHPK3PXP'),
  verifyTotp: () => Promise.resolve(signedIn),
  unverifiedContacts: () => Promise.resolve([]),
  sendAttributeCode: () => Promise.resolve(undefined),
  verifyAttribute: () => Promise.resolve(),
  forgotPassword: () => Promise.resolve(undefined),
  confirmForgotPassword: () => Promise.resolve(),
  signOut: () => Promise.resolve(),
};

export interface ScriptedClient extends AuthClient {
  /** The calls made so far, by name, in order. */
  readonly calls: readonly OperationName[];
}

export function scriptedClient(script: Partial<OperationMethods> = {}): ScriptedClient {
  const answers: OperationMethods = { ...HAPPY, ...script };
  const calls: OperationName[] = [];
  const methods = Object.fromEntries(
    OPERATION_NAMES.map((name) => [
      name,
      (input: never) => {
        calls.push(name);
        return callClient(answers, name, input);
      },
    ]),
  );
  // One method for every name of the table, each answering as the script says.
  return { ...(methods as unknown as OperationMethods), calls };
}
