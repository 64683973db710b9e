/**
 * The steps after a password: codes from an authenticator app, a text message or an email,
 * a new password where the administrator set a temporary one, and resetting a forgotten
 * password. Against the emulator where it has the step; at the HTTP boundary, with
 * Cognito's documented shapes, where it does not (the test names say so).
 */
import { expect } from '@open-wc/testing';
import '../../src/define.ts';
import {
  cognitoAnswer,
  cognitoCode,
  cognitoFail,
  cognitoPool,
  cognitoRequests,
  cognitoTemporaryUser,
  cognitoTotpUser,
  cognitoUser,
  type CognitoPoolInfo,
} from '../support/cognito.js';
import { mountOnPool, waitUntil, type AuthenticatorHarness } from '../support/harness.js';
import { totpCode } from '../support/totp.js';

let pool: CognitoPoolInfo;

function mount(): Promise<AuthenticatorHarness> {
  return mountOnPool(pool);
}

async function signedIn(harness: AuthenticatorHarness): Promise<void> {
  await waitUntil(() => harness.element.route === 'authenticated', 'signed in');
  expect(harness.element.querySelector('form')).to.equal(null);
}

/** Real tokens for a user, straight from the emulator, to hand back from a canned answer. */
async function realTokens(username: string, password: string): Promise<Record<string, string | number>> {
  const response = await fetch(pool.emulatorEndpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth',
    },
    body: JSON.stringify({
      ClientId: pool.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: username, PASSWORD: password },
    }),
  });
  const body = (await response.json()) as { AuthenticationResult: Record<string, string | number> };
  return body.AuthenticationResult;
}

/** Whether this engine's `autocomplete` property reflects `token` (not every engine knows every token). */
function engineKnowsAutocomplete(token: string): boolean {
  const probe = document.createElement('input');
  probe.setAttribute('autocomplete', token);
  return probe.autocomplete === token;
}

describe('challenges and password resets', () => {
  beforeEach(async () => {
    localStorage.clear();
    pool = await cognitoPool('challenges');
  });

  it('asks for the authenticator app code, refuses a wrong one, and signs in with the right one', async () => {
    const secret = await cognitoTotpUser(pool, 'tess', 'Passw0rd!');
    const harness = await mount();
    await harness.fill({ username: 'tess', password: 'Passw0rd!' });
    await harness.submit();
    await harness.waitForScreen('confirmSignIn');
    expect(harness.text()).to.contain('Enter the code from your authenticator app.');
    // What the page says to the browser and its password manager; the property only where
    // the engine knows the token (Firefox reports '' for one-time-code).
    expect(harness.input('code').getAttribute('autocomplete')).to.equal('one-time-code');
    if (engineKnowsAutocomplete('one-time-code')) expect(harness.input('code').autocomplete).to.equal('one-time-code');
    expect(harness.input('code').inputMode).to.equal('numeric');
    await expect(harness.element).to.be.accessible();
    const right = await totpCode(secret);
    await harness.type('code', right === '000000' ? '111111' : '000000');
    await harness.submit();
    expect(await waitUntil(() => harness.fieldError('code') ?? harness.formError(), 'the message'))
      .to.be.a('string')
      .and.not.equal('');
    await harness.type('code', await totpCode(secret));
    await harness.submit();
    await signedIn(harness);
    const answers = (await cognitoRequests(pool)).filter((request) => request.operation === 'RespondToAuthChallenge');
    expect(
      (answers.at(-1)?.body as { ChallengeResponses?: Record<string, string> }).ChallengeResponses?.USERNAME,
    ).to.equal('tess');
  });

  it('lets a user with two factors choose the authenticator app (SELECT_MFA_TYPE), then signs in with its code', async () => {
    const secret = await cognitoTotpUser(pool, 'tess', 'Passw0rd!', { alsoSms: true });
    const harness = await mount();
    await harness.fill({ username: 'tess', password: 'Passw0rd!' });
    await harness.submit();
    await harness.waitForScreen('selectMfaType');
    const choices = [...harness.element.querySelectorAll<HTMLInputElement>('input[name="mfaType"]')];
    expect(choices.map((choice) => choice.value)).to.deep.equal(['sms', 'totp']);
    choices[1]?.click();
    await harness.submit();
    await harness.waitForScreen('confirmSignIn');
    await harness.type('code', await totpCode(secret));
    await harness.submit();
    await signedIn(harness);
    const [choice] = (await cognitoRequests(pool)).filter((request) => request.operation === 'RespondToAuthChallenge');
    expect(choice?.body).to.deep.include({ ChallengeName: 'SELECT_MFA_TYPE' });
    expect((choice?.body as { ChallengeResponses?: unknown }).ChallengeResponses).to.deep.equal({
      ANSWER: 'SOFTWARE_TOKEN_MFA',
      USERNAME: 'tess',
    });
  });

  for (const [challenge, medium, destination, text, responseKey] of [
    ['SMS_MFA', 'SMS', '+*******0199', 'We sent a code by text message to +*******0199.', 'SMS_MFA_CODE'],
    ['EMAIL_OTP', 'EMAIL', 'j***@e***', 'We sent a code by email to j***@e***.', 'EMAIL_OTP_CODE'],
  ] as const) {
    it(`asks for the ${medium} code, shows where it went, and answers ${challenge} (answered at the HTTP boundary: the emulator lacks ${challenge})`, async () => {
      await cognitoUser(pool, 'jane', 'Passw0rd!');
      const tokens = await realTokens('jane', 'Passw0rd!');
      await cognitoAnswer(pool, 'InitiateAuth', 200, {
        ChallengeName: challenge,
        Session: 'AYABeSessionFromInitiateAuth',
        ChallengeParameters: {
          CODE_DELIVERY_DELIVERY_MEDIUM: medium,
          CODE_DELIVERY_DESTINATION: destination,
          USER_ID_FOR_SRP: 'jane',
        },
      });
      await cognitoFail(
        pool,
        'RespondToAuthChallenge',
        'CodeMismatchException',
        'Invalid code or auth state for the user.',
      );
      const harness = await mount();
      await harness.fill({ username: 'jane', password: 'Passw0rd!' });
      await harness.submit();
      await harness.waitForScreen('confirmSignIn');
      expect(harness.text()).to.contain(text);
      await harness.type('code', '123 456');
      await harness.submit();
      expect(await harness.waitForFieldError('code')).to.equal('That code is not right. Check it and try again.');
      expect(harness.input('code').value).to.equal('123 456');
      await cognitoAnswer(pool, 'RespondToAuthChallenge', 200, {
        AuthenticationResult: tokens,
        ChallengeParameters: {},
      });
      await harness.type('code', '654321');
      await harness.submit();
      await signedIn(harness);
      const answer = (await cognitoRequests(pool))
        .filter((request) => request.operation === 'RespondToAuthChallenge')
        .at(-1)?.body;
      expect(answer).to.deep.equal({
        ClientId: pool.clientId,
        ChallengeName: challenge,
        ChallengeResponses: { [responseKey]: '654321', USERNAME: 'jane' },
        Session: 'AYABeSessionFromInitiateAuth',
      });
    });
  }

  it('returns to sign-in with a message and the username kept when the challenge session expired (answered at the HTTP boundary)', async () => {
    await cognitoUser(pool, 'jane', 'Passw0rd!');
    await cognitoAnswer(pool, 'InitiateAuth', 200, {
      ChallengeName: 'SMS_MFA',
      Session: 'AYABeOldSession',
      ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: '+*******0199' },
    });
    await cognitoFail(
      pool,
      'RespondToAuthChallenge',
      'NotAuthorizedException',
      'Invalid session for the user, session is expired.',
    );
    const harness = await mount();
    await harness.fill({ username: 'jane', password: 'Passw0rd!' });
    await harness.submit();
    await harness.waitForScreen('confirmSignIn');
    await harness.type('code', '123456');
    await harness.submit();
    await harness.waitForScreen('signIn');
    expect(harness.formError()).to.equal('Your sign-in timed out. Start again.');
    expect(harness.input('username').value).to.equal('jane');
  });

  it('makes a user with a temporary password choose a new one, checked against the policy, then signs in', async () => {
    await cognitoTemporaryUser(pool, 'newbie', 'Temp0rary!', { email: 'newbie@example.com', email_verified: 'true' });
    const harness = await mount();
    await harness.fill({ username: 'newbie', password: 'Temp0rary!' });
    await harness.submit();
    await harness.waitForScreen('forceNewPassword');
    await expect(harness.element).to.be.accessible();
    await harness.fill({ password: 'weak', confirmPassword: 'weak' });
    await harness.submit();
    expect(harness.fieldError('password')).to.equal('Use at least 8 characters.');
    await harness.fill({ password: 'N3w-Passw0rd', confirmPassword: 'N3w-Passw0rd' });
    await harness.submit();
    await signedIn(harness);
    const answer = (await cognitoRequests(pool)).find((request) => request.operation === 'RespondToAuthChallenge')
      ?.body as {
      ChallengeName?: string;
      ChallengeResponses?: Record<string, string>;
    };
    expect(answer.ChallengeName).to.equal('NEW_PASSWORD_REQUIRED');
    expect(answer.ChallengeResponses).to.deep.equal({ NEW_PASSWORD: 'N3w-Passw0rd', USERNAME: 'newbie' });
  });

  it('asks for the attributes the pool requires along with the new password (both steps answered at the HTTP boundary: the emulator sends no requiredAttributes)', async () => {
    await cognitoUser(pool, 'newbie', 'Temp0rary!');
    await cognitoAnswer(pool, 'InitiateAuth', 200, {
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      Session: 'AYABeNewPasswordSession',
      ChallengeParameters: {
        USER_ID_FOR_SRP: 'newbie',
        userAttributes: '{"email":"newbie@example.com"}',
        requiredAttributes: '["userAttributes.name"]',
      },
    });
    const harness = await mount();
    await harness.fill({ username: 'newbie', password: 'Temp0rary!' });
    await harness.submit();
    await harness.waitForScreen('forceNewPassword');
    expect(harness.element.querySelector(`label[for="${harness.input('attribute:name').id}"]`)?.textContent).to.equal(
      'Full name',
    );
    await harness.fill({ password: 'N3w-Passw0rd', confirmPassword: 'N3w-Passw0rd' });
    await harness.submit();
    expect(harness.fieldError('attribute:name')).to.equal('This field is required.');
    await cognitoAnswer(pool, 'RespondToAuthChallenge', 200, {
      AuthenticationResult: await realTokens('newbie', 'Temp0rary!'),
    });
    await harness.type('attribute:name', 'New Bie');
    await harness.submit();
    await signedIn(harness);
    const answer = (await cognitoRequests(pool)).find((request) => request.operation === 'RespondToAuthChallenge')
      ?.body as {
      ChallengeResponses?: Record<string, string>;
    };
    expect(answer.ChallengeResponses).to.deep.equal({
      NEW_PASSWORD: 'N3w-Passw0rd',
      'userAttributes.name': 'New Bie',
      USERNAME: 'newbie',
    });
  });

  it('resets a forgotten password with the emailed code and signs in with the new one', async () => {
    await cognitoUser(pool, 'jane', 'Passw0rd!', { email: 'jane@example.com', email_verified: 'true' });
    const harness = await mount();
    await harness.type('username', 'jane');
    await harness.click('Forgot your password?');
    await harness.waitForScreen('resetPassword');
    expect(harness.input('username').value).to.equal('jane');
    await harness.submit();
    await harness.waitForScreen('confirmResetPassword');
    const code = await cognitoCode(pool, 'jane');
    await harness.fill({ code, password: 'N3w-Passw0rd', confirmPassword: 'N3w-Passw0rd' });
    await harness.submit();
    await signedIn(harness);
    const operations = (await cognitoRequests(pool)).map((request) => request.operation);
    expect(operations).to.deep.equal(['ForgotPassword', 'ConfirmForgotPassword', 'InitiateAuth', 'GetUser']);
  });

  it('sends a reset code at once when the pool requires a new password (answered at the HTTP boundary: the emulator never asks)', async () => {
    await cognitoUser(pool, 'jane', 'Passw0rd!', { email: 'jane@example.com', email_verified: 'true' });
    await cognitoFail(pool, 'InitiateAuth', 'PasswordResetRequiredException', 'Password reset required for the user');
    const harness = await mount();
    await harness.fill({ username: 'jane', password: 'Passw0rd!' });
    await harness.submit();
    await harness.waitForScreen('confirmResetPassword');
    await waitUntil(() => harness.text().includes('jane@example.com'), 'where the code went');
    await harness.fill({
      code: await cognitoCode(pool, 'jane'),
      password: 'N3w-Passw0rd',
      confirmPassword: 'N3w-Passw0rd',
    });
    await harness.submit();
    await signedIn(harness);
  });

  it("signs a new user in with the pool's confirmation session, never sending the password again (SignUp, ConfirmSignUp and USER_AUTH answered at the HTTP boundary: the emulator hands out no sessions)", async () => {
    await cognitoUser(pool, 'jane', 'Passw0rd!', { email: 'jane@example.com', email_verified: 'true' });
    const result = await realTokens('jane', 'Passw0rd!');
    await cognitoAnswer(pool, 'SignUp', 200, {
      UserConfirmed: false,
      UserSub: '0b6f0e0a-1111-2222-3333-444455556666',
      CodeDeliveryDetails: { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'j***@e***' },
      Session: 'SignUpSession',
    });
    await cognitoAnswer(pool, 'ConfirmSignUp', 200, { Session: 'ConfirmSignUpSession' });
    await cognitoAnswer(pool, 'InitiateAuth', 200, { AuthenticationResult: result, ChallengeParameters: {} });
    const harness = await mount();
    await harness.click('Create account');
    await harness.waitForScreen('signUp');
    await harness.fill({
      username: 'jane',
      'attribute:email': 'jane@example.com',
      password: 'Passw0rd!',
      confirmPassword: 'Passw0rd!',
    });
    await harness.submit();
    await harness.waitForScreen('confirmSignUp');
    await harness.type('code', '123456');
    await harness.submit();
    await signedIn(harness);
    const requests = await cognitoRequests(pool);
    expect(requests.find((request) => request.operation === 'ConfirmSignUp')?.body).to.deep.equal({
      ClientId: pool.clientId,
      Username: 'jane',
      ConfirmationCode: '123456',
      Session: 'SignUpSession',
    });
    expect(requests.find((request) => request.operation === 'InitiateAuth')?.body).to.deep.equal({
      AuthFlow: 'USER_AUTH',
      ClientId: pool.clientId,
      AuthParameters: { USERNAME: 'jane' },
      Session: 'ConfirmSignUpSession',
    });
  });

  it('ticks off the password policy as the new password is typed', async () => {
    const harness = await mount();
    await harness.click('Create account');
    await harness.waitForScreen('signUp');
    const met = (): string[] =>
      [...harness.element.querySelectorAll('.cognito-policy__rule[data-met="true"] .cognito-policy__text')].map(
        (rule) => rule.textContent.trim(),
      );
    expect(met()).to.deep.equal([]);
    await harness.type('password', 'abc');
    await harness.element.updateComplete;
    expect(met()).to.deep.equal(['a lowercase letter']);
    await harness.type('password', 'Abcdefg1!');
    await harness.element.updateComplete;
    expect(met()).to.have.length(5);
    expect(harness.input('password').getAttribute('aria-describedby')).to.contain('policy');
  });
});
