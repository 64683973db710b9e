/**
 * Choice-based sign-in in the element, against the Cognito emulator behind the test proxy.
 * The emulator has no `USER_AUTH`, so the proxy answers those calls as Cognito does
 * (`test/support/user-auth-server.ts`, with the shapes of COGNITO-WIRE-2.md A; the test
 * names say so): it sends real codes, checks them and lets sessions expire, checks
 * passwords and SRP proofs, and ends in the emulator's own tokens or its MFA challenge.
 * Passkeys are in passkeys.browser.test.ts.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.ts';
import {
  cognitoAnswer,
  cognitoExpireSignIns,
  cognitoPool,
  cognitoRequests,
  cognitoSignInCode,
  cognitoSignInCodeCount,
  cognitoTotpUser,
  cognitoUser,
  cognitoUserAuth,
  type CognitoPoolInfo,
} from '../support/cognito.js';
import type { Json } from '../support/cognito-commands.js';
import { AuthenticatorHarness, mountOnPool, waitUntil } from '../support/harness.js';
import { logged } from '../support/page-watch.js';
import { totpCode } from '../support/totp.js';

let pool: CognitoPoolInfo;

function mount(attributes: Record<string, string>): Promise<AuthenticatorHarness> {
  const app = Object.assign(document.createElement('p'), { id: 'app', textContent: 'Welcome' });
  // Without auth-flow, the element's default (SRP), unlike the harness's.
  return mountOnPool(pool, { storage: 'memory', 'auth-flow': 'USER_SRP_AUTH', ...attributes }, [app]);
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
    await cognitoUserAuth(pool, 'jane', 'Passw0rd!', { email: 'jane@example.com' });
  });

  it('signs in with a code by email, username first, nothing but the code typed (USER_AUTH answered by the test proxy: the emulator lacks it)', async () => {
    const harness = await mount({ 'auth-flow': 'USER_AUTH', 'auth-methods': 'email-otp password' });
    await harness.waitForScreen('signIn');
    expect(harness.element.querySelectorAll('input[name="password"]').length, 'no password asked for').to.equal(0);
    await harness.fill({ username: 'jane' });
    await harness.submit();
    await harness.waitForScreen('confirmSignInCode');
    expect(harness.text()).to.contain('j***@e***');
    const code = harness.element.querySelector<HTMLInputElement>('input[name="code"]');
    expect(code?.getAttribute('autocomplete')).to.equal('one-time-code');
    const sent = await cognitoSignInCode(pool, 'jane');
    await harness.fill({ code: sent });
    await harness.submit();
    await waitUntil(() => harness.element.route === 'authenticated', 'signed in');
    expect(harness.element.user?.username).to.equal('jane');
    expect((await bodyOf('InitiateAuth')).at(-1)).to.deep.equal({
      AuthFlow: 'USER_AUTH',
      ClientId: pool.clientId,
      AuthParameters: { USERNAME: 'jane', PREFERRED_CHALLENGE: 'EMAIL_OTP' },
    });
    const answer = (await bodyOf('RespondToAuthChallenge')).at(-1);
    expect(answer?.ChallengeResponses).to.deep.equal({ EMAIL_OTP_CODE: sent, USERNAME: 'jane' });
  });

  it('refuses a wrong code beside the field with the code kept, then takes the right one (USER_AUTH answered by the test proxy)', async () => {
    const harness = await mount({ 'auth-flow': 'USER_AUTH', 'auth-methods': 'email-otp' });
    await harness.fill({ username: 'jane' });
    await harness.submit();
    await harness.waitForScreen('confirmSignInCode');
    const sent = await cognitoSignInCode(pool, 'jane');
    const wrong = sent === '00000000' ? '11111111' : '00000000';
    await harness.fill({ code: wrong });
    await harness.submit();
    expect(await harness.waitForFieldError('code')).to.equal('That code is not right. Check it and try again.');
    expect(harness.input('code').value).to.equal(wrong);
    await harness.fill({ code: sent });
    await harness.submit();
    await waitUntil(() => harness.element.route === 'authenticated', 'signed in with the right code');
  });

  it('sends a new code on request, says so, and only the new one signs in (USER_AUTH answered by the test proxy)', async () => {
    const harness = await mount({ 'auth-flow': 'USER_AUTH', 'auth-methods': 'email-otp' });
    await harness.fill({ username: 'jane' });
    await harness.submit();
    await harness.waitForScreen('confirmSignInCode');
    const first = await cognitoSignInCode(pool, 'jane');
    await harness.click('Send a new code');
    await waitUntil(() => harness.notice() !== '', 'the code is sent again');
    expect(await cognitoSignInCodeCount(pool, 'jane')).to.equal(2);
    const second = await cognitoSignInCode(pool, 'jane');
    if (first !== second) {
      await harness.fill({ code: first });
      await harness.submit();
      expect(await harness.waitForFieldError('code')).to.equal('That code is not right. Check it and try again.');
    }
    await harness.fill({ code: second });
    await harness.submit();
    await waitUntil(() => harness.element.route === 'authenticated', 'signed in with the new code');
  });

  it('a code typed after the sign-in timed out: the message, back to the username kept, and a new code signs in (USER_AUTH answered by the test proxy)', async () => {
    const harness = await mount({ 'auth-flow': 'USER_AUTH', 'auth-methods': 'email-otp' });
    await harness.fill({ username: 'jane' });
    await harness.submit();
    await harness.waitForScreen('confirmSignInCode');
    const late = await cognitoSignInCode(pool, 'jane');
    await cognitoExpireSignIns(pool);
    await harness.fill({ code: late });
    await harness.submit();
    await harness.waitForScreen('signIn');
    expect(harness.formError()).to.equal('Your sign-in timed out. Start again.');
    expect(harness.input('username').value).to.equal('jane');
    await harness.submit();
    await harness.waitForScreen('confirmSignInCode');
    await harness.fill({ code: await cognitoSignInCode(pool, 'jane') });
    await harness.submit();
    await waitUntil(() => harness.element.route === 'authenticated', 'signed in');
  });

  it('signs in with a code by text message, saying where it went (USER_AUTH answered by the test proxy)', async () => {
    await cognitoUser(pool, 'sam', 'Passw0rd!', { phone_number: '+15550100199', phone_number_verified: 'true' });
    await cognitoUserAuth(pool, 'sam', 'Passw0rd!', { phone: '+15550100199' });
    const harness = await mount({ 'auth-flow': 'USER_AUTH', 'auth-methods': 'sms-otp password' });
    await harness.fill({ username: 'sam' });
    await harness.submit();
    await harness.waitForScreen('confirmSignInCode');
    expect(harness.text()).to.contain('+*******0199');
    await harness.fill({ code: await cognitoSignInCode(pool, 'sam') });
    await harness.submit();
    await waitUntil(() => harness.element.route === 'authenticated', 'signed in');
    expect((await bodyOf('RespondToAuthChallenge')).at(-1)?.ChallengeName).to.equal('SMS_OTP');
  });

  it("shows Cognito's own choice when the preferred way is not this user's, only the ways the page offers too, and goes on with the one taken (SELECT_CHALLENGE from the test proxy)", async () => {
    // jo has no passkey, so Cognito offers the others: the page offers two of them.
    await cognitoUser(pool, 'jo', 'Passw0rd!', { phone_number: '+15550100199', phone_number_verified: 'true' });
    await cognitoUserAuth(pool, 'jo', 'Passw0rd!', { email: 'jo@example.com', phone: '+15550100199' });
    const harness = await mount({
      'auth-flow': 'USER_AUTH',
      'auth-methods': 'passkey sms-otp email-otp',
      'passkey-prompt': 'never',
    });
    await harness.fill({ username: 'jo' });
    await harness.submit();
    await harness.waitForScreen('selectSignInMethod');
    const offered = [...harness.element.querySelectorAll<HTMLInputElement>('input[name="method"]')];
    expect(offered.map((input) => input.value)).to.deep.equal(['sms-otp', 'email-otp']);
    offered[1]?.click();
    await harness.submit();
    await harness.waitForScreen('confirmSignInCode');
    expect((await bodyOf('RespondToAuthChallenge')).at(-1)?.ChallengeResponses).to.deep.equal({
      USERNAME: 'jo',
      ANSWER: 'EMAIL_OTP',
    });
    expect(harness.text()).to.contain('j***@e***');
    await harness.fill({ code: await cognitoSignInCode(pool, 'jo') });
    await harness.submit();
    await waitUntil(() => harness.element.route === 'authenticated', 'signed in');
  });

  it('asks for the password on its own screen, keeps the username for password managers, sends it only as SRP and keeps it typed when refused (USER_AUTH answered by the test proxy)', async () => {
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
    await harness.fill({ password: 'Wrong-Horse-9' });
    await harness.submit();
    expect(await harness.waitForFormError()).to.equal('Incorrect username or password.');
    expect(harness.element.route).to.equal('signInPassword');
    expect(harness.input('password').value).to.equal('Wrong-Horse-9');
    await harness.fill({ password: 'Passw0rd!' });
    await harness.submit();
    await waitUntil(() => harness.element.route === 'authenticated', 'signed in');
    const sent = (await bodyOf('InitiateAuth')).at(-1);
    expect((sent?.AuthParameters as Record<string, string>).PREFERRED_CHALLENGE).to.equal('PASSWORD_SRP');
    expect(JSON.stringify(await cognitoRequests(pool))).not.to.contain('Passw0rd!');
  });

  it('sends the password as it is when the page asks for it with user-auth-password (USER_AUTH answered by the test proxy)', async () => {
    const harness = await mount({
      'auth-flow': 'USER_AUTH',
      'auth-methods': 'password email-otp',
      'user-auth-password': 'PASSWORD',
    });
    await harness.fill({ username: 'jane' });
    await harness.submit();
    await harness.waitForScreen('signInPassword');
    await harness.fill({ password: 'Passw0rd!' });
    await harness.submit();
    await waitUntil(() => harness.element.route === 'authenticated', 'signed in');
    expect((await bodyOf('InitiateAuth')).at(-1)?.AuthParameters).to.deep.equal({
      USERNAME: 'jane',
      PREFERRED_CHALLENGE: 'PASSWORD',
      PASSWORD: 'Passw0rd!',
    });
  });

  it('refuses a user-auth-password it does not know, with help in the console, before any request', async () => {
    logged.splice(0);
    const harness = await mount({
      'auth-flow': 'USER_AUTH',
      'auth-methods': 'password',
      'user-auth-password': 'plain',
    });
    await waitUntil(() => harness.formError() !== '', 'the configuration message');
    expect(harness.formError()).to.equal("Sign-in is not set up correctly. Contact the site's support.");
    expect(await cognitoRequests(pool)).to.deep.equal([]);
  });

  it("the password through USER_AUTH, then the authenticator app's code the pool asks for (USER_AUTH from the test proxy, the MFA from the emulator)", async () => {
    const secret = await cognitoTotpUser(pool, 'tess', 'Passw0rd!');
    await cognitoUserAuth(pool, 'tess', 'Passw0rd!');
    const harness = await mount({ 'auth-flow': 'USER_AUTH', 'auth-methods': 'password email-otp' });
    await harness.fill({ username: 'tess' });
    await harness.submit();
    await harness.waitForScreen('signInPassword');
    await harness.fill({ password: 'Passw0rd!' });
    await harness.submit();
    await harness.waitForScreen('confirmSignIn');
    await harness.type('code', await totpCode(secret));
    await harness.submit();
    await waitUntil(() => harness.element.route === 'authenticated', 'signed in');
    expect(harness.element.user?.username).to.equal('tess');
    expect((await bodyOf('RespondToAuthChallenge')).map((body) => body.ChallengeName)).to.deep.equal([
      'PASSWORD_VERIFIER',
      'SOFTWARE_TOKEN_MFA',
    ]);
  });

  it('makes an account without a password and signs it in with the confirmation session, no password anywhere (SignUp, ConfirmSignUp and USER_AUTH answered at the HTTP boundary: the emulator gives no confirmation session)', async () => {
    const tokens = await tokensOf('jane', 'Passw0rd!');
    await cognitoAnswer(pool, 'SignUp', 200, {
      UserConfirmed: false,
      UserSub: '5f0c2a4e-0000-4000-8000-000000000001',
      CodeDeliveryDetails: { DeliveryMedium: 'EMAIL', Destination: 'n***@e***', AttributeName: 'email' },
      Session: 'sign-up-session',
    });
    await cognitoAnswer(pool, 'ConfirmSignUp', 200, { Session: 'confirmed-session' });
    await cognitoAnswer(pool, 'InitiateAuth', 200, { AuthenticationResult: tokens, ChallengeParameters: {} });
    const harness = await mount({
      'auth-flow': 'USER_AUTH',
      'auth-methods': 'email-otp',
      'initial-screen': 'signUp',
      'passkey-prompt': 'never',
    });
    await harness.waitForScreen('signUp');
    expect(harness.element.querySelectorAll('input[type="password"]').length, 'no password field').to.equal(0);
    await harness.fill({ username: 'jane', 'attribute:email': 'jane@example.com' });
    await harness.submit();
    await harness.waitForScreen('confirmSignUp');
    await harness.fill({ code: '123456' });
    await harness.submit();
    await waitUntil(() => harness.element.route === 'authenticated', 'signed in');
    const [signUp] = await bodyOf('SignUp');
    expect(signUp).to.not.have.property('Password');
    expect((await bodyOf('InitiateAuth')).at(-1)).to.deep.include({
      AuthFlow: 'USER_AUTH',
      Session: 'confirmed-session',
    });
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
