/**
 * The federation code (`src/cognito/federation.ts`) against a real authorization server:
 * the test bench's Cognito domain (oidc-provider at Cognito's paths, on this page's
 * origin), with the page's own session storage and fetch. Chromium.
 */
import { expect } from '@open-wc/testing';
import { createCognitoClient } from '../../src/cognito/client.ts';
import {
  beginAttempt,
  callbackOf,
  finishAttempt,
  isOwnAttempt,
  withFederation,
  type DomainSettings,
  type FederationTools,
  type PageTools,
} from '../../src/cognito/federation.ts';
import { createAuthenticator, federationFlow, type Authenticator } from '../../src/core/index.ts';
import { decodeJwt } from '../../src/cognito/session-store.ts';
import { AuthError } from '../../src/core/types.ts';
import {
  cognitoDomain,
  cognitoFederatedUser,
  cognitoPool,
  cognitoUser,
  type CognitoPoolInfo,
} from '../support/cognito.js';
import { waitUntil } from '../support/harness.js';
import { CALLBACK_URL, frameTo, frameUrl, signInAtProvider } from '../support/provider-page.js';

let settings: DomainSettings;
let pool: CognitoPoolInfo;

const tools: FederationTools = {
  storage: sessionStorage,
  fetch: (input, init) => fetch(input, init),
  now: () => Date.now(),
  fail: (failure, cause) => new AuthError(failure, cause === undefined ? {} : { cause }),
  claimsOf: decodeJwt,
};

/** A fresh pool with its domain, and gail, who signs in with Google. */
async function setUp(): Promise<void> {
  sessionStorage.clear();
  pool = await cognitoPool();
  await cognitoUser(pool, 'gail', 'Passw0rd!', { email: 'gail@example.com', email_verified: 'true' });
  const domain = await cognitoDomain(pool, { redirectUris: [CALLBACK_URL], providers: ['Google'] });
  await cognitoFederatedUser(pool, 'Google', 'gail', 'Passw0rd!', 'gail@example.com');
  settings = {
    domain,
    clientId: pool.clientId,
    userPoolId: pool.userPoolId,
    redirectUri: CALLBACK_URL,
    scopes: ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'],
  };
}

async function failureOf(promise: Promise<unknown>): Promise<AuthError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AuthError) return error;
    throw error;
  }
  throw new Error('it should have failed');
}

describe('sign-in through the Cognito domain, the federation code against a real authorization server', () => {
  beforeEach(setUp);

  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  });

  it("signs in with a provider and gives the pool's tokens; the code cannot be used twice", async () => {
    const frame = await frameTo(await beginAttempt(settings, { provider: 'Google' }, 'en', tools));
    const back = callbackOf((await signInAtProvider(frame, 'gail', 'Passw0rd!')).href);
    if (!back) throw new Error('no answer in the address');
    expect(isOwnAttempt(back, settings.clientId, tools)).to.equal(true);
    const tokens = await finishAttempt(settings, back, tools);
    expect(decodeJwt(tokens.idToken)['cognito:username']).to.equal('gail');
    expect(decodeJwt(tokens.accessToken).client_id).to.equal(settings.clientId);
    expect(tokens.refreshToken).to.be.a('string');
    expect(tokens.expiresAt).to.be.greaterThan(Date.now());
    // The same answer again: the attempt is gone, and the code with it.
    expect((await failureOf(finishAttempt(settings, back, tools))).key).to.equal('errors.federationExpired');
  });

  it("refuses a code another attempt's verifier does not match (a code stolen into another tab)", async () => {
    const frame = await frameTo(await beginAttempt(settings, { provider: 'Google' }, undefined, tools));
    const back = callbackOf((await signInAtProvider(frame, 'gail', 'Passw0rd!')).href);
    if (!back?.code) throw new Error('no code');
    // A second attempt of the same page, whose verifier is not the one the code was made for.
    const other = new URL(await beginAttempt(settings, { provider: 'Google' }, undefined, tools));
    const failure = await failureOf(
      finishAttempt(settings, { state: other.searchParams.get('state') ?? '', code: back.code }, tools),
    );
    expect([failure.key, failure.code]).to.deep.equal(['errors.federationExpired', 'invalid_grant']);
  });

  it("shows the domain's error for a provider the app client does not offer, in the domain's own words", async () => {
    const frame = await frameTo(await beginAttempt(settings, { provider: 'Facebook' }, undefined, tools));
    await waitUntil(() => frameUrl(frame).searchParams.has('error'), 'the error');
    const back = callbackOf(frameUrl(frame).href);
    if (!back) throw new Error('no answer');
    const failure = await failureOf(finishAttempt(settings, back, tools));
    expect([failure.key, failure.detail]).to.deep.equal([
      'errors.federationDetail',
      'Facebook is not a provider of this app client',
    ]);
  });
});

describe('sign-in through the Cognito domain with the headless core (federationFlow and withFederation)', () => {
  let frame: HTMLIFrameElement | undefined;

  beforeEach(setUp);

  afterEach(() => {
    document.querySelectorAll('iframe').forEach((element) => element.remove());
  });

  /** An authenticator as a page makes it on load, at `address`; it leaves for the provider in a frame. */
  function load(address: string, replaced: string[]): Authenticator {
    const page: PageTools = {
      address: () => address,
      replaceAddress: (href) => replaced.push(href),
      navigate: async (url) => {
        frame = await frameTo(url);
        // The page has left: nothing more happens here.
        return new Promise(() => undefined);
      },
      lang: () => 'en',
    };
    const client = withFederation(
      createCognitoClient({
        userPoolId: pool.userPoolId,
        clientId: pool.clientId,
        endpoint: pool.endpoint,
        storage: 'session',
      }),
      settings,
      { ...tools, ...page },
    );
    const auth = createAuthenticator({ client, config: { flows: [federationFlow], providers: ['Google'] } });
    auth.start();
    return auth;
  }

  it('leaves for the provider, and the next load finishes the attempt: signed in, the address cleaned, nothing done twice', async () => {
    const replaced: string[] = [];
    const first = load(location.href, replaced);
    await waitUntil(() => first.state.route === 'signIn', 'signed out at first');
    first.send({ type: 'signInWithProvider', provider: 'Google' });
    await waitUntil(() => frame, 'the provider page');
    expect(first.state.pending, 'busy while the page is away').to.equal(true);
    if (!frame) throw new Error('no frame');
    const back = (await signInAtProvider(frame, 'gail', 'Passw0rd!')).href;
    first.stop();

    const second = load(back, replaced);
    await waitUntil(() => second.state.route === 'authenticated', 'signed in on the way back');
    const { state } = second;
    expect(state.route === 'authenticated' ? state.session.user.username : '').to.equal('gail');
    expect(replaced).to.deep.equal([CALLBACK_URL]);
    second.stop();

    // The same address again (a reload before the clean address took): the attempt is used up, nothing is sent.
    sessionStorage.removeItem(
      Object.keys(sessionStorage).find((key) => key.includes(pool.clientId) && !key.includes('.oauth.')) ?? '',
    );
    const third = load(back, replaced);
    await waitUntil(() => third.state.route === 'signIn', 'a plain sign-in');
    expect(third.state.error).to.equal(undefined);
    third.stop();
  });

  it("shows the domain's error on sign-in when the provider is refused, in its own words", async () => {
    const first = load(location.href, []);
    await waitUntil(() => first.state.route === 'signIn', 'signed out');
    const url = await beginAttempt(settings, { provider: 'Facebook' }, undefined, tools);
    first.stop();
    frame = await frameTo(url);
    await waitUntil(() => frameUrl(frame ?? document.createElement('iframe')).searchParams.has('error'), 'the error');
    const second = load(frameUrl(frame).href, []);
    await waitUntil(() => second.state.error, 'the message');
    expect([second.state.route, second.state.error?.key, second.state.error?.detail]).to.deep.equal([
      'signIn',
      'errors.federationDetail',
      'Facebook is not a provider of this app client',
    ]);
    second.stop();
  });
});
