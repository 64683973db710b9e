/**
 * Sign-in through the Cognito domain, without a browser: the authorize URL and its PKCE,
 * attempts kept apart and expiring, the way back read and cleaned from the address, the
 * code exchange and the checks of the ID token, each failure as the message a person sees
 * (COGNITO-WIRE-2.md D). The same code against a real authorization server is in
 * test/e2e/federation-client.browser.test.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  ATTEMPT_LIFETIME_MS,
  beginAttempt,
  callbackOf,
  domainUrl,
  finishAttempt,
  isOwnAttempt,
  logoutUrl,
  withoutCallback,
  type DomainSettings,
  type FederationTools,
} from '../../src/cognito/federation.ts';
import { decodeJwt } from '../../src/cognito/session-store.ts';
import { AuthError, type AuthFailure } from '../../src/core/types.ts';

const SETTINGS: DomainSettings = {
  domain: 'https://example.auth.eu-west-1.amazoncognito.com',
  clientId: '1example23456789',
  userPoolId: 'eu-west-1_AbC123xyz',
  redirectUri: 'https://app.example.com/',
  scopes: ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'],
};
const ISSUER = 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123xyz';

function memory(): FederationTools['storage'] & { readonly map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
    get length() {
      return map.size;
    },
    key: (index) => [...map.keys()][index] ?? null,
  };
}

interface Sent {
  readonly url: string;
  readonly form: URLSearchParams;
}

function tools(answer?: (sent: Sent) => Response | Promise<Response>): FederationTools & {
  readonly sent: Sent[];
  readonly storage: ReturnType<typeof memory>;
  clock: number;
} {
  const sent: Sent[] = [];
  const bench = {
    sent,
    storage: memory(),
    clock: 1_800_000_000_000,
    now: () => bench.clock,
    fail: (failure: AuthFailure, cause?: unknown) => new AuthError(failure, cause === undefined ? {} : { cause }),
    claimsOf: decodeJwt,
    fetch: async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      // The module sends a URL string and a URLSearchParams body.
      const url = input instanceof URL ? input.href : typeof input === 'string' ? input : input.url;
      const entry = { url, form: new URLSearchParams(init?.body instanceof URLSearchParams ? init.body : '') };
      sent.push(entry);
      if (!answer) throw new Error('no request expected');
      return answer(entry);
    },
  };
  return bench;
}

const jwt = (claims: Record<string, unknown>): string =>
  `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2ln`;

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Starts an attempt and reads back what it sent the person to. */
async function begin(bench: FederationTools, target = { provider: 'Google' }, lang?: string): Promise<URL> {
  return new URL(await beginAttempt(SETTINGS, target, lang, bench));
}

async function failureOf(promise: Promise<unknown>): Promise<AuthError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof AuthError, `an AuthError, not ${String(error)}`);
    return error;
  }
  assert.fail('it should have failed');
}

describe('the authorize URL', () => {
  it("has Cognito's parameters, S256 of the kept verifier, and a state and nonce of letters and digits", async () => {
    const bench = tools();
    const url = await begin(bench, { provider: 'Google' }, 'de');
    assert.equal(url.origin + url.pathname, `${SETTINGS.domain}/oauth2/authorize`);
    assert.deepEqual(
      [...url.searchParams.keys()],
      [
        'redirect_uri',
        'response_type',
        'client_id',
        'identity_provider',
        'scope',
        'lang',
        'nonce',
        'state',
        'code_challenge',
        'code_challenge_method',
      ],
    );
    const get = (name: string): string => url.searchParams.get(name) ?? '';
    assert.deepEqual(
      [get('redirect_uri'), get('response_type'), get('client_id'), get('identity_provider'), get('lang')],
      [SETTINGS.redirectUri, 'code', SETTINGS.clientId, 'Google', 'de'],
    );
    assert.equal(get('scope'), 'openid email profile aws.cognito.signin.user.admin');
    assert.match(get('state'), /^[A-Za-z0-9]{32}$/u);
    assert.match(get('nonce'), /^[A-Za-z0-9]{32}$/u);
    const kept = JSON.parse(
      bench.storage.map.get(`cognito-authenticator.${SETTINGS.clientId}.oauth.${get('state')}`) ?? '{}',
    ) as {
      verifier: string;
      nonce: string;
      expiresAt: number;
    };
    assert.match(kept.verifier, /^[A-Za-z0-9]{64}$/u);
    assert.equal(get('code_challenge'), createHash('sha256').update(kept.verifier).digest('base64url'));
    assert.equal(get('code_challenge_method'), 'S256');
    assert.equal(kept.nonce, get('nonce'));
    assert.equal(kept.expiresAt, bench.clock + ATTEMPT_LIFETIME_MS);
  });

  it('sends idp_identifier instead of identity_provider for a work email domain, and no lang when there is none', async () => {
    const url = await begin(tools(), { idpIdentifier: 'contoso.com' } as never);
    assert.equal(url.searchParams.get('idp_identifier'), 'contoso.com');
    assert.equal(url.searchParams.has('identity_provider'), false);
    assert.equal(url.searchParams.has('lang'), false);
  });

  it('keeps each attempt apart, and drops expired ones when the next begins', async () => {
    const bench = tools();
    const first = (await begin(bench)).searchParams.get('state') ?? '';
    const second = (await begin(bench)).searchParams.get('state') ?? '';
    assert.notEqual(first, second);
    assert.equal(bench.storage.map.size, 2);
    bench.clock += ATTEMPT_LIFETIME_MS + 1;
    await begin(bench);
    assert.equal(bench.storage.map.size, 1, 'only the new one');
    assert.equal(isOwnAttempt({ state: first, code: 'c' }, SETTINGS.clientId, bench), false);
  });
});

describe('the way back', () => {
  it("reads the domain's answer from the address, and leaves an address without one alone", () => {
    assert.deepEqual(callbackOf('https://app.example.com/?code=abc&state=s1'), { state: 's1', code: 'abc' });
    assert.deepEqual(callbackOf('https://app.example.com/?error=access_denied&error_description=No+thanks&state=s2'), {
      state: 's2',
      error: 'access_denied',
      description: 'No thanks',
    });
    assert.equal(callbackOf('https://app.example.com/?code=abc'), undefined, 'no state');
    assert.equal(callbackOf('https://app.example.com/?state=s&page=2'), undefined, 'no code and no error');
  });

  it('cleans only its own parameters from the address', () => {
    assert.equal(
      withoutCallback('https://app.example.com/path?tab=2&code=abc&state=s1#top'),
      'https://app.example.com/path?tab=2#top',
    );
  });

  it("knows a state that is not one of its attempts: the app's own OAuth is left alone", async () => {
    const bench = tools();
    const state = (await begin(bench)).searchParams.get('state') ?? '';
    assert.equal(isOwnAttempt({ state, code: 'c' }, SETTINGS.clientId, bench), true);
    assert.equal(isOwnAttempt({ state: 'someone-else', code: 'c' }, SETTINGS.clientId, bench), false);
    assert.equal(isOwnAttempt({ state, code: 'c' }, 'another-client', bench), false);
  });
});

describe('finishing an attempt', () => {
  async function started(answer?: (sent: Sent) => Response | Promise<Response>) {
    const bench = tools(answer);
    const url = await begin(bench);
    return { bench, state: url.searchParams.get('state') ?? '', nonce: url.searchParams.get('nonce') ?? '' };
  }

  const idClaims = (nonce: string) => ({ nonce, token_use: 'id', aud: SETTINGS.clientId, iss: ISSUER, sub: 'u-1' });

  it('exchanges the code with the verifier at the token endpoint, and gives the tokens', async () => {
    let nonce = '';
    const {
      bench,
      state,
      nonce: sentNonce,
    } = await started(() =>
      json(200, {
        id_token: jwt(idClaims(nonce)),
        access_token: 'access',
        refresh_token: 'refresh',
        token_type: 'Bearer',
        expires_in: 3600,
      }),
    );
    nonce = sentNonce;
    const kept = JSON.parse([...bench.storage.map.values()][0] ?? '{}') as { verifier: string };
    const tokens = await finishAttempt(SETTINGS, { state, code: 'the-code' }, bench);
    assert.deepEqual(tokens, {
      idToken: jwt(idClaims(nonce)),
      accessToken: 'access',
      refreshToken: 'refresh',
      expiresAt: bench.clock + 3_600_000,
    });
    assert.equal(bench.sent.length, 1);
    const [request] = bench.sent as [Sent];
    assert.equal(request.url, `${SETTINGS.domain}/oauth2/token`);
    assert.deepEqual(Object.fromEntries(request.form), {
      grant_type: 'authorization_code',
      client_id: SETTINGS.clientId,
      code: 'the-code',
      redirect_uri: SETTINGS.redirectUri,
      code_verifier: kept.verifier,
    });
    assert.equal(bench.storage.map.size, 0, 'the attempt is used up');
  });

  it("shows the provider's own words for an error, and the general message without them; the attempt is used up", async () => {
    const { bench, state } = await started();
    const failure = await failureOf(
      finishAttempt(SETTINGS, { state, error: 'server_error', description: 'Google Error - 500 backendError' }, bench),
    );
    assert.deepEqual(
      [failure.key, failure.detail, failure.code],
      ['errors.federationDetail', 'Google Error - 500 backendError', 'server_error'],
    );
    const again = await failureOf(finishAttempt(SETTINGS, { state, error: 'server_error' }, bench));
    assert.equal(again.key, 'errors.federationExpired', 'no second use');
    const other = await started();
    assert.equal(
      (await failureOf(finishAttempt(SETTINGS, { state: other.state, error: 'access_denied' }, other.bench))).key,
      'errors.federation',
    );
  });

  it('refuses an answer to an attempt it does not have, or one that expired, without a request', async () => {
    const { bench, state } = await started();
    bench.clock += ATTEMPT_LIFETIME_MS + 1;
    assert.equal(
      (await failureOf(finishAttempt(SETTINGS, { state, code: 'c' }, bench))).key,
      'errors.federationExpired',
    );
    assert.equal(
      (await failureOf(finishAttempt(SETTINGS, { state: 'unknown', code: 'c' }, bench))).code,
      'FederationStateMismatch',
    );
    assert.deepEqual(bench.sent, []);
  });

  for (const [what, claims] of [
    ['another nonce', (nonce: string) => ({ ...idClaims(nonce), nonce: 'replayed' })],
    ['another app client', (nonce: string) => ({ ...idClaims(nonce), aud: 'someone-else' })],
    [
      'another pool',
      (nonce: string) => ({ ...idClaims(nonce), iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Other' }),
    ],
    ['an access token in its place', (nonce: string) => ({ ...idClaims(nonce), token_use: 'access' })],
  ] as const) {
    it(`refuses an ID token with ${what}`, async () => {
      let nonce = '';
      const run = await started(() => json(200, { id_token: jwt(claims(nonce)), access_token: 'a', expires_in: 3600 }));
      nonce = run.nonce;
      const failure = await failureOf(finishAttempt(SETTINGS, { state: run.state, code: 'c' }, run.bench));
      assert.equal(failure.key, 'errors.federation');
      assert.match(failure.code, /^InvalidIdToken/u);
    });
  }

  it('says a used or expired code is over, the network is down, or the service failed', async () => {
    const cases: [() => Response | Promise<Response>, string][] = [
      [() => json(400, { error: 'invalid_grant' }), 'errors.federationExpired'],
      [() => json(400, { error: 'invalid_request' }), 'errors.federation'],
      [() => json(500, { error: 'server_error' }), 'errors.service'],
      [() => new Response('<html>503</html>', { status: 503 }), 'errors.service'],
      [() => Promise.reject(new TypeError('Failed to fetch')), 'errors.network'],
      [() => Promise.reject(new DOMException('late', 'TimeoutError')), 'errors.timeout'],
    ];
    for (const [answer, key] of cases) {
      const run = await started(answer);
      assert.equal((await failureOf(finishAttempt(SETTINGS, { state: run.state, code: 'c' }, run.bench))).key, key);
    }
  });
});

describe('the domain and its sign-out', () => {
  it('takes a host name or an https URL, and plain HTTP only on loopback', () => {
    assert.equal(
      domainUrl('example.auth.eu-west-1.amazoncognito.com'),
      'https://example.auth.eu-west-1.amazoncognito.com',
    );
    assert.equal(domainUrl('https://auth.example.com/'), 'https://auth.example.com');
    assert.equal(domainUrl('http://localhost:8000/cognito-domain/pool'), 'http://localhost:8000/cognito-domain/pool');
    assert.throws(() => domainUrl('http://auth.example.com'), TypeError);
    assert.throws(() => domainUrl('https://auth.example.com/?x=1'), TypeError);
  });

  it("builds the domain's /logout with the client and the page to come back to", () => {
    assert.equal(
      logoutUrl(SETTINGS, 'https://app.example.com/signed-out'),
      `${SETTINGS.domain}/logout?client_id=${SETTINGS.clientId}&logout_uri=https%3A%2F%2Fapp.example.com%2Fsigned-out`,
    );
  });
});
