/**
 * Choice-based sign-in in the element, against the Cognito emulator behind the test proxy.
 * The emulator has no `USER_AUTH`, so the proxy answers those calls with the shapes of
 * COGNITO-WIRE-2.md A (the test names say so); the tokens are the emulator's own, from a
 * password sign-in of the same user, so the session checks run on real ones.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.ts';
import type { CognitoAuthenticator } from '../../src/index.ts';
import { cognitoAnswer, cognitoPool, cognitoRequests, cognitoUser, type CognitoPoolInfo } from '../support/cognito.js';
import type { Json } from '../support/cognito-commands.js';
import { AuthenticatorHarness, waitUntil } from '../support/harness.js';
import { logged } from '../support/page-watch.js';

let pool: CognitoPoolInfo;

async function mount(attributes: Record<string, string>): Promise<AuthenticatorHarness> {
  const element = document.createElement('cognito-authenticator');
  const all = {
    'user-pool-id': pool.userPoolId,
    'client-id': pool.clientId,
    endpoint: pool.endpoint,
    storage: 'memory',
    ...attributes,
  };
  for (const [name, value] of Object.entries(all)) element.setAttribute(name, value);
  element.innerHTML = '<p id="app">Welcome</p>';
  const shown = await fixture<CognitoAuthenticator>(html`${element}`);
  return new AuthenticatorHarness(shown);
}

/** The emulator's own tokens for the user, as a password sign-in gives them. */
async function tokensOf(username: string, password: string): Promise<Json> {
  const response = await fetch(pool.endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': 'AWSCognitoIdentityProviderService.InitiateAuth',
    },
    body: JSON.stringify({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: pool.clientId,
      AuthParameters: { USERNAME: username, PASSWORD: password },
    }),
  });
  // The emulator's answer to InitiateAuth: JSON, with the tokens in AuthenticationResult.
  const body = (await response.json()) as { AuthenticationResult?: Json };
  return body.AuthenticationResult ?? null;
}

const bodyOf = async (operation: string): Promise<Record<string, unknown>[]> =>
  (await cognitoRequests(pool))
    .filter((request) => request.operation === operation)
    .map((request) => request.body as Record<string, unknown>);

describe('choice-based sign-in', () => {
  beforeEach(async () => {
    pool = await cognitoPool();
    await cognitoUser(pool, 'jane', 'Passw0rd!', { email: 'jane@example.com', email_verified: 'true' });
  });

  it('signs in with a code by email, username first, nothing but the code typed (USER_AUTH answered at the HTTP boundary: the emulator lacks it)', async () => {
    const tokens = await tokensOf('jane', 'Passw0rd!');
    await cognitoAnswer(pool, 'InitiateAuth', 200, {
      ChallengeName: 'EMAIL_OTP',
      Session: 'session-1',
      ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: 'j***@e***' },
    });
    await cognitoAnswer(pool, 'RespondToAuthChallenge', 200, { AuthenticationResult: tokens, ChallengeParameters: {} });
    const harness = await mount({ 'auth-flow': 'USER_AUTH', 'auth-methods': 'email-otp password' });
    await harness.waitForScreen('signIn');
    expect(harness.element.querySelector('input[name="password"]'), 'no password asked for').to.equal(null);
    await harness.fill({ username: 'jane' });
    await harness.submit();
    await harness.waitForScreen('confirmSignInCode');
    expect(harness.text()).to.contain('j***@e***');
    const code = harness.element.querySelector<HTMLInputElement>('input[name="code"]');
    expect(code?.getAttribute('autocomplete')).to.equal('one-time-code');
    await harness.fill({ code: '12345678' });
    await harness.submit();
    await waitUntil(() => harness.element.route === 'authenticated', 'signed in');
    expect(harness.element.user?.username).to.equal('jane');
    expect((await bodyOf('InitiateAuth')).at(-1)).to.deep.equal({
      AuthFlow: 'USER_AUTH',
      ClientId: pool.clientId,
      AuthParameters: { USERNAME: 'jane', PREFERRED_CHALLENGE: 'EMAIL_OTP' },
    });
    expect((await bodyOf('RespondToAuthChallenge')).at(-1)).to.deep.equal({
      ClientId: pool.clientId,
      ChallengeName: 'EMAIL_OTP',
      ChallengeResponses: { EMAIL_OTP_CODE: '12345678', USERNAME: 'jane' },
      Session: 'session-1',
    });
  });

  it("shows Cognito's own choice, only the ways the page offers too, and goes on with the one taken (SELECT_CHALLENGE answered at the HTTP boundary)", async () => {
    await cognitoAnswer(pool, 'InitiateAuth', 200, {
      ChallengeName: 'SELECT_CHALLENGE',
      Session: 'session-1',
      ChallengeParameters: {},
      AvailableChallenges: ['PASSWORD_SRP', 'PASSWORD', 'WEB_AUTHN', 'SMS_OTP'],
    });
    await cognitoAnswer(pool, 'RespondToAuthChallenge', 200, {
      ChallengeName: 'SMS_OTP',
      Session: 'session-2',
      ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: '+*******0199' },
    });
    const harness = await mount({ 'auth-flow': 'USER_AUTH', 'auth-methods': 'email-otp sms-otp password' });
    await harness.waitForScreen('signIn');
    await harness.fill({ username: 'jane' });
    await harness.submit();
    await harness.waitForScreen('selectSignInMethod');
    const offered = [...harness.element.querySelectorAll<HTMLInputElement>('input[name="method"]')].map(
      (input) => input.value,
    );
    expect(offered).to.deep.equal(['sms-otp', 'password']);
    await harness.submit();
    await harness.waitForScreen('confirmSignInCode');
    expect(harness.text()).to.contain('+*******0199');
    expect((await bodyOf('RespondToAuthChallenge')).at(-1)?.ChallengeResponses).to.deep.equal({
      USERNAME: 'jane',
      ANSWER: 'SMS_OTP',
    });
  });

  it('asks for the password on its own screen, keeps the username for password managers, sends it only as SRP and keeps it typed when refused (the emulator lacks USER_AUTH)', async () => {
    const harness = await mount({ 'auth-flow': 'USER_AUTH', 'auth-methods': 'email-otp password' });
    await harness.waitForScreen('signIn');
    harness.element.querySelector<HTMLInputElement>('input[value="password"]')?.click();
    await harness.fill({ username: 'jane' });
    await harness.submit();
    await harness.waitForScreen('signInPassword');
    expect(harness.text()).to.contain('jane');
    const username = harness.element.querySelector<HTMLInputElement>('input[name="username"]');
    expect([username?.value, username?.getAttribute('autocomplete')]).to.deep.equal(['jane', 'username']);
    expect(harness.element.querySelector('input[name="password"]')?.getAttribute('autocomplete')).to.equal(
      'current-password',
    );
    await harness.fill({ password: 'Passw0rd!' });
    await harness.submit();
    // The emulator does not know USER_AUTH: the person is told, the password stays typed.
    await harness.waitForFormError();
    expect(harness.element.route).to.equal('signInPassword');
    expect(harness.element.querySelector<HTMLInputElement>('input[name="password"]')?.value).to.equal('Passw0rd!');
    const sent = (await bodyOf('InitiateAuth')).at(-1);
    expect((sent?.AuthParameters as Record<string, string>).PREFERRED_CHALLENGE).to.equal('PASSWORD_SRP');
    expect(JSON.stringify(await cognitoRequests(pool))).not.to.contain('Passw0rd!');
  });

  it('refuses auth-methods without auth-flow USER_AUTH, with help in the console, before any request', async () => {
    logged.splice(0);
    const harness = await mount({ 'auth-methods': 'email-otp' });
    await waitUntil(() => harness.formError() !== '', 'the configuration message');
    expect(harness.formError()).to.equal("Sign-in is not set up correctly. Contact the site's support.");
    await waitUntil(() => logged.join('\n').includes('USER_AUTH'), 'console help').catch(() => undefined);
    expect(logged.join('\n')).to.contain('auth-flow="USER_AUTH"');
    expect(await cognitoRequests(pool)).to.deep.equal([]);
  });
});
