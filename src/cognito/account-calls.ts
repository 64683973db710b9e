/**
 * The calls that are neither sign-in nor sign-up: resetting a forgotten password, and
 * verifying the signed-in user's email or phone number (the access token comes from the
 * call context). Loaded on the first of these calls.
 */
import type { AuthClient } from '../core/operations.js';
import type { CallContext } from './call-context.js';
import { toDelivery } from './delivery.js';

type AccountCalls = Pick<
  AuthClient,
  'forgotPassword' | 'confirmForgotPassword' | 'sendAttributeCode' | 'verifyAttribute'
>;

export function createAccountCalls(context: CallContext): AccountCalls {
  const { clientId, accessToken } = context;
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
