/**
 * After sign-in, a user whose email is not verified is offered to verify it, against the
 * emulator: the code it sends, the verification it records, and a way to skip.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.ts';
import { cognitoCode, cognitoPool, cognitoRequests, cognitoUser, type CognitoPoolInfo } from '../support/cognito.js';
import { mountOnPool, waitUntil, type AuthenticatorHarness } from '../support/harness.js';

let pool: CognitoPoolInfo;

async function signIn(): Promise<AuthenticatorHarness> {
  const app = document.createElement('p');
  app.id = 'app';
  app.textContent = 'Welcome';
  const harness = await mountOnPool(pool, {}, [app]);
  await harness.fill({ username: 'jane', password: 'Passw0rd!' });
  await harness.submit();
  await harness.waitForScreen('verifyUser');
  return harness;
}

describe('verifying a contact after sign-in', () => {
  beforeEach(async () => {
    localStorage.clear();
    pool = await cognitoPool('verify');
    await cognitoUser(pool, 'jane', 'Passw0rd!', { email: 'jane@example.com' });
  });

  it('offers the unverified email, sends a code, verifies it and opens the app', async () => {
    const harness = await signIn();
    expect(harness.element.querySelector('#app')?.checkVisibility()).to.equal(false);
    expect(harness.element.querySelector('input[name="attribute"]')?.closest('label')?.textContent.trim()).to.equal(
      'Email: jane@example.com',
    );
    await expect(harness.element).to.be.accessible();
    await harness.submit();
    await harness.waitForScreen('confirmVerifyUser');
    await harness.type('code', await cognitoCode(pool, 'jane', 'verifyAttribute'));
    await harness.submit();
    await waitUntil(() => harness.element.route === 'authenticated', 'the app');
    expect(harness.element.querySelector('#app')?.checkVisibility()).to.equal(true);
    const operations = (await cognitoRequests(pool)).map((request) => request.operation);
    expect(operations).to.deep.equal([
      'InitiateAuth',
      'GetUser',
      'GetUserAttributeVerificationCode',
      'VerifyUserAttribute',
    ]);
    const user = await fetch(pool.emulatorEndpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSCognitoIdentityProviderService.GetUser',
      },
      body: JSON.stringify({ AccessToken: harness.element.tokens?.accessToken }),
    });
    const attributes = ((await user.json()) as { UserAttributes: { Name: string; Value: string }[] }).UserAttributes;
    expect(attributes.find((attribute) => attribute.Name === 'email_verified')?.Value).to.equal('true');
  });

  it('can be skipped, straight into the app', async () => {
    const harness = await signIn();
    await harness.click('Skip for now');
    await waitUntil(() => harness.element.route === 'authenticated', 'the app');
    expect((await cognitoRequests(pool)).map((request) => request.operation)).to.deep.equal([
      'InitiateAuth',
      'GetUser',
    ]);
  });
});
