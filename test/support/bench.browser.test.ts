/**
 * Smoke test of the browser test bench itself: the build settings the source relies on,
 * and every `cognito-*` server command against the real emulator behind the test proxy.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import packageJson from '../../package.json' with { type: 'json' };
import {
  cognitoAnswer,
  cognitoCode,
  cognitoCodes,
  cognitoFail,
  cognitoPool,
  cognitoRequests,
  cognitoSrp,
  cognitoUser,
  type CognitoPoolInfo,
} from './cognito.js';

interface Answer {
  readonly status: number;
  readonly contentType: string | null;
  readonly body: Record<string, unknown>;
}

/**
 * Calls a Cognito operation the way the element does: a cross-origin JSON POST with a
 * preflight, so an answer at all proves the proxy's CORS headers.
 */
async function call(endpoint: string, operation: string, body: object): Promise<Answer> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
      'cache-control': 'no-store',
    },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: (await response.json()) as Record<string, unknown>,
  };
}

/** Declared as the element declares its own: `static properties` and a field with its initial value. */
class BenchReactive extends LitElement {
  static override properties = { name: {} };
  name = 'initial';

  override render() {
    return html`<p>${this.name}</p>`;
  }
}
customElements.define('bench-reactive', BenchReactive);

declare global {
  interface HTMLElementTagNameMap {
    'bench-reactive': BenchReactive;
  }
}

describe('browser test bench', () => {
  describe('build', () => {
    it('imports JSON modules with import attributes, served as application/json', async () => {
      expect(packageJson.name).to.equal('cognito-authenticator');
      // Chromium only accepts a JSON module served with a JSON MIME type.
      const response = await fetch(new URL('../../package.json', import.meta.url));
      expect(response.headers.get('content-type')).to.match(/^application\/json\b/);
    });

    it('compiles class fields as assignments (useDefineForClassFields: false), so properties declared statically stay reactive', async () => {
      const el = await fixture<BenchReactive>(html`<bench-reactive></bench-reactive>`);
      expect(el.shadowRoot?.textContent).to.contain('initial');
      el.name = 'changed';
      await el.updateComplete;
      expect(el.shadowRoot?.textContent).to.contain('changed');
    });
  });

  describe('cognito commands', () => {
    let pool: CognitoPoolInfo;

    beforeEach(async () => {
      pool = await cognitoPool();
    });

    it('cognito-pool gives a fresh pool and client behind the proxy', async () => {
      const other = await cognitoPool('bench-other');
      expect(pool.userPoolId).to.match(/^[\w-]+_\w+$/);
      expect(other.userPoolId).not.to.equal(pool.userPoolId);
      expect(other.clientId).not.to.equal(pool.clientId);
      expect(pool.endpoint).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(pool.endpoint).not.to.equal(pool.emulatorEndpoint);
    });

    it('forwards a real SignUp and cognito-codes returns its code', async () => {
      const signUp = await call(pool.endpoint, 'SignUp', {
        ClientId: pool.clientId,
        Username: 'bench-signup',
        Password: 'Bench-Passw0rd!',
        UserAttributes: [{ Name: 'email', Value: 'bench@example.com' }],
      });
      expect(signUp.status).to.equal(200);
      expect(signUp.body.UserConfirmed).to.equal(false);

      const codes = await cognitoCodes(pool);
      expect(codes).to.have.length(1);
      expect(codes[0]).to.include({
        username: 'bench-signup',
        destination: 'bench@example.com',
        purpose: 'confirmSignUp',
      });
      expect(codes[0]?.code).to.match(/^\d{6}$/);

      const confirm = await call(pool.endpoint, 'ConfirmSignUp', {
        ClientId: pool.clientId,
        Username: 'bench-signup',
        ConfirmationCode: await cognitoCode(pool, 'bench-signup', 'confirmSignUp'),
      });
      expect(confirm.status).to.equal(200);
    });

    it('cognito-user creates a confirmed user who can sign in and call token operations', async () => {
      await cognitoUser(pool, 'bench-user', 'Bench-Passw0rd!', { email: 'user@example.com' });
      const signIn = await call(pool.endpoint, 'InitiateAuth', {
        ClientId: pool.clientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: 'bench-user', PASSWORD: 'Bench-Passw0rd!' },
      });
      expect(signIn.status).to.equal(200);
      const result = signIn.body.AuthenticationResult as { AccessToken: string };
      const user = await call(pool.endpoint, 'GetUser', { AccessToken: result.AccessToken });
      expect(user.status).to.equal(200);
      expect(user.body.Username).to.equal('bench-user');
      // GetUser carries no ClientId: the proxy files it under the access token's client_id.
      expect((await cognitoRequests(pool)).map((r) => r.operation)).to.deep.equal(['InitiateAuth', 'GetUser']);
    });

    it('cognito-answer answers the next requests for that client, then forwarding resumes', async () => {
      const other = await cognitoPool();
      const canned = {
        CodeDeliveryDetails: { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'c***@e***' },
      };
      await cognitoFail(pool, 'SignUp', 'UsernameExistsException', 'User already exists');
      await cognitoAnswer(pool, 'ForgotPassword', 200, canned, 2);
      const signUp = {
        Username: 'bench-canned',
        Password: 'Bench-Passw0rd!',
        UserAttributes: [{ Name: 'email', Value: 'canned@example.com' }],
      };

      const answered = await call(pool.endpoint, 'SignUp', { ...signUp, ClientId: pool.clientId });
      expect(answered).to.deep.equal({
        status: 400,
        contentType: 'application/x-amz-json-1.1',
        body: { __type: 'UsernameExistsException', message: 'User already exists' },
      });
      // Another client is not affected, and the answer was used up.
      expect((await call(other.endpoint, 'SignUp', { ...signUp, ClientId: other.clientId })).status).to.equal(200);
      expect((await call(pool.endpoint, 'SignUp', { ...signUp, ClientId: pool.clientId })).status).to.equal(200);

      const forgot = { ClientId: pool.clientId, Username: 'bench-canned' };
      for (let i = 0; i < 2; i += 1) {
        expect(await call(pool.endpoint, 'ForgotPassword', forgot)).to.deep.include({ status: 200, body: canned });
      }
      const forwarded = await call(pool.endpoint, 'ForgotPassword', forgot);
      expect(forwarded.status).to.equal(200);
      expect(forwarded.body.CodeDeliveryDetails).to.include({ Destination: 'canned@example.com' });
    });

    it('cognito-requests lists every request for the client in order, with its body', async () => {
      expect(await cognitoRequests(pool)).to.deep.equal([]);
      const email = [{ Name: 'email', Value: 'log@example.com' }];
      await call(pool.endpoint, 'SignUp', {
        ClientId: pool.clientId,
        Username: 'bench-log',
        Password: 'Bench-Passw0rd!',
        UserAttributes: email,
      });
      await call(pool.endpoint, 'ConfirmSignUp', {
        ClientId: pool.clientId,
        Username: 'bench-log',
        ConfirmationCode: '000000',
      });
      const requests = await cognitoRequests(pool);
      expect(requests.map((r) => r.operation)).to.deep.equal(['SignUp', 'ConfirmSignUp']);
      expect(requests[0]?.body).to.deep.include({ Username: 'bench-log', UserAttributes: email });
      expect(requests[1]?.body).to.deep.equal({
        ClientId: pool.clientId,
        Username: 'bench-log',
        ConfirmationCode: '000000',
      });
    });

    it('cognito-srp: USER_SRP_AUTH answers a registered user with PASSWORD_VERIFIER and others with UserNotFoundException', async () => {
      await cognitoUser(pool, 'bench-srp', 'Bench-Passw0rd!');
      await cognitoSrp(pool, 'bench-srp', 'Bench-Passw0rd!');
      const srpAuth = (username: string): Promise<Answer> =>
        call(pool.endpoint, 'InitiateAuth', {
          ClientId: pool.clientId,
          AuthFlow: 'USER_SRP_AUTH',
          AuthParameters: { USERNAME: username, SRP_A: 'abcdef0123456789' },
        });

      const unknown = await srpAuth('bench-nobody');
      expect(unknown.status).to.equal(400);
      expect(unknown.body).to.deep.equal({ __type: 'UserNotFoundException', message: 'User does not exist.' });

      const challenge = await srpAuth('bench-srp');
      expect(challenge.status).to.equal(200);
      expect(challenge.body.ChallengeName).to.equal('PASSWORD_VERIFIER');
      const parameters = challenge.body.ChallengeParameters as Record<string, string>;
      expect(Object.keys(parameters).sort()).to.deep.equal([
        'SALT',
        'SECRET_BLOCK',
        'SRP_B',
        'USERNAME',
        'USER_ID_FOR_SRP',
      ]);
      expect(parameters.USERNAME).to.equal('bench-srp');

      const wrongProof = await call(pool.endpoint, 'RespondToAuthChallenge', {
        ClientId: pool.clientId,
        ChallengeName: 'PASSWORD_VERIFIER',
        ChallengeResponses: {
          USERNAME: 'bench-srp',
          PASSWORD_CLAIM_SECRET_BLOCK: parameters.SECRET_BLOCK,
          PASSWORD_CLAIM_SIGNATURE: btoa('not the signature'),
          TIMESTAMP: 'Mon Jan 1 00:00:00 UTC 2024',
        },
      });
      expect(wrongProof.status).to.equal(400);
      expect(wrongProof.body).to.deep.equal({
        __type: 'NotAuthorizedException',
        message: 'Incorrect username or password.',
      });
    });
  });
});
