/**
 * The federation code (`src/cognito/federation.ts`) against a real authorization server:
 * the test bench's Cognito domain (oidc-provider at Cognito's paths, on this page's
 * origin), with the page's own session storage and fetch. Chromium.
 */
import { expect } from '@open-wc/testing';
import {
  beginAttempt,
  callbackOf,
  finishAttempt,
  isOwnAttempt,
  type DomainSettings,
  type FederationTools,
} from '../../src/cognito/federation.ts';
import { decodeJwt } from '../../src/cognito/session-store.ts';
import { AuthError } from '../../src/core/types.ts';
import { cognitoDomain, cognitoFederatedUser, cognitoPool, cognitoUser } from '../support/cognito.js';
import { waitUntil } from '../support/harness.js';
import { CALLBACK_URL, frameTo, frameUrl, signInAtProvider } from '../support/provider-page.js';

let settings: DomainSettings;

const tools: FederationTools = {
  storage: sessionStorage,
  fetch: (input, init) => fetch(input, init),
  now: () => Date.now(),
  fail: (failure, cause) => new AuthError(failure, cause === undefined ? {} : { cause }),
  claimsOf: decodeJwt,
};

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
  beforeEach(async () => {
    sessionStorage.clear();
    const pool = await cognitoPool();
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
  });

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
