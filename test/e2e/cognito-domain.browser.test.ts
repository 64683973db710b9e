/**
 * The test bench's Cognito domain (`test/support/cognito-domain.ts`): a real OpenID Connect
 * server (oidc-provider) at Cognito's paths, driven here by hand as a browser app would,
 * so that the federation tests stand on something that behaves as Cognito's domain does
 * (COGNITO-WIRE-2.md D). Chromium.
 */
import { expect } from '@open-wc/testing';
import {
  cognitoDomain,
  cognitoFederatedUser,
  cognitoPool,
  cognitoUser,
  type CognitoPoolInfo,
} from '../support/cognito.js';
import { waitUntil } from '../support/harness.js';
import { CALLBACK_URL as CALLBACK, frameTo, signInAtProvider } from '../support/provider-page.js';

const LOGOUT = new URL('/test/e2e/fixtures/oauth-callback.html?signed-out', location.origin).href;

let pool: CognitoPoolInfo;
let domain: string;

const base64url = (bytes: ArrayBuffer | Uint8Array): string =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/gu, '-')
    .replace(/\//gu, '_')
    .replace(/=+$/u, '');

async function pkce(): Promise<{ verifier: string; challenge: string }> {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(48)));
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  return { verifier, challenge };
}

function authorizeUrl(parameters: Record<string, string>): string {
  const url = new URL(`${domain}/oauth2/authorize`);
  const all = {
    response_type: 'code',
    client_id: pool.clientId,
    redirect_uri: CALLBACK,
    scope: 'openid email profile aws.cognito.signin.user.admin',
    code_challenge_method: 'S256',
    ...parameters,
  };
  for (const [name, value] of Object.entries(all)) url.searchParams.set(name, value);
  return url.href;
}

async function token(body: Record<string, string>): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${domain}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

const claims = (jwt: unknown): Record<string, unknown> =>
  JSON.parse(atob(String(jwt).split('.')[1]?.replace(/-/gu, '+').replace(/_/gu, '/') ?? '')) as Record<string, unknown>;

describe("the Cognito domain of the test bench (oidc-provider at Cognito's paths)", () => {
  beforeEach(async () => {
    pool = await cognitoPool();
    await cognitoUser(pool, 'gail', 'Passw0rd!', { email: 'gail@example.com', email_verified: 'true' });
    domain = await cognitoDomain(pool, { redirectUris: [CALLBACK], logoutUris: [LOGOUT], providers: ['Google'] });
    await cognitoFederatedUser(pool, 'Google', 'gail', 'Passw0rd!', 'gail@example.com');
  });

  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  });

  it('signs in with a provider through the code flow with PKCE, once per code, with the nonce and the pool in the ID token', async () => {
    const { verifier, challenge } = await pkce();
    const frame = await frameTo(
      authorizeUrl({ identity_provider: 'Google', state: 'state-1', nonce: 'nonce-1', code_challenge: challenge }),
    );
    expect(frame.contentDocument?.body.textContent).to.contain('Google');
    const back = await signInAtProvider(frame, 'gail', 'Passw0rd!');
    expect(back.searchParams.get('state')).to.equal('state-1');
    const code = back.searchParams.get('code') ?? '';
    const exchange = { grant_type: 'authorization_code', client_id: pool.clientId, redirect_uri: CALLBACK, code };
    expect((await token({ ...exchange, code_verifier: 'x'.repeat(43) })).json.error, 'a wrong verifier').to.equal(
      'invalid_grant',
    );
    // A code the wrong verifier was tried on is spent: sign in again for a fresh one.
    const second = await pkce();
    frame.src = authorizeUrl({
      identity_provider: 'Google',
      state: 'state-2',
      nonce: 'nonce-2',
      code_challenge: second.challenge,
    });
    await waitUntil(
      () => frame.contentWindow?.location.search.includes('state-2'),
      'signed in again at once (the domain session)',
    );
    const again = new URL(frame.contentWindow?.location.href ?? '').searchParams.get('code') ?? '';
    const { status, json } = await token({ ...exchange, code: again, code_verifier: second.verifier });
    expect(status).to.equal(200);
    const id = claims(json.id_token);
    expect([id.nonce, id.aud, id.token_use, id['cognito:username']]).to.deep.equal([
      'nonce-2',
      pool.clientId,
      'id',
      'gail',
    ]);
    expect(String(id.iss).endsWith(`/${pool.userPoolId}`)).to.equal(true);
    expect(claims(json.access_token).client_id, "the emulator's access token").to.equal(pool.clientId);
    expect(json.refresh_token).to.be.a('string');
    expect(
      (await token({ ...exchange, code: again, code_verifier: second.verifier })).json.error,
      'the code again',
    ).to.equal('invalid_grant');
    expect(verifier).to.not.equal(second.verifier);
  });

  it("answers an unknown provider with Cognito's error on the redirect URI, and refuses a challenge that is not S256", async () => {
    const { challenge } = await pkce();
    const frame = await frameTo(authorizeUrl({ identity_provider: 'Facebook', state: 's', code_challenge: challenge }));
    const back = new URL(frame.contentWindow?.location.href ?? '');
    expect([back.searchParams.get('error'), back.searchParams.get('state')]).to.deep.equal(['invalid_request', 's']);
    frame.src = authorizeUrl({
      identity_provider: 'Google',
      state: 't',
      code_challenge: challenge,
      code_challenge_method: 'plain',
    });
    await waitUntil(() => frame.contentWindow?.location.search.includes('error='), 'the error');
    expect(new URL(frame.contentWindow?.location.href ?? '').searchParams.get('error')).to.equal('invalid_request');
  });

  it('ends the domain session on /logout, so the next sign-in asks again', async () => {
    const { challenge } = await pkce();
    const frame = await frameTo(authorizeUrl({ identity_provider: 'Google', state: 'a', code_challenge: challenge }));
    await signInAtProvider(frame, 'gail', 'Passw0rd!');
    frame.src = `${domain}/logout?client_id=${pool.clientId}&logout_uri=${encodeURIComponent(LOGOUT)}`;
    await waitUntil(() => frame.contentWindow?.location.search === '?signed-out', 'signed out');
    frame.src = authorizeUrl({ identity_provider: 'Google', state: 'b', code_challenge: challenge });
    await waitUntil(() => frame.contentDocument?.querySelector('input[name="password"]'), 'the provider asks again');
  });
});
