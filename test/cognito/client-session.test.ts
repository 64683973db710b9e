/**
 * The client's own end of a session and its settings: signing out (everywhere, in order, and
 * saying when "everywhere" failed), refreshing with GetTokensFromRefreshToken and rotated
 * refresh tokens, the options no request could check, and the threat-protection data sent
 * when the page has loaded Cognito's collector. Against a scripted transport whose answers
 * are the shapes of COGNITO-WIRE.md (§3.15 GlobalSignOut, §3.16 RevokeToken, §3.17
 * GetTokensFromRefreshToken).
 */
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCognitoClient, type CognitoClientOptions } from '../../src/cognito/client.ts';
import { cognitoError } from '../../src/cognito/errors.ts';
import type { AuthClient } from '../../src/core/operations.ts';
import type { Operation } from '../../src/cognito/transport.ts';
import { createScriptedTransport, jwt } from './scripted-transport.ts';

const wire = createScriptedTransport();
const { sent, transport, script } = wire;
let client: AuthClient | undefined;

/** Cognito's error answer, as the fetch transport raises it. */
const refused = (name: string, message = ''): Error => cognitoError(name, message);

const ID_TOKEN = jwt({
  'cognito:username': 'jane',
  sub: 'sub-1',
  token_use: 'id',
  aud: 'app-client',
  iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Test',
});

/** An AuthenticationResult; `expiresIn` in seconds. */
function tokens(access: string, refresh: string | undefined, expiresIn = 3600): Record<string, unknown> {
  return {
    AuthenticationResult: {
      IdToken: ID_TOKEN,
      AccessToken: access,
      ExpiresIn: expiresIn,
      TokenType: 'Bearer',
      ...(refresh === undefined ? {} : { RefreshToken: refresh }),
    },
  };
}

function start(options: Partial<CognitoClientOptions> = {}): AuthClient {
  client = createCognitoClient({
    userPoolId: 'eu-west-1_Test',
    clientId: 'app-client',
    authFlow: 'USER_PASSWORD_AUTH',
    storage: 'memory',
    transport,
    ...options,
  });
  return client;
}

async function signedIn(expiresIn = 3600, options: Partial<CognitoClientOptions> = {}): Promise<AuthClient> {
  const signingIn = start(options);
  script('InitiateAuth', tokens('access-1', 'refresh-1', expiresIn));
  await signingIn.signIn({ username: 'jane', password: 'Passw0rd!' });
  wire.forget();
  return signingIn;
}

const operations = (): Operation[] => sent.map((request) => request.operation);

beforeEach(() => {
  wire.reset();
});

afterEach(() => {
  client?.dispose?.();
  client = undefined;
  delete (globalThis as { AmazonCognitoAdvancedSecurityData?: unknown }).AmazonCognitoAdvancedSecurityData;
});

describe('signing out everywhere', () => {
  it('ends every other session before revoking this one, never both at once', async () => {
    const app = await signedIn();
    let release = (): void => undefined;
    script('GlobalSignOut', () => new Promise((resolve) => (release = () => resolve({}))));
    const signingOut = app.signOut({ global: true });
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(operations(), ['GlobalSignOut'], 'the revocation waits for GlobalSignOut');
    assert.equal(await app.restoreSession(), null, 'signed out here at once');
    release();
    assert.deepEqual(await signingOut, {});
    assert.deepEqual(sent, [
      { operation: 'GlobalSignOut', input: { AccessToken: 'access-1' } },
      { operation: 'RevokeToken', input: { ClientId: 'app-client', Token: 'refresh-1' } },
    ]);
  });

  it('says when the other devices were not signed out, and still signs out and revokes here', async () => {
    const app = await signedIn();
    script('GlobalSignOut', refused('NotAuthorizedException', 'Access Token has been revoked'));
    const result = await app.signOut({ global: true });
    assert.equal(result.globalFailure?.code, 'NotAuthorizedException');
    assert.equal(await app.restoreSession(), null);
    assert.deepEqual(operations(), ['GlobalSignOut', 'RevokeToken']);
  });

  it('says so too when the network is down, and a failed revocation changes nothing', async () => {
    const app = await signedIn();
    script('GlobalSignOut', refused('NetworkError'));
    script('RevokeToken', refused('NetworkError'));
    const result = await app.signOut({ global: true });
    assert.equal(result.globalFailure?.key, 'errors.network');
    assert.equal(await app.restoreSession(), null);
  });

  it('refreshes an access token about to expire first, so that GlobalSignOut is not refused', async () => {
    const app = await signedIn(5);
    script('GetTokensFromRefreshToken', tokens('access-2', undefined));
    assert.deepEqual(await app.signOut({ global: true }), {});
    assert.deepEqual(sent.slice(0, 2), [
      { operation: 'GetTokensFromRefreshToken', input: { ClientId: 'app-client', RefreshToken: 'refresh-1' } },
      { operation: 'GlobalSignOut', input: { AccessToken: 'access-2' } },
    ]);
  });

  it('signs out here only, without GlobalSignOut, unless asked', async () => {
    const app = await signedIn();
    assert.deepEqual(await app.signOut({ global: false }), {});
    assert.deepEqual(operations(), ['RevokeToken']);
  });
});

describe('refreshing the tokens', () => {
  it('asks GetTokensFromRefreshToken and keeps the rotated refresh token for the next refresh', async () => {
    const app = await signedIn(30);
    script('GetTokensFromRefreshToken', tokens('access-2', 'refresh-2', 30), tokens('access-3', undefined, 3600));
    assert.equal((await app.currentSession?.())?.tokens.accessToken, 'access-2');
    assert.equal((await app.currentSession?.())?.tokens.accessToken, 'access-3');
    assert.deepEqual(
      sent.map((request) => request.input),
      [
        { ClientId: 'app-client', RefreshToken: 'refresh-1' },
        { ClientId: 'app-client', RefreshToken: 'refresh-2' },
      ],
    );
    // No new refresh token in the answer: the one in hand stays (rotation off).
    assert.equal((await app.currentSession?.())?.tokens.refreshToken, 'refresh-2');
  });

  it('falls back to REFRESH_TOKEN_AUTH where the service does not know the call, and remembers it', async () => {
    const app = await signedIn(30);
    script('GetTokensFromRefreshToken', refused('UnknownOperationException'));
    script('InitiateAuth', tokens('access-2', undefined, 30), tokens('access-3', undefined));
    assert.equal((await app.currentSession?.())?.tokens.accessToken, 'access-2');
    assert.equal((await app.currentSession?.())?.tokens.accessToken, 'access-3');
    assert.deepEqual(operations(), ['GetTokensFromRefreshToken', 'InitiateAuth', 'InitiateAuth']);
    assert.deepEqual(sent[1]?.input, {
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: 'app-client',
      AuthParameters: { REFRESH_TOKEN: 'refresh-1' },
    });
  });

  it('does not fall back when Cognito fails for a while (HTTP 500): the tokens in hand are kept', async () => {
    const app = await signedIn(30);
    script('GetTokensFromRefreshToken', refused('ServiceUnavailable'));
    assert.equal((await app.currentSession?.())?.tokens.accessToken, 'access-1');
    assert.deepEqual(operations(), ['GetTokensFromRefreshToken']);
  });

  it('uses the call the page names, and does not fall back from it', async () => {
    const old = await signedIn(30, { refreshFlow: 'REFRESH_TOKEN_AUTH' });
    script('InitiateAuth', tokens('access-2', undefined));
    await old.currentSession?.();
    assert.deepEqual(operations(), ['InitiateAuth']);
    old.dispose?.();

    const rotating = await signedIn(30, { refreshFlow: 'GetTokensFromRefreshToken' });
    script('GetTokensFromRefreshToken', refused('UnknownOperationException'));
    // Not refreshed, not fallen back: the tokens in hand are still good for 30 s and are kept.
    assert.equal((await rotating.currentSession?.())?.tokens.accessToken, 'access-1');
    assert.deepEqual(operations(), ['GetTokensFromRefreshToken']);
  });

  it('does not fall back when a rotated-out refresh token is refused: the session ends', async () => {
    const app = await signedIn(30);
    const changes: string[] = [];
    app.onSessionChange?.((change) => changes.push(change.type));
    script('GetTokensFromRefreshToken', refused('RefreshTokenReuseException'));
    assert.equal(await app.currentSession?.(), null);
    assert.deepEqual(operations(), ['GetTokensFromRefreshToken']);
    assert.deepEqual(changes, ['ended']);
  });
});

describe('the options no request can check', () => {
  for (const authFlow of ['', 'user_srp_auth', 'SRP', 'USER_AUTH ']) {
    it(`refuses auth-flow ${JSON.stringify(authFlow)} instead of sending the password`, () => {
      assert.throws(() => start({ authFlow: authFlow as CognitoClientOptions['authFlow'] }), {
        code: 'InvalidAuthFlow',
        key: 'errors.configuration',
      });
      assert.deepEqual(sent, []);
    });
  }

  for (const refreshFlow of ['', 'refresh_token_auth', 'GetTokens']) {
    it(`refuses refresh-flow ${JSON.stringify(refreshFlow)}`, () => {
      assert.throws(() => start({ refreshFlow: refreshFlow as CognitoClientOptions['refreshFlow'] }), {
        code: 'InvalidRefreshFlow',
      });
    });
  }

  for (const timeoutMs of [0, -5, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
    it(`refuses a timeout of ${String(timeoutMs)} ms`, () => {
      assert.throws(() => start({ timeoutMs, transport: undefined }), { code: 'InvalidTimeout' });
    });
  }

  it('takes an https endpoint, or http on loopback only', () => {
    for (const endpoint of ['http://cognito.example.com/', 'ftp://127.0.0.1/', 'http://127.0.0.1.example.com/'])
      assert.throws(() => start({ endpoint, transport: undefined }), { code: 'InsecureEndpoint' }, endpoint);
    for (const endpoint of [
      'https://proxy.example.com/',
      'http://127.0.0.1:9229/',
      'http://localhost:9229/',
      'http://[::1]/',
    ]) {
      start({ endpoint, transport: undefined }).dispose?.();
    }
  });
});

describe("the ID token's issuer", () => {
  const signInWith = async (options: Partial<CognitoClientOptions>, iss: string): Promise<unknown> => {
    const app = start(options);
    const result = tokens('access-1', 'refresh-1');
    const authentication = result.AuthenticationResult as Record<string, unknown>;
    authentication.IdToken = jwt({ 'cognito:username': 'jane', sub: 'sub-1', token_use: 'id', aud: 'app-client', iss });
    script('InitiateAuth', result);
    const quiet = console.error;
    console.error = () => undefined;
    try {
      return await app.signIn({ username: 'jane', password: 'Passw0rd!' }).then(
        (outcome) => outcome.kind,
        (error: unknown) => (error as { code?: string }).code,
      );
    } finally {
      console.error = quiet;
    }
  };

  it("signs in through the app's own transport whatever host it reaches the pool by (a proxy, the SDK)", async () => {
    assert.equal(await signInWith({}, 'https://auth-proxy.example.com/eu-west-1_Test'), 'signedIn');
  });

  it("refuses, through the app's own transport too, the tokens of another pool", async () => {
    assert.equal(
      await signInWith({}, 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Other'),
      'InvalidResponse',
    );
  });

  it('refuses tokens of another issuer when the client talks to Cognito itself', async () => {
    const had = globalThis.fetch;
    const body = tokens('access-1', 'refresh-1');
    (body.AuthenticationResult as Record<string, unknown>).IdToken = jwt({
      'cognito:username': 'jane',
      sub: 'sub-1',
      token_use: 'id',
      aud: 'app-client',
      iss: 'https://auth-proxy.example.com/eu-west-1_Test',
    });
    // Cognito's answer to InitiateAuth (COGNITO-WIRE.md §3.1), with an ID token of another issuer.
    globalThis.fetch = () =>
      Promise.resolve(
        new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/x-amz-json-1.1' } }),
      );
    const quiet = console.error;
    console.error = () => undefined;
    try {
      client = createCognitoClient({
        userPoolId: 'eu-west-1_Test',
        clientId: 'app-client',
        authFlow: 'USER_PASSWORD_AUTH',
        storage: 'memory',
      });
      await assert.rejects(client.signIn({ username: 'jane', password: 'Passw0rd!' }), { code: 'InvalidResponse' });
    } finally {
      globalThis.fetch = had;
      console.error = quiet;
    }
  });
});

describe('storage', () => {
  it('signs in where localStorage is null (as in some WebViews), keeping the session for the page', async () => {
    const had = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', { value: null, configurable: true });
    try {
      const app = start({ storage: 'local' });
      script('InitiateAuth', tokens('access-1', 'refresh-1'));
      const result = await app.signIn({ username: 'jane', password: 'Passw0rd!' });
      assert.equal(result.kind, 'signedIn');
      assert.equal((await app.restoreSession())?.tokens.accessToken, 'access-1');
    } finally {
      if (had) Object.defineProperty(globalThis, 'localStorage', had);
      else Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });
});

describe('threat protection', () => {
  const collected: string[][] = [];
  const collector = {
    getData(username: string, userPoolId: string, clientId: string): string {
      collected.push([username, userPoolId, clientId]);
      return `encoded-for-${username}`;
    },
  };

  it("sends the advanced-security script's data with each call that takes it", async () => {
    collected.length = 0;
    Object.assign(globalThis, { AmazonCognitoAdvancedSecurityData: collector });
    const app = start();
    script('InitiateAuth', tokens('access-1', 'refresh-1'));
    await app.signIn({ username: 'jane', password: 'Passw0rd!' });
    await app.signUp({ username: 'june', password: 'Passw0rd!', attributes: {} });
    await app.forgotPassword({ username: 'jane' });
    const withData = sent.filter((request) => request.operation !== 'RevokeToken');
    assert.deepEqual(
      withData.map((request) => [request.operation, request.input.UserContextData]),
      [
        ['InitiateAuth', { EncodedData: 'encoded-for-jane' }],
        ['SignUp', { EncodedData: 'encoded-for-june' }],
        ['ForgotPassword', { EncodedData: 'encoded-for-jane' }],
      ],
    );
    assert.deepEqual(collected[0], ['jane', 'eu-west-1_Test', 'app-client']);
  });

  it('sends none without the script, nor with one that fails', async () => {
    const app = start();
    script('InitiateAuth', tokens('access-1', 'refresh-1'));
    await app.signIn({ username: 'jane', password: 'Passw0rd!' });
    Object.assign(globalThis, {
      AmazonCognitoAdvancedSecurityData: {
        getData: () => {
          throw new Error('collector failed');
        },
      },
    });
    await app.forgotPassword({ username: 'jane' });
    assert.deepEqual(operations(), ['InitiateAuth', 'ForgotPassword']);
    for (const request of sent) assert.equal('UserContextData' in request.input, false, request.operation);
  });
});
