/**
 * The Cognito client's session handling against the emulator: tokens kept in the chosen
 * storage, restored, refreshed with REFRESH_TOKEN_AUTH before they expire, discarded when
 * the pool no longer accepts them.
 */
import { expect } from '@open-wc/testing';
import { createCognitoClient, type AuthClient, type AuthSession, type SessionChange } from '../../src/index.ts';
import { cognitoPool, cognitoRequests, cognitoUser, type CognitoPoolInfo } from '../support/cognito.js';

let pool: CognitoPoolInfo;
let clients: AuthClient[] = [];

function client(options: { storage?: 'local' | 'session' | 'memory'; refreshLeewaySeconds?: number } = {}): AuthClient {
  const created = createCognitoClient({
    userPoolId: pool.userPoolId,
    clientId: pool.clientId,
    endpoint: pool.endpoint,
    authFlow: 'USER_PASSWORD_AUTH',
    ...options,
  });
  clients.push(created);
  return created;
}

function storageKey(): string {
  return `cognito-authenticator.${pool.userPoolId}.${pool.clientId}.session`;
}

async function signIn(authClient: AuthClient): Promise<AuthSession> {
  const result = await authClient.signIn({ username: 'jane', password: 'Passw0rd!' });
  if (result.kind !== 'signedIn') throw new Error(`Expected tokens, got a ${result.challenge.kind} challenge`);
  return result.session;
}

/** Rewrites the stored session's expiry, as if time had passed. */
function expireStored(inMs: number): void {
  const stored = JSON.parse(localStorage.getItem(storageKey()) ?? '{}') as Record<string, unknown>;
  localStorage.setItem(storageKey(), JSON.stringify({ ...stored, expiresAt: Date.now() + inMs }));
}

async function refreshRequests(): Promise<number> {
  return (await cognitoRequests(pool)).filter(
    (request) => (request.body as { AuthFlow?: string }).AuthFlow === 'REFRESH_TOKEN_AUTH',
  ).length;
}

describe('Cognito client sessions', () => {
  beforeEach(async () => {
    localStorage.clear();
    sessionStorage.clear();
    pool = await cognitoPool('client');
    await cognitoUser(pool, 'jane', 'Passw0rd!', { email: 'jane@example.com' });
  });

  afterEach(() => {
    for (const created of clients) created.dispose?.();
    clients = [];
  });

  it('restores the stored session in a new client without asking the pool', async () => {
    const session = await signIn(client());
    const restored = await client().restoreSession();
    expect(restored?.tokens.accessToken).to.equal(session.tokens.accessToken);
    expect(restored?.user.username).to.equal('jane');
    expect(await refreshRequests()).to.equal(0);
  });

  it('refreshes a stored session whose access token is about to expire, keeping the refresh token', async () => {
    const session = await signIn(client());
    expireStored(5_000);
    const restored = await client().restoreSession();
    expect(await refreshRequests()).to.equal(1);
    expect(restored?.tokens.accessToken).to.be.a('string').and.not.equal(session.tokens.accessToken);
    expect(restored?.tokens.refreshToken).to.equal(session.tokens.refreshToken);
    expect(restored?.tokens.expiresAt).to.be.greaterThan(Date.now() + 60_000);
    const stored = JSON.parse(localStorage.getItem(storageKey()) ?? '{}') as { accessToken?: string };
    expect(stored.accessToken).to.equal(restored?.tokens.accessToken);
  });

  it('refreshes by itself before the access token expires and says so', async () => {
    const authClient = client({ refreshLeewaySeconds: 10 * 24 * 3600 });
    const refreshed = new Promise<SessionChange>((resolve) => authClient.onSessionChange?.(resolve));
    const session = await signIn(authClient);
    const change = await refreshed;
    expect(change.type).to.equal('refreshed');
    expect(change.type === 'refreshed' && change.session.tokens.accessToken).to.not.equal(session.tokens.accessToken);
    expect(await refreshRequests()).to.be.greaterThan(0);
  });

  it('forgets a stored session the pool no longer accepts, and the user is signed out', async () => {
    const first = client();
    await signIn(first);
    const stored = localStorage.getItem(storageKey()) ?? '';
    await first.signOut({ global: false });
    expect(localStorage.getItem(storageKey())).to.equal(null);
    // The same (now revoked) tokens come back from storage, expired.
    localStorage.setItem(storageKey(), stored);
    expireStored(-1_000);
    expect(await client().restoreSession()).to.equal(null);
    expect(localStorage.getItem(storageKey())).to.equal(null);
  });

  it('discards malformed stored data instead of trusting it', async () => {
    localStorage.setItem(storageKey(), '{"idToken":"not-a-jwt","accessToken":"x","expiresAt":1}');
    expect(await client().restoreSession()).to.equal(null);
    expect(localStorage.getItem(storageKey())).to.equal(null);
  });

  it('keeps a memory session out of both web storages', async () => {
    const authClient = client({ storage: 'memory' });
    await signIn(authClient);
    expect(await authClient.restoreSession()).to.not.equal(null);
    expect(localStorage.length + sessionStorage.length).to.equal(0);
  });

  it('revokes the refresh token and removes the stored tokens on sign-out', async () => {
    const authClient = client();
    const session = await signIn(authClient);
    await authClient.signOut({ global: false });
    expect(localStorage.getItem(storageKey())).to.equal(null);
    const revoke = (await cognitoRequests(pool)).find((request) => request.operation === 'RevokeToken');
    expect(revoke?.body).to.deep.equal({ ClientId: pool.clientId, Token: session.tokens.refreshToken });
  });
});
