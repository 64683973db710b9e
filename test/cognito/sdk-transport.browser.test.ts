/**
 * The `./sdk` transport (the AWS SDK's client) against the emulator: the element signs in
 * through it, and it answers and fails exactly as the `fetch` transport does.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { CognitoAuthenticator, Transport } from '../../src/index.ts';
import { SDK_BUNDLE } from '../support/examples-command.js';
import {
  cognitoFail,
  cognitoPool,
  cognitoRequests,
  cognitoSrp,
  cognitoUser,
  type CognitoPoolInfo,
} from '../support/cognito.js';
import { AuthenticatorHarness, waitUntil } from '../support/harness.js';

// The AWS SDK cannot be served module by module: the package and its `./sdk` entry come
// bundled together (and register the tag), as an app's bundler would make them.
type Package = typeof import('../../src/index.ts') & typeof import('../../src/sdk.ts');
const { AuthError, createCognitoClient, createFetchTransport, createSdkTransport } = (await import(
  SDK_BUNDLE
)) as Package;

let pool: CognitoPoolInfo;

const sdkTransport = (): Transport => createSdkTransport({ region: 'us-east-1', endpoint: pool.endpoint });

async function mountWithSdk(authFlow: 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH'): Promise<AuthenticatorHarness> {
  const client = createCognitoClient({
    userPoolId: pool.userPoolId,
    clientId: pool.clientId,
    authFlow,
    storage: 'memory',
    transport: sdkTransport(),
  });
  const element = await fixture<CognitoAuthenticator>(
    html`<cognito-authenticator .client=${client}><p>Welcome</p></cognito-authenticator>`,
  );
  const harness = new AuthenticatorHarness(element);
  await harness.waitForScreen('signIn');
  return harness;
}

/** What a call gave: its answer or the failure's code and translation key. */
async function outcome(promise: Promise<unknown>): Promise<unknown> {
  try {
    return { answer: await promise };
  } catch (error) {
    return error instanceof AuthError ? { code: error.code, key: error.key } : { unexpected: String(error) };
  }
}

describe('the SDK transport', () => {
  beforeEach(async () => {
    pool = await cognitoPool();
  });

  it('signs the element in with a password and reads the user', async () => {
    await cognitoUser(pool, 'sam', 'Passw0rd!', { email: 'sam@example.com', email_verified: 'true' });
    const harness = await mountWithSdk('USER_PASSWORD_AUTH');
    await harness.fill({ username: 'sam', password: 'Passw0rd!' });
    await harness.submit();
    await waitUntil(() => harness.element.route === 'authenticated', 'signed in');
    expect(harness.element.user?.attributes.email).to.equal('sam@example.com');
    expect((await cognitoRequests(pool)).map((request) => request.operation)).to.deep.equal([
      'InitiateAuth',
      'GetUser',
    ]);
  });

  it('signs the element in with SRP (answered at the HTTP boundary: the emulator lacks USER_SRP_AUTH)', async () => {
    await cognitoUser(pool, 'sam', 'Passw0rd!');
    await cognitoSrp(pool, 'sam', 'Passw0rd!');
    const harness = await mountWithSdk('USER_SRP_AUTH');
    await harness.fill({ username: 'sam', password: 'Passw0rd!' });
    await harness.submit();
    await waitUntil(() => harness.element.route === 'authenticated', 'signed in');
    expect(harness.element.user?.username).to.equal('sam');
    expect(JSON.stringify(await cognitoRequests(pool))).not.to.contain('Passw0rd!');
  });

  it('shows Cognito\'s "Incorrect username or password" (answered at the HTTP boundary: the emulator names the error differently)', async () => {
    await cognitoFail(pool, 'InitiateAuth', 'NotAuthorizedException', 'Incorrect username or password.');
    const harness = await mountWithSdk('USER_PASSWORD_AUTH');
    await harness.fill({ username: 'sam', password: 'Wrong0rd!' });
    await harness.submit();
    expect(await harness.waitForFormError()).to.equal('Incorrect username or password.');
  });

  it('gives the same answers and the same failures as the fetch transport', async () => {
    const transports = { fetch: createFetchTransport({ endpoint: pool.endpoint }), sdk: sdkTransport() };
    const results: Record<string, unknown[]> = {};
    for (const [name, transport] of Object.entries(transports)) {
      const username = `same-${name}`;
      results[name] = [
        await outcome(
          transport
            .send('SignUp', {
              ClientId: pool.clientId,
              Username: username,
              Password: 'Passw0rd!',
              UserAttributes: [{ Name: 'email', Value: `${name}@example.com` }],
            })
            .then((answer) => answer.UserConfirmed),
        ),
        await outcome(transport.send('SignUp', { ClientId: pool.clientId, Username: username, Password: 'Passw0rd!' })),
        await outcome(
          transport.send('ConfirmSignUp', { ClientId: pool.clientId, Username: username, ConfirmationCode: '000000' }),
        ),
        await outcome(
          transport.send('InitiateAuth', {
            ClientId: pool.clientId,
            AuthFlow: 'USER_PASSWORD_AUTH',
            AuthParameters: { USERNAME: 'nobody', PASSWORD: 'Passw0rd!' },
          }),
        ),
        await outcome(transport.send('GetUser', { AccessToken: 'not-a-token' })),
      ];
    }
    expect(results.sdk).to.deep.equal(results.fetch);
    expect(results.fetch?.[0]).to.deep.equal({ answer: false });
    expect(results.fetch?.[1]).to.deep.equal({ code: 'UsernameExistsException', key: 'errors.usernameExists' });
    expect(results.fetch?.[2]).to.deep.equal({ code: 'CodeMismatchException', key: 'errors.codeMismatch' });
  });

  it('reports an unreachable user pool as a network error, like the fetch transport', async () => {
    const closed = 'http://127.0.0.1:9/';
    const input = {
      ClientId: pool.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'sam', PASSWORD: 'Passw0rd!' },
    } as const;
    const viaSdk = await outcome(
      createSdkTransport({ region: 'us-east-1', endpoint: closed }).send('InitiateAuth', input),
    );
    const viaFetch = await outcome(createFetchTransport({ endpoint: closed }).send('InitiateAuth', input));
    expect(viaSdk).to.deep.equal(viaFetch);
    expect(viaSdk).to.deep.equal({ code: 'NetworkError', key: 'errors.network' });
  });
});
