/**
 * The calls that are neither sign-in nor sign-up: resetting a forgotten password, and
 * verifying the signed-in user's email or phone number.
 */
import type { AuthClient } from '../core/operations.js';
import type { CallContext } from './call-context.js';
import { toDelivery } from './challenges.js';
import { noSession } from './errors.js';

type AccountCalls = Pick<
  AuthClient,
  'forgotPassword' | 'confirmForgotPassword' | 'unverifiedContacts' | 'sendAttributeCode' | 'verifyAttribute'
>;

/** The contacts Cognito can verify. */
const CONTACTS = ['email', 'phone_number'];

export function createAccountCalls(context: CallContext): AccountCalls {
  const { clientId, sessions } = context;
  /** The signed-in user's access token; without a stored session the call cannot be made. */
  const accessToken = (): string => {
    const session = sessions.current();
    if (!session) throw noSession();
    return session.tokens.accessToken;
  };
  return {
    async forgotPassword({ username }) {
      const response = await context.send('ForgotPassword', { ClientId: clientId, Username: username });
      return toDelivery(response.CodeDeliveryDetails);
    },

    async confirmForgotPassword({ username, code, password }) {
      await context.send('ConfirmForgotPassword', {
        ClientId: clientId,
        Username: username,
        ConfirmationCode: code,
        Password: password,
      });
    },

    async unverifiedContacts() {
      const session = sessions.current();
      if (!session) return [];
      const user = await context.send('GetUser', { AccessToken: session.tokens.accessToken });
      const value = (name: string): string | undefined =>
        user.UserAttributes?.find((attribute) => attribute.Name === name)?.Value;
      return CONTACTS.flatMap((name) => {
        const contact = value(name);
        return contact && value(`${name}_verified`) !== 'true' ? [{ name, value: contact }] : [];
      });
    },

    async sendAttributeCode({ attribute }) {
      const response = await context.send('GetUserAttributeVerificationCode', {
        AccessToken: accessToken(),
        AttributeName: attribute,
      });
      return toDelivery(response.CodeDeliveryDetails);
    },

    async verifyAttribute({ attribute, code }) {
      await context.send('VerifyUserAttribute', { AccessToken: accessToken(), AttributeName: attribute, Code: code });
    },
  };
}
