/**
 * The first journey against the Cognito emulator, in a page that really reloads: sign up,
 * confirm with the code the pool sent, signed in, still signed in after a reload, signed
 * out, still signed out after another reload.
 */
import { expect } from '@open-wc/testing';
import { cognitoCode, cognitoEmailVerified, cognitoPool, cognitoRequests, type CognitoPoolInfo } from '../support/cognito.js';
import { AuthenticatorHarness, waitUntil } from '../support/harness.js';
import type { CognitoAuthenticator } from '../../src/index.ts';

/** Loads the fixture page in a frame; resolves once its element exists. */
async function openPage(pool: CognitoPoolInfo): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  const query = new URLSearchParams({
    'user-pool-id': pool.userPoolId,
    'client-id': pool.clientId,
    endpoint: pool.endpoint,
    'auth-flow': 'USER_PASSWORD_AUTH',
  });
  frame.src = `/test/e2e/fixtures/authenticator.html?${query}`;
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '900px';
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.querySelector('cognito-authenticator')?.route, 'the page to load');
  return frame;
}

function harnessOf(frame: HTMLIFrameElement): AuthenticatorHarness {
  const element = frame.contentDocument?.querySelector<CognitoAuthenticator>('cognito-authenticator');
  if (!element) throw new Error('The page has no authenticator');
  return new AuthenticatorHarness(element);
}

async function reload(frame: HTMLIFrameElement): Promise<AuthenticatorHarness> {
  const before = frame.contentDocument;
  frame.contentWindow?.location.reload();
  await waitUntil(() => frame.contentDocument !== before && frame.contentDocument?.querySelector('cognito-authenticator')?.route, 'the reload');
  const harness = harnessOf(frame);
  await waitUntil(() => harness.element.route !== 'setup' && harness.element.route !== 'idle', 'the session to be restored');
  return harness;
}

describe('first journey against the emulator', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
  });

  it('signs up, confirms with the code, stays signed in across a reload, signs out for good (GetUser answered at the HTTP boundary: the emulator leaves the confirmed email unverified)', async () => {
    const pool = await cognitoPool('journey');
    await cognitoEmailVerified(pool, 'jane', 'jane@example.com');
    frame = await openPage(pool);
    let page = harnessOf(frame);
    await page.waitForScreen('signIn');

    await page.click('Create account');
    await page.waitForScreen('signUp');
    await page.fill({ username: 'jane', 'attribute:email': 'jane@example.com', password: 'Passw0rd!', confirmPassword: 'Passw0rd!' });
    await page.submit();

    await page.waitForScreen('confirmSignUp');
    expect(page.text()).to.contain('jane@example.com');
    const code = await cognitoCode(pool, 'jane', 'confirmSignUp');
    await page.type('code', code);
    await page.submit();

    // Signed in without typing the password again; the form has left the page.
    const doc = () => frame?.contentDocument;
    await waitUntil(() => doc()?.getElementById('app')?.textContent === 'jane', 'the app to greet jane');
    expect(page.element.route).to.equal('authenticated');
    expect(doc()?.querySelector('form')).to.equal(null);
    expect(page.element.user?.attributes.email).to.equal('jane@example.com');
    expect((await cognitoRequests(pool)).map((r) => r.operation)).to.deep.equal(['SignUp', 'ConfirmSignUp', 'InitiateAuth', 'GetUser']);

    page = await reload(frame);
    expect(page.element.route).to.equal('authenticated');
    expect(page.element.user?.username).to.equal('jane');
    expect(doc()?.querySelector('form')).to.equal(null);

    doc()?.getElementById('sign-out')?.click();
    await page.waitForScreen('signIn');
    expect(page.element.user).to.equal(null);
    expect(Object.keys(frame.contentWindow?.localStorage ?? {}).filter((key) => key.includes(pool.clientId))).to.deep.equal([]);
    expect((await cognitoRequests(pool)).map((r) => r.operation)).to.include('RevokeToken');

    page = await reload(frame);
    expect(page.element.route).to.equal('signIn');
    expect(page.input('username').getAttribute('autocomplete')).to.equal('username');
  });
});
