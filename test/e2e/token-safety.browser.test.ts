/**
 * Tokens and passwords never leave the places they belong (storage, the request body):
 * not in URLs, history, DOM attributes, events, the console or error messages. Sessions
 * are stored under a key per pool and client, removed at sign-out; stored data that is
 * broken is discarded quietly; a configuration the element cannot work with is refused
 * before any request.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.ts';
import { createCognitoClient } from '../../src/cognito/client.ts';
import type { CognitoAuthenticator } from '../../src/index.ts';
import {
  cognitoAnswer,
  cognitoDrop,
  cognitoPool,
  cognitoRequests,
  cognitoUser,
  type CognitoPoolInfo,
} from '../support/cognito.js';
import { mountOnPool, waitUntil } from '../support/harness.js';
import { logged, unhandled } from '../support/page-watch.js';

const PASSWORD = 'Correct-Horse-9';

let pool: CognitoPoolInfo;

/** Every attribute of every element on the page, shadow roots included. */
function allAttributes(root: Document | ShadowRoot = document): string[] {
  const values: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.attributes) values.push(`${attribute.name}=${attribute.value}`);
    if (element.shadowRoot) values.push(...allAttributes(element.shadowRoot));
  }
  return values;
}

function sessionKeys(): string[] {
  return Object.keys(localStorage).filter((key) => key.startsWith('cognito-authenticator'));
}

function containsAny(text: string, secrets: readonly string[]): string[] {
  return secrets.filter((secret) => text.includes(secret));
}

describe('tokens and passwords stay where they belong', () => {
  beforeEach(async () => {
    localStorage.clear();
    logged.splice(0);
    unhandled.splice(0);
    pool = await cognitoPool('tokens');
  });

  afterEach(() => {
    expect(unhandled.splice(0), 'errors thrown to the page').to.deep.equal([]);
  });

  it('keeps tokens out of URLs, history, attributes, events and the console through sign-in and sign-out, under one key per pool and client', async () => {
    await cognitoUser(pool, 'jane', PASSWORD, { email: 'jane@example.com', email_verified: 'true' });
    const events: string[] = [];
    const record = (event: Event): void => {
      events.push(`${event.type} ${JSON.stringify((event as CustomEvent<unknown>).detail)}`);
    };
    for (const type of ['cognito-route-change', 'cognito-signed-in', 'cognito-signed-out'])
      document.addEventListener(type, record);
    const harness = await mountOnPool(pool, { history: '' });
    await harness.fill({ username: 'jane', password: PASSWORD });
    await harness.submit();
    await waitUntil(() => harness.element.route === 'authenticated', 'signed in');

    const tokens = harness.element.tokens;
    if (!tokens?.refreshToken) throw new Error('No tokens after sign-in');
    const secrets = [tokens.idToken, tokens.accessToken, tokens.refreshToken, PASSWORD];
    expect(sessionKeys(), 'one key, named after the pool and the client').to.deep.equal([
      `cognito-authenticator.${pool.userPoolId}.${pool.clientId}.session`,
    ]);

    harness.element.signOut();
    await waitUntil(() => harness.element.route === 'signIn', 'signed out');
    expect(sessionKeys(), 'nothing left stored').to.deep.equal([]);
    for (const type of ['cognito-route-change', 'cognito-signed-in', 'cognito-signed-out'])
      document.removeEventListener(type, record);

    expect(
      events.some((line) => line.startsWith('cognito-signed-in')),
      'the signed-in event was seen',
    ).to.equal(true);
    expect(containsAny(events.join('\n'), secrets), 'in events').to.deep.equal([]);
    expect(
      containsAny(`${location.href} ${JSON.stringify(history.state)}`, secrets),
      'in the URL or history',
    ).to.deep.equal([]);
    const urls = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(containsAny(urls.join('\n'), secrets), 'in request URLs').to.deep.equal([]);
    expect(containsAny(allAttributes().join('\n'), secrets), 'in DOM attributes').to.deep.equal([]);
    expect(containsAny(logged.join('\n'), secrets), 'in the console').to.deep.equal([]);
  });

  it('keeps tokens out of every error a token-bearing call can raise: message, string, JSON and cause', async () => {
    await cognitoUser(pool, 'jane', PASSWORD);
    const client = createCognitoClient({
      userPoolId: pool.userPoolId,
      clientId: pool.clientId,
      endpoint: pool.endpoint,
      authFlow: 'USER_PASSWORD_AUTH',
      storage: 'memory',
    });
    const result = await client.signIn({ username: 'jane', password: PASSWORD });
    if (result.kind !== 'signedIn' || !result.session.tokens.refreshToken) throw new Error('Not signed in');
    const { idToken, accessToken, refreshToken } = result.session.tokens;
    const secrets = [idToken, accessToken, refreshToken, PASSWORD];
    const failures: unknown[] = [];
    const succeeded: string[] = [];
    const attempt = async (name: string, call: () => Promise<unknown>): Promise<void> => {
      await call().then(
        () => succeeded.push(name),
        (error: unknown) => failures.push(error),
      );
    };
    // Each call carries a token; the pool refuses it, the server fails, or the network drops.
    await cognitoAnswer(pool, 'GetUser', 400, {
      __type: 'NotAuthorizedException',
      message: 'Access Token has been revoked',
    });
    await attempt('GetUser', () => client.unverifiedContacts());
    await cognitoAnswer(pool, 'GetUserAttributeVerificationCode', 500, {
      __type: 'InternalErrorException',
      message: 'Internal server error.',
    });
    await attempt('GetUserAttributeVerificationCode', () => client.sendAttributeCode({ attribute: 'email' }));
    await cognitoDrop(pool, 'VerifyUserAttribute');
    await attempt('VerifyUserAttribute', () => client.verifyAttribute({ attribute: 'email', code: '123456' }));
    for (const failure of failures) {
      const error = failure as Error & { cause?: unknown };
      const texts = [
        String(error),
        error.message,
        error.stack ?? '',
        JSON.stringify(error),
        String(error.cause),
        JSON.stringify(error.cause ?? null),
      ];
      expect(containsAny(texts.join('\n'), secrets), `in ${String(error)}`).to.deep.equal([]);
    }
    expect(succeeded, 'calls that should have failed').to.deep.equal([]);
    expect(containsAny(logged.join('\n'), secrets), 'in the console').to.deep.equal([]);
  });

  it('discards malformed stored sessions and shows sign-in, with nothing thrown to the page', async () => {
    const key = `cognito-authenticator.${pool.userPoolId}.${pool.clientId}.session`;
    const broken = [
      'not json {',
      JSON.stringify({ idToken: 'not-a-jwt', accessToken: 'x', refreshToken: 'y', expiresAt: Date.now() + 3_600_000 }),
      JSON.stringify({ idToken: `e30.${btoa('[1,2]')}.sig`, accessToken: 'x', expiresAt: Date.now() + 3_600_000 }),
      JSON.stringify({ expiresAt: 'tomorrow' }),
      'null',
    ];
    for (const value of broken) {
      localStorage.setItem(key, value);
      const harness = await mountOnPool(pool);
      expect(harness.element.route, value).to.equal('signIn');
      expect(harness.formError(), value).to.equal('');
      expect(localStorage.getItem(key), `${value} is discarded`).to.equal(null);
      harness.element.remove();
    }
    expect(await cognitoRequests(pool), 'nothing sent for broken data').to.deep.equal([]);
  });

  const configurations: [string, Record<string, string>, string][] = [
    [
      'a malformed pool id',
      { 'user-pool-id': 'eu-west-1', 'client-id': 'abc' },
      'user-pool-id is missing or malformed',
    ],
    ['a missing pool id', { 'client-id': 'abc' }, 'user-pool-id is missing or malformed'],
    [
      'an unknown region in the pool id',
      { 'user-pool-id': 'moon-base-1_AbC123', 'client-id': 'abc' },
      'region is not an AWS region',
    ],
    [
      'an unknown region attribute',
      { 'user-pool-id': 'eu-west-1_AbC123', 'client-id': 'abc', region: 'eu-west1' },
      'region is not an AWS region',
    ],
    ['a missing client id', { 'user-pool-id': 'eu-west-1_AbC123' }, 'client-id is missing'],
  ];
  for (const [what, attributes, help] of configurations) {
    it(`refuses ${what} with a message on screen and help in the console, before any request`, async () => {
      const requests: string[] = [];
      const originalFetch = window.fetch.bind(window);
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        requests.push(input instanceof Request ? input.url : input.toString());
        return originalFetch(input, init);
      };
      try {
        const element = document.createElement('cognito-authenticator');
        for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
        const shown = await fixture<CognitoAuthenticator>(html`${element}`);
        await shown.updateComplete;
        expect(shown.querySelector('[role="alert"]')?.textContent.trim()).to.equal(
          "Sign-in is not set up correctly. Contact the site's support.",
        );
        // The help texts are a chunk loaded on first need: the help arrives a moment later.
        await waitUntil(() => logged.join('\n').includes(help), `console help: ${help}`).catch(() => undefined);
        expect(logged.join('\n')).to.contain(help);
        expect(requests).to.deep.equal([]);
      } finally {
        window.fetch = originalFetch;
      }
    });
  }
});
