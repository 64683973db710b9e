/**
 * Sign-up against the user pool: the account, its confirmation code, a new code. The
 * sessions SignUp and ConfirmSignUp hand out are kept by username, so that the sign-in
 * after the confirmation needs no password. Loaded on the first of these calls.
 */
import type { AuthClient } from '../core/operations.js';
import type { CallContext } from './call-context.js';
import { toDelivery } from './delivery.js';

type SignUpCalls = Pick<AuthClient, 'signUp' | 'confirmSignUp' | 'resendSignUpCode'>;

export function createSignUpCalls(context: CallContext): SignUpCalls {
  const { clientId, signUpSessions } = context;
  return {
    async signUp({ username, password, attributes }) {
      const response = await context.send('SignUp', {
        ClientId: clientId,
        Username: username,
        Password: password,
        UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
      });
      const delivery = toDelivery(response.CodeDeliveryDetails);
      if (response.Session) signUpSessions.set(username, response.Session);
      return {
        confirmed: response.UserConfirmed ?? false,
        userId: response.UserSub ?? '',
        ...(delivery ? { delivery } : {}),
      };
    },

    async confirmSignUp({ username, code }) {
      const session = signUpSessions.get(username);
      const response = await context.send('ConfirmSignUp', {
        ClientId: clientId,
        Username: username,
        ConfirmationCode: code,
        ...(session ? { Session: session } : {}),
      });
      signUpSessions.delete(username);
      if (!response.Session) return false;
      signUpSessions.set(username, response.Session);
      return true;
    },

    async resendSignUpCode({ username }) {
      const response = await context.send('ResendConfirmationCode', { ClientId: clientId, Username: username });
      return toDelivery(response.CodeDeliveryDetails);
    },
  };
}
