/**
 * The element's session as an app sees it, against the Cognito emulator: an element moved in
 * the DOM keeps working (with its own client or the app's), `getTokens()` refreshes tokens
 * that are about to expire, a refresh that cannot be made is reported, and signing out
 * everywhere says when the other devices were not signed out.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.ts';
import { createCognitoClient, type CognitoAuthenticator } from '../../src/index.ts';
import type { AuthClient } from '../../src/core/operations.ts';
import {
  cognitoAnswer,
  cognitoFail,
  cognitoPool,
  cognitoRequests,
  cognitoUser,
  type CognitoPoolInfo,
} from '../support/cognito.js';
import { AuthenticatorHarness, waitUntil } from '../support/harness.js';
import { unhandled } from '../support/page-watch.js';

let pool: CognitoPoolInfo;

async function mount(client?: AuthClient): Promise<AuthenticatorHarness> {
  const element = await fixture<CognitoAuthenticator>(html`<cognito-authenticator
    .client=${client}
    user-pool-id=${pool.userPoolId}
    client-id=${pool.clientId}
    endpoint=${pool.endpoint}
    auth-flow="USER_PASSWORD_AUTH"
    ><p id="app">Welcome</p></cognito-authenticator
  >`);
  const harness = new AuthenticatorHarness(element);
  await harness.waitForScreen('signIn');
  return harness;
}

async function signIn(harness: AuthenticatorHarness): Promise<void> {
  await harness.fill({ username: 'jane', password: 'Passw0rd!' });
  await harness.submit();
  await waitUntil(() => harness.element.route === 'authenticated', 'signed in');
}

async function operations(): Promise<string[]> {
  return (await cognitoRequests(pool)).map((request) => request.operation);
}

/** Moves the element elsewhere in the page, as a framework re-parenting it does. */
async function move(element: HTMLElement): Promise<void> {
  const elsewhere = document.createElement('section');
  document.body.append(elsewhere);
  elsewhere.append(element);
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Makes the stored tokens expire at `expiresAt`, as time passing would. */
function storedExpiry(expiresAt: number): void {
  const key = `cognito-authenticator.${pool.userPoolId}.${pool.clientId}.session`;
  const stored = JSON.parse(localStorage.getItem(key) ?? 'null') as Record<string, unknown> | null;
  expect(stored, 'a stored session').to.not.equal(null);
  localStorage.setItem(key, JSON.stringify({ ...stored, expiresAt }));
}

afterEach(() => {
  expect(unhandled.splice(0), 'unhandled promise rejections').to.deep.equal([]);
});

describe('the session of <cognito-authenticator>', () => {
  beforeEach(async () => {
    localStorage.clear();
    pool = await cognitoPool('session');
    await cognitoUser(pool, 'jane', 'Passw0rd!');
  });

  it("keeps working with the app's own client after the element is moved in the page", async () => {
    const client = createCognitoClient({
      userPoolId: pool.userPoolId,
      clientId: pool.clientId,
      endpoint: pool.endpoint,
      authFlow: 'USER_PASSWORD_AUTH',
    });
    const harness = await mount(client);
    await move(harness.element);
    await signIn(harness);
    await move(harness.element);
    harness.element.signOut();
    await harness.waitForScreen('signIn');
    await signIn(harness);
    expect(harness.element.querySelector('#app')?.checkVisibility()).to.equal(true);
    client.dispose?.();
  });

  it('stays signed in, without asking the pool again, when moved with its own client', async () => {
    const harness = await mount();
    await signIn(harness);
    const before = (await operations()).length;
    const events: string[] = [];
    for (const type of ['cognito-signed-in', 'cognito-signed-out'])
      harness.element.addEventListener(type, () => events.push(type));
    await move(harness.element);
    await harness.element.updateComplete;
    expect(harness.element.route).to.equal('authenticated');
    expect(events).to.deep.equal([]);
    expect((await operations()).length).to.equal(before);
  });

  it('refreshes tokens about to expire when the app asks for them with getTokens() (GetTokensFromRefreshToken answered at the HTTP boundary: the emulator lacks it)', async () => {
    const harness = await mount();
    await signIn(harness);
    const first = harness.element.tokens;
    storedExpiry(Date.now() + 20_000);
    const newAccessToken = `${first?.accessToken ?? ''}.refreshed`;
    await cognitoAnswer(pool, 'GetTokensFromRefreshToken', 200, {
      AuthenticationResult: {
        AccessToken: newAccessToken,
        IdToken: first?.idToken ?? '',
        ExpiresIn: 3600,
        TokenType: 'Bearer',
      },
    });
    const fresh = await harness.element.getTokens();
    expect(fresh?.accessToken).to.equal(newAccessToken);
    expect(fresh?.refreshToken, 'the refresh token in hand is kept').to.equal(first?.refreshToken);
    expect(harness.element.tokens?.accessToken).to.equal(newAccessToken);
    expect(await operations()).to.include('GetTokensFromRefreshToken');
  });

  it("refreshes with REFRESH_TOKEN_AUTH where the service does not know GetTokensFromRefreshToken (the emulator's own answer)", async () => {
    const harness = await mount();
    await signIn(harness);
    storedExpiry(Date.now() + 20_000);
    const fresh = await harness.element.getTokens();
    expect(fresh?.expiresAt ?? 0).to.be.greaterThan(Date.now() + 600_000);
    const sent = await operations();
    expect(sent.slice(sent.indexOf('GetTokensFromRefreshToken'))).to.deep.equal([
      'GetTokensFromRefreshToken',
      'InitiateAuth',
    ]);
  });

  it('tells the app when expired tokens cannot be refreshed, and keeps the person signed in (throttled at the HTTP boundary)', async () => {
    const harness = await mount();
    await signIn(harness);
    storedExpiry(Date.now() - 1000);
    await cognitoFail(pool, 'GetTokensFromRefreshToken', 'TooManyRequestsException', 'Rate exceeded');
    const expired: unknown[] = [];
    harness.element.addEventListener('cognito-session-expired', (event) => expired.push(event.detail.error.code));
    let refused: unknown;
    await harness.element.getTokens().catch((error: unknown) => (refused = error));
    expect((refused as { code?: string } | undefined)?.code).to.equal('TooManyRequestsException');
    await waitUntil(() => expired.length > 0, 'cognito-session-expired');
    expect(expired).to.deep.equal(['TooManyRequestsException']);
    expect(harness.element.route).to.equal('authenticated');
  });

  it('signs out everywhere: GlobalSignOut before the revocation (answered at the HTTP boundary: the emulator lacks GlobalSignOut)', async () => {
    const harness = await mount();
    await signIn(harness);
    await cognitoAnswer(pool, 'GlobalSignOut', 200, {});
    const details: unknown[] = [];
    harness.element.addEventListener('cognito-signed-out', (event) => details.push(event.detail));
    harness.element.signOut({ global: true });
    await harness.waitForScreen('signIn');
    await waitUntil(async () => (await operations()).includes('RevokeToken'), 'the revocation');
    const sent = await operations();
    expect(sent.indexOf('GlobalSignOut')).to.be.lessThan(sent.indexOf('RevokeToken'));
    expect(details).to.deep.equal([{}]);
    expect(harness.formError()).to.equal('');
  });

  it('says when signing out everywhere failed, and is signed out here all the same (refused at the HTTP boundary)', async () => {
    const harness = await mount();
    await signIn(harness);
    await cognitoFail(pool, 'GlobalSignOut', 'NotAuthorizedException', 'Access Token has been revoked');
    const details: { globalSignOutFailure?: { code: string } }[] = [];
    harness.element.addEventListener('cognito-signed-out', (event) => details.push(event.detail));
    harness.element.signOut({ global: true });
    await harness.waitForScreen('signIn');
    expect(await harness.waitForFormError()).to.equal(
      "You're signed out on this device, but we couldn't sign you out on your other devices. Sign in and try again.",
    );
    expect(details.map((detail) => detail.globalSignOutFailure?.code)).to.deep.equal(['NotAuthorizedException']);
    expect(harness.element.tokens).to.equal(null);
    expect(localStorage.length).to.equal(0);
  });
});
