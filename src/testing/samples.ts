/** Sample data a scripted client answers with: a signed-in session, where codes went, a TOTP secret. */
import type { AuthSession, CodeDelivery } from '../core/types.js';

/** Jane's session: an ID token's claims and tokens that are not real JWTs (nothing reads them). */
export const fakeSession: AuthSession = {
  user: {
    username: 'jane',
    userId: '3f2a1c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
    attributes: {
      sub: '3f2a1c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
      email: 'jane@example.com',
      email_verified: true,
      'cognito:username': 'jane',
    },
  },
  tokens: {
    idToken: 'fake.id.token',
    accessToken: 'fake.access.token',
    refreshToken: 'fake-refresh-token',
    expiresAt: Date.now() + 3_600_000,
  },
};

/** A code sent by email, the address masked as the pool masks it. */
export const emailDelivery: CodeDelivery = { destination: 'j***@e***.com', medium: 'EMAIL', attribute: 'email' };

/** A code sent by text message. */
export const smsDelivery: CodeDelivery = { destination: '+*******0123', medium: 'SMS', attribute: 'phone_number' };

/** A base32 TOTP secret of the length Cognito hands out. */
export const fakeTotpSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSW';
