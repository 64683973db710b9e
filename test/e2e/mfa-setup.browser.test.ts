/**
 * Setting up a second step during sign-in, and custom challenges. The emulator lacks these
 * steps (MFA_SETUP with a session, CUSTOM_CHALLENGE without Lambda triggers), so each is
 * answered at the HTTP boundary with Cognito's documented shapes; the element and its
 * transport are the real ones, and the final tokens come from the emulator.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.ts';
import { cognitoAnswer, cognitoPool, cognitoRequests, cognitoUser, type CognitoPoolInfo } from '../support/cognito.js';
import { mountOnPool, waitUntil, type AuthenticatorHarness } from '../support/harness.js';

let pool: CognitoPoolInfo;

function mount(): Promise<AuthenticatorHarness> {
  return mountOnPool(pool, { 'totp-issuer': 'Example Corp' });
}

async function tokens(): Promise<Record<string, string | number>> {
  const response = await fetch(pool.emulatorEndpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth',
    },
    body: JSON.stringify({
      ClientId: pool.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'jane', PASSWORD: 'Passw0rd!' },
    }),
  });
  return ((await response.json()) as { AuthenticationResult: Record<string, string | number> }).AuthenticationResult;
}

async function signInAs(harness: AuthenticatorHarness): Promise<void> {
  await harness.fill({ username: 'jane', password: 'Passw0rd!' });
  await harness.submit();
}

function bodies(requests: { operation: string; body: unknown }[], operation: string): unknown[] {
  return requests.filter((request) => request.operation === operation).map((request) => request.body);
}

describe('second steps answered at the HTTP boundary', () => {
  beforeEach(async () => {
    localStorage.clear();
    pool = await cognitoPool('mfa');
    await cognitoUser(pool, 'jane', 'Passw0rd!');
  });

  it('sets up an authenticator app during sign-in (MFA_SETUP): QR code and key, then the code finishes the sign-in', async () => {
    await cognitoAnswer(pool, 'InitiateAuth', 200, {
      ChallengeName: 'MFA_SETUP',
      Session: 'S1',
      ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]', USER_ID_FOR_SRP: 'jane' },
    });
    await cognitoAnswer(pool, 'AssociateSoftwareToken', 200, {
      SecretCode: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
      Session: 'S2',
    });
    await cognitoAnswer(pool, 'VerifySoftwareToken', 200, { Status: 'ERROR', Session: 'S3' });
    const harness = await mount();
    await signInAs(harness);
    await harness.waitForScreen('setupTotp');
    await waitUntil(() => harness.element.querySelector('svg'), 'the QR code');
    expect(harness.element.querySelector('code')?.textContent).to.equal('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    expect(harness.element.querySelector('a[href^="otpauth:"]')?.getAttribute('href')).to.equal(
      'otpauth://totp/Example%20Corp:jane?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Example%20Corp',
    );
    await expect(harness.element).to.be.accessible();
    harness.element.totpAccountName = 'Jane at Example';
    await harness.element.updateComplete;
    expect(harness.element.querySelector('a[href^="otpauth:"]')?.getAttribute('href')).to.contain(
      'otpauth://totp/Example%20Corp:Jane%20at%20Example?',
    );
    await harness.type('code', '000000');
    await harness.submit();
    expect(await harness.waitForFieldError('code')).to.equal('That code is not right. Check it and try again.');
    await cognitoAnswer(pool, 'VerifySoftwareToken', 200, { Status: 'SUCCESS', Session: 'S4' });
    await cognitoAnswer(pool, 'RespondToAuthChallenge', 200, { AuthenticationResult: await tokens() });
    await harness.type('code', '123456');
    await harness.submit();
    await waitUntil(() => harness.element.route === 'authenticated', 'signed in');
    const requests = await cognitoRequests(pool);
    expect(bodies(requests, 'AssociateSoftwareToken')).to.deep.equal([{ Session: 'S1' }]);
    expect(bodies(requests, 'VerifySoftwareToken')).to.deep.equal([
      { UserCode: '000000', Session: 'S2' },
      { UserCode: '123456', Session: 'S2' },
    ]);
    expect(bodies(requests, 'RespondToAuthChallenge')).to.deep.equal([
      { ClientId: pool.clientId, ChallengeName: 'MFA_SETUP', ChallengeResponses: { USERNAME: 'jane' }, Session: 'S4' },
    ]);
  });

  it('sets up email codes when chosen (MFA_SETUP with EMAIL), then asks for the emailed code', async () => {
    await cognitoAnswer(pool, 'InitiateAuth', 200, {
      ChallengeName: 'MFA_SETUP',
      Session: 'S1',
      ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA","EMAIL_OTP"]', USER_ID_FOR_SRP: 'jane' },
    });
    await cognitoAnswer(pool, 'RespondToAuthChallenge', 200, {
      ChallengeName: 'EMAIL_OTP',
      Session: 'S2',
      ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: 'j***@e***' },
    });
    const harness = await mount();
    await signInAs(harness);
    await harness.waitForScreen('selectMfaType');
    expect(harness.text()).to.contain('Set up two-step verification');
    harness.element.querySelector<HTMLInputElement>('input[value="email"]')?.click();
    await harness.submit();
    await harness.waitForScreen('setupEmail');
    await harness.type('email', 'jane@');
    await harness.submit();
    expect(harness.fieldError('email')).to.equal('Enter an email address like name@example.com.');
    await harness.type('email', 'jane@example.com');
    await harness.submit();
    await harness.waitForScreen('confirmSignIn');
    expect(harness.text()).to.contain('j***@e***');
    const [answer] = bodies(await cognitoRequests(pool), 'RespondToAuthChallenge');
    expect(answer).to.deep.equal({
      ClientId: pool.clientId,
      ChallengeName: 'MFA_SETUP',
      ChallengeResponses: { EMAIL: 'jane@example.com', USERNAME: 'jane' },
      Session: 'S1',
    });
  });

  it("shows a custom challenge's question through the host's hook, as text", async () => {
    await cognitoAnswer(pool, 'InitiateAuth', 200, {
      ChallengeName: 'CUSTOM_CHALLENGE',
      Session: 'S1',
      ChallengeParameters: { USERNAME: 'jane', question: '<img src=x onerror=alert(1)> What is 2 + 2?' },
    });
    const harness = await mount();
    harness.element.customChallengeContent = (parameters) => parameters.question ?? '';
    await signInAs(harness);
    await harness.waitForScreen('customChallenge');
    const content = harness.element.querySelector('[data-part="custom-challenge"]');
    expect(content?.textContent.trim()).to.equal('<img src=x onerror=alert(1)> What is 2 + 2?');
    expect(content?.querySelector('img')).to.equal(null);
  });

  it('answers custom challenges round after round with a fresh field each time (CUSTOM_CHALLENGE)', async () => {
    await cognitoAnswer(pool, 'InitiateAuth', 200, {
      ChallengeName: 'CUSTOM_CHALLENGE',
      Session: 'S1',
      ChallengeParameters: { USERNAME: 'jane' },
    });
    await cognitoAnswer(pool, 'RespondToAuthChallenge', 200, {
      ChallengeName: 'CUSTOM_CHALLENGE',
      Session: 'S2',
      ChallengeParameters: { USERNAME: 'jane' },
    });
    const harness = await mount();
    await signInAs(harness);
    await harness.waitForScreen('customChallenge');
    await harness.submit();
    expect(harness.fieldError('answer')).to.equal('This field is required.');
    await harness.type('answer', 'first answer');
    await harness.submit();
    await waitUntil(
      () => harness.input('answer').value === '' && harness.submitButton().getAttribute('aria-disabled') === 'false',
      'a fresh field',
    );
    await cognitoAnswer(pool, 'RespondToAuthChallenge', 200, { AuthenticationResult: await tokens() });
    await harness.type('answer', 'second answer');
    await harness.submit();
    await waitUntil(() => harness.element.route === 'authenticated', 'signed in');
    const answers = bodies(await cognitoRequests(pool), 'RespondToAuthChallenge') as {
      ChallengeResponses: { ANSWER: string };
      Session: string;
    }[];
    expect(answers.map((answer) => [answer.ChallengeResponses.ANSWER, answer.Session])).to.deep.equal([
      ['first answer', 'S1'],
      ['second answer', 'S2'],
    ]);
  });
});
