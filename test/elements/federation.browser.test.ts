/**
 * Sign-in with a provider through the Cognito domain, in the element, for real: the page in
 * a frame (it leaves for the domain and comes back), the bench's Cognito domain (oidc-provider
 * at Cognito's paths on this origin) with the provider's own sign-in page, the emulator's
 * tokens in the end. Chromium.
 */
import { expect } from '@open-wc/testing';
import type { CognitoAuthenticator } from '../../src/index.ts';
import {
  cognitoDomain,
  cognitoFederatedUser,
  cognitoPool,
  cognitoUser,
  type CognitoPoolInfo,
} from '../support/cognito.js';
import { waitUntil } from '../support/harness.js';
import { frameTo, frameUrl, signInAtProvider } from '../support/provider-page.js';

const PAGE = new URL('/test/e2e/fixtures/federated.html', location.origin).href;

let pool: CognitoPoolInfo;
let domain: string;

/** The element on the page in `frame`, once it is there. */
async function elementIn(frame: HTMLIFrameElement): Promise<CognitoAuthenticator> {
  return waitUntil(
    () => frame.contentDocument?.querySelector<CognitoAuthenticator>('cognito-authenticator') ?? undefined,
    'the element',
  );
}

async function openPage(attributes: Record<string, string>): Promise<HTMLIFrameElement> {
  sessionStorage.setItem(
    'federated-page',
    JSON.stringify({
      'user-pool-id': pool.userPoolId,
      'client-id': pool.clientId,
      endpoint: pool.endpoint,
      'auth-flow': 'USER_PASSWORD_AUTH',
      storage: 'session',
      domain,
      'redirect-uri': PAGE,
      ...attributes,
    }),
  );
  return frameTo(PAGE);
}

describe('sign-in with a provider through the Cognito domain (the bench runs it: oidc-provider at its paths)', () => {
  beforeEach(async () => {
    sessionStorage.clear();
    pool = await cognitoPool();
    await cognitoUser(pool, 'gail', 'Passw0rd!', { email: 'gail@example.com', email_verified: 'true' });
    domain = await cognitoDomain(pool, { redirectUris: [PAGE], providers: ['Google', 'Contoso'] });
    await cognitoFederatedUser(pool, 'Google', 'gail', 'Passw0rd!', 'gail@example.com');
  });

  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  });

  it('offers a button per provider, by its name or the label the page gives, outside the password form', async () => {
    const frame = await openPage({ providers: 'Google SignInWithApple Contoso' });
    const element = await elementIn(frame);
    element.providerLabels = { Contoso: 'Contoso staff' };
    await waitUntil(() => element.route === 'signIn' && element.querySelector('button[data-provider]'), 'sign-in');
    await element.updateComplete;
    const buttons = [...element.querySelectorAll<HTMLButtonElement>('button[data-provider]')];
    expect(buttons.map((button) => [button.type, button.textContent.trim()])).to.deep.equal([
      ['button', 'Sign in with Google'],
      ['button', 'Sign in with Apple'],
      ['button', 'Sign in with Contoso staff'],
    ]);
    expect(element.querySelector('form')?.contains(buttons[0] ?? null), 'outside the password form').to.equal(false);
    element
      .querySelector<HTMLButtonElement>('button[data-navigate="signUp"], [role="tab"]:not([aria-selected="true"])')
      ?.click();
  });

  it('refuses providers without a domain: the configuration message, no provider to press', async () => {
    const frame = await openPage({ providers: 'Google', domain: '' });
    const element = await elementIn(frame);
    await waitUntil(() => element.querySelector('[role="alert"]')?.textContent.trim(), 'the configuration message');
    expect(element.querySelector('[role="alert"]')?.textContent.trim()).to.equal(
      "Sign-in is not set up correctly. Contact the site's support.",
    );
    expect(element.querySelectorAll('button[data-provider]').length, 'no provider to press').to.equal(0);
  });

  it('offers a button per provider, goes to the provider, and comes back signed in with the address cleaned', async () => {
    const frame = await openPage({ providers: 'Google Contoso' });
    const element = await elementIn(frame);
    await waitUntil(() => element.route === 'signIn', 'sign-in');
    const buttons = [...element.querySelectorAll<HTMLButtonElement>('button[data-provider]')];
    expect(buttons.map((button) => button.textContent.trim())).to.deep.equal([
      'Sign in with Google',
      'Sign in with Contoso',
    ]);
    expect(element.querySelector('form')?.contains(buttons[0] ?? null), 'outside the password form').to.equal(false);
    buttons[0]?.click();
    const back = await signInAtProvider(frame, 'gail', 'Passw0rd!', 'federated.html');
    expect(back.searchParams.has('code')).to.equal(true);
    const returned = await elementIn(frame);
    await waitUntil(() => returned.route === 'authenticated', 'signed in');
    expect(returned.user?.username).to.equal('gail');
    expect(frame.contentDocument?.querySelector('#app')?.textContent).to.equal('Signed in as gail');
    expect(frameUrl(frame).search, 'code and state gone from the address').to.equal('');
  });

  it("shows the domain's refusal of a provider on sign-in, in its own words, and stays signed out", async () => {
    await cognitoDomain(pool, { redirectUris: [PAGE], providers: ['Contoso'] });
    const frame = await openPage({ providers: 'Google' });
    const element = await elementIn(frame);
    await waitUntil(() => element.route === 'signIn', 'sign-in');
    const before = frame.contentDocument;
    element.querySelector<HTMLButtonElement>('button[data-provider="Google"]')?.click();
    // Back on a new page of its own, the error in its address at first.
    await waitUntil(() => frame.contentDocument !== before && frame.contentDocument?.readyState === 'complete', 'back');
    const returned = await elementIn(frame);
    await waitUntil(() => returned.querySelector('[role="alert"]')?.textContent.trim(), 'the message');
    expect(returned.querySelector('[role="alert"]')?.textContent.trim()).to.equal(
      'Signing in through the other service did not work: Google is not a provider of this app client',
    );
    expect(returned.route).to.equal('signIn');
  });

  it('leaves a page with a code and state of its own alone: the app may run its own OAuth', async () => {
    sessionStorage.setItem(
      'federated-page',
      JSON.stringify({ 'user-pool-id': pool.userPoolId, 'client-id': pool.clientId, endpoint: pool.endpoint, domain }),
    );
    const frame = await frameTo(`${PAGE}?code=theirs&state=theirs`);
    const element = await elementIn(frame);
    await waitUntil(() => element.route === 'signIn', 'sign-in');
    expect(frameUrl(frame).search).to.equal('?code=theirs&state=theirs');
    expect(element.querySelector('[role="alert"]')?.textContent.trim()).to.equal('');
  });
});
