/**
 * A pool's Cognito domain (managed login) for the browser tests: a real OpenID Connect
 * server, `oidc-provider`, one per pool, at Cognito's paths under
 * `/cognito-domain/<user pool id>` of the test page's own origin (COGNITO-WIRE-2.md D). Node only.
 *
 * - `/oauth2/authorize`: the authorization code flow, PKCE required and S256 only;
 *   `identity_provider` or `idp_identifier` must name a provider the test set up for the
 *   pool, else the answer is Cognito's `error=invalid_request` on the redirect URI.
 * - `/interaction/<uid>`: the identity provider's own sign-in page (a username and a
 *   password), which a test fills in as a person would; consent is given at once.
 * - `/oauth2/token`: codes once, with the verifier; the ID token is the server's own (with
 *   the `nonce`, `aud`, and the pool's issuer), the access and refresh tokens are the
 *   emulator's, so that the user-pool calls and refreshes after a federated sign-in are real.
 * - `/logout?client_id&logout_uri`: ends the domain's session and goes to `logout_uri`,
 *   which must be one of the pool's sign-out URLs.
 *
 * Same origin as the test page, so that a test can fill in the provider's page inside a
 * frame or a popup.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Provider, {
  type Adapter,
  type AdapterPayload,
  type Configuration,
  type KoaContextWithOIDC,
} from 'oidc-provider';
import { claimsOfToken, stringField } from './wire-json.js';

export const DOMAIN_PATH = '/cognito-domain';

export interface DomainPool {
  readonly userPoolId: string;
  readonly clientId: string;
  /** The app client's callback URLs (absolute). */
  readonly redirectUris: readonly string[];
  /** The app client's sign-out URLs (absolute). */
  readonly logoutUris: readonly string[];
  /** The identity providers the app client offers, by the names Cognito gives them. */
  readonly providers: readonly string[];
  /** Email domains routed to a provider (`idp_identifier`), e.g. `{ 'contoso.com': 'Contoso' }`. */
  readonly idpIdentifiers?: Readonly<Record<string, string>>;
}

/** A person at an identity provider, who is also a user in the emulator's pool. */
export interface FederatedUser {
  readonly userPoolId: string;
  readonly provider: string;
  /** Their name at the provider and in the pool. */
  readonly username: string;
  /** Their password at the provider, and in the emulator (for its tokens). */
  readonly password: string;
  readonly email: string;
}

interface Account extends FederatedUser {
  /** The pool's `sub` for the user, once they signed in once. */
  sub?: string;
}

interface Domain {
  readonly pool: DomainPool;
  readonly provider: Provider;
  readonly accounts: Account[];
  readonly mountPath: string;
}

const TARGET = 'AWSCognitoIdentityProviderService.InitiateAuth';

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/gu, (char) => `&#${String(char.charCodeAt(0))};`);

function page(response: ServerResponse, status: number, title: string, body: string): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`,
  );
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(302, { location, 'cache-control': 'no-store' });
  response.end();
}

/** The server's records (codes, sessions, grants, interactions) in memory, for as long as the test run. */
function memoryAdapter(): (name: string) => Adapter {
  const records = new Map<string, { payload: AdapterPayload; expiresAt: number }>();
  return (name) => {
    const key = (id: string): string => `${name}:${id}`;
    const live = (id: string): AdapterPayload | undefined => {
      const record = records.get(key(id));
      if (!record || record.expiresAt < Date.now()) return undefined;
      return record.payload;
    };
    return {
      upsert: (id, payload, expiresIn = 3600) => {
        records.set(key(id), { payload, expiresAt: Date.now() + expiresIn * 1000 });
        return Promise.resolve();
      },
      find: (id) => Promise.resolve(live(id)),
      findByUid: (uid) => Promise.resolve([...records.values()].find((record) => record.payload.uid === uid)?.payload),
      findByUserCode: (code) =>
        Promise.resolve([...records.values()].find((record) => record.payload.userCode === code)?.payload),
      consume: (id) => {
        const payload = live(id);
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
        return Promise.resolve();
      },
      destroy: (id) => {
        records.delete(key(id));
        return Promise.resolve();
      },
      revokeByGrantId: (grantId) => {
        for (const [id, record] of records) if (record.payload.grantId === grantId) records.delete(id);
        return Promise.resolve();
      },
    };
  };
}

export class CognitoDomains {
  readonly #emulator: string;
  readonly #domains = new Map<string, Domain>();

  /** `emulator`: the emulator's URL, for its tokens and its issuer. */
  constructor(emulator: string) {
    this.#emulator = emulator;
  }

  /** Sets up (or again, anew) the domain of a pool; returns its path on the test page's origin. */
  register(pool: DomainPool): string {
    const mountPath = `${DOMAIN_PATH}/${pool.userPoolId}`;
    const accounts: Account[] = this.#domains.get(pool.userPoolId)?.accounts ?? [];
    const provider = this.#provider(pool, mountPath, accounts);
    this.#domains.set(pool.userPoolId, { pool, provider, accounts, mountPath });
    return mountPath;
  }

  addUser(user: FederatedUser): void {
    const domain = this.#domains.get(user.userPoolId);
    if (!domain) throw new Error(`No Cognito domain for ${user.userPoolId}: register it first`);
    domain.accounts.push({ ...user });
  }

  /** Answers a request under `DOMAIN_PATH`; `false` for any other. */
  async handle(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = /^\/cognito-domain\/([\w-]+)(\/.*)$/u.exec(url.pathname);
    if (!match) return false;
    const [, poolId = '', rest = '/'] = match;
    const domain = this.#domains.get(poolId);
    if (!domain) {
      page(response, 404, 'No such domain', '<p>This user pool has no domain.</p>');
      return true;
    }
    if (rest === '/logout') {
      this.#logout(domain, url, response);
      return true;
    }
    if (rest === '/oauth2/authorize' && !this.#providerKnown(domain, url, response)) return true;
    const interaction = /^\/interaction\/([\w-]+)$/u.exec(rest);
    if (interaction) {
      await this.#interaction(domain, request, response);
      return true;
    }
    // oidc-provider reads its mount path from the difference between these two.
    const forwarded = request as IncomingMessage & { originalUrl?: string };
    forwarded.originalUrl = request.url;
    request.url = `${rest}${url.search}`;
    await domain.provider.callback()(request, response);
    return true;
  }

  /** `identity_provider` or `idp_identifier` names one of the pool's providers; else Cognito's error on the redirect URI. */
  #providerKnown(domain: Domain, url: URL, response: ServerResponse): boolean {
    const { pool } = domain;
    const named = url.searchParams.get('identity_provider');
    const identifier = url.searchParams.get('idp_identifier');
    const known =
      named !== null
        ? named === 'COGNITO' || pool.providers.includes(named)
        : identifier === null || Object.hasOwn(pool.idpIdentifiers ?? {}, identifier.toLowerCase());
    if (known) return true;
    const redirectUri = url.searchParams.get('redirect_uri') ?? '';
    if (!pool.redirectUris.includes(redirectUri)) {
      // Cognito does not redirect to a URL it does not know.
      page(response, 400, 'Error', '<p>redirect_mismatch</p>');
      return false;
    }
    const back = new URL(redirectUri);
    back.searchParams.set('error', 'invalid_request');
    back.searchParams.set(
      'error_description',
      named !== null ? `${named} is not a provider of this app client` : `No provider for ${identifier ?? ''}`,
    );
    const state = url.searchParams.get('state');
    if (state !== null) back.searchParams.set('state', state);
    redirect(response, back.href);
    return false;
  }

  /** The provider's sign-in page, and consent given at once. */
  async #interaction(domain: Domain, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const { provider, accounts } = domain;
    const details = await provider.interactionDetails(request, response);
    const { params, prompt } = details;
    const clientId = String(params.client_id);
    if (prompt.name === 'consent') {
      const grant = new provider.Grant({ accountId: details.session?.accountId ?? '', clientId });
      grant.addOIDCScope(String(params.scope));
      const grantId = await grant.save();
      await provider.interactionFinished(
        request,
        response,
        { consent: { grantId } },
        { mergeWithLastSubmission: true },
      );
      return;
    }
    const providerName = this.#providerOf(domain, params);
    const title = `Sign in to ${providerName} (test identity provider)`;
    const form = (message: string): string =>
      `${message}<form method="post"><label>Username <input name="username" autocomplete="username"></label><label>Password <input name="password" type="password" autocomplete="current-password"></label><button type="submit">Sign in</button></form>`;
    if (request.method !== 'POST') {
      page(response, 200, title, form(''));
      return;
    }
    const body = await readForm(request);
    const account = accounts.find(
      (candidate) =>
        candidate.provider === providerName &&
        candidate.username === body.get('username') &&
        candidate.password === body.get('password'),
    );
    if (!account) {
      page(response, 200, title, form('<p role="alert">Wrong username or password.</p>'));
      return;
    }
    account.sub ??= stringField(
      claimsOfToken((await this.#emulatorTokens(domain.pool.clientId, account)).IdToken ?? ''),
      'sub',
    );
    if (account.sub === undefined) throw new Error(`The emulator gave no sub for ${account.username}`);
    await provider.interactionFinished(request, response, { login: { accountId: account.sub } });
  }

  #providerOf(domain: Domain, params: Readonly<Record<string, unknown>>): string {
    const named = params.identity_provider;
    if (typeof named === 'string' && named !== 'COGNITO') return named;
    const identifier = params.idp_identifier;
    if (typeof identifier === 'string') return domain.pool.idpIdentifiers?.[identifier.toLowerCase()] ?? identifier;
    return 'COGNITO';
  }

  #logout(domain: Domain, url: URL, response: ServerResponse): void {
    const logoutUri = url.searchParams.get('logout_uri') ?? '';
    if (url.searchParams.get('client_id') !== domain.pool.clientId || !domain.pool.logoutUris.includes(logoutUri)) {
      page(response, 400, 'Error', '<p>Required String parameter logout_uri is not valid</p>');
      return;
    }
    // The domain's session is its cookie: gone, the next sign-in asks again.
    const expired = `Path=${domain.mountPath}; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax`;
    response.writeHead(302, {
      location: logoutUri,
      'set-cookie': ['_session', '_session.sig', '_session.legacy', '_session.legacy.sig'].map(
        (name) => `${name}=; ${expired}`,
      ),
      'cache-control': 'no-store',
    });
    response.end();
  }

  /** The emulator's tokens for the user, as its password sign-in gives them. */
  async #emulatorTokens(
    clientId: string,
    account: Account,
  ): Promise<{ AccessToken?: string; IdToken?: string; RefreshToken?: string; ExpiresIn?: number }> {
    const answer = await fetch(this.#emulator, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': TARGET },
      body: JSON.stringify({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: clientId,
        AuthParameters: { USERNAME: account.username, PASSWORD: account.password },
      }),
    });
    const body = (await answer.json()) as { AuthenticationResult?: Record<string, unknown> };
    const result = body.AuthenticationResult;
    if (!result) throw new Error(`The emulator did not sign ${account.username} in: ${JSON.stringify(body)}`);
    return result;
  }

  #provider(pool: DomainPool, mountPath: string, accounts: Account[]): Provider {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jwk = { ...privateKey.export({ format: 'jwk' }), alg: 'RS256', use: 'sig', kid: 'test-key' };
    const findAccount: Configuration['findAccount'] = (_ctx, sub) => {
      const account = accounts.find((candidate) => candidate.sub === sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          'cognito:username': account.username,
          token_use: 'id',
          email: account.email,
          email_verified: true,
          identities: [{ providerName: account.provider, userId: account.username }],
        }),
      };
    };
    const configuration: Configuration = {
      adapter: memoryAdapter(),
      clients: [
        {
          client_id: pool.clientId,
          token_endpoint_auth_method: 'none',
          redirect_uris: [...pool.redirectUris],
          // Refreshes go through the user-pool API (the emulator's refresh token), as Amplify does.
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      routes: {
        authorization: '/oauth2/authorize',
        token: '/oauth2/token',
        userinfo: '/oauth2/userInfo',
        revocation: '/oauth2/revoke',
        jwks: '/.well-known/jwks.json',
      },
      scopes: ['openid', 'email', 'profile', 'phone', 'aws.cognito.signin.user.admin'],
      claims: {
        openid: ['sub', 'cognito:username', 'token_use', 'identities'],
        email: ['email', 'email_verified'],
        profile: [],
        phone: [],
      },
      conformIdTokenClaims: false,
      extraParams: ['identity_provider', 'idp_identifier', 'lang'],
      pkce: { required: () => true },
      features: { devInteractions: { enabled: false }, revocation: { enabled: true }, userinfo: { enabled: true } },
      interactions: { url: (_ctx, interaction) => `${mountPath}/interaction/${interaction.uid}` },
      cookies: {
        keys: [randomBytes(32).toString('base64url')],
        long: { path: mountPath, httpOnly: true, sameSite: 'lax' },
        short: { path: mountPath, httpOnly: true, sameSite: 'lax' },
      },
      // A public client's token calls come from the app's page.
      clientBasedCORS: () => true,
      findAccount,
      // The error as text, as Cognito's own error page gives it.
      renderError: (ctx, out) => {
        ctx.type = 'html';
        ctx.body = `<!doctype html><html lang="en"><head><title>Error</title></head><body><h1>Error</h1><p>${escapeHtml(`${out.error}: ${out.error_description ?? ''}`)}</p></body></html>`;
      },
      jwks: { keys: [jwk] },
      ttl: { AuthorizationCode: 300, IdToken: 3600, AccessToken: 3600, Interaction: 600, Session: 3600, Grant: 3600 },
    };
    // The pool's issuer, as the emulator writes it in its own tokens.
    const provider = new Provider(`${this.#emulator}/${pool.userPoolId}`, configuration);
    provider.use(async (ctx: KoaContextWithOIDC, next) => {
      await next();
      // Cognito sends `code` and `state` back, without RFC 9207's `iss`, which oidc-provider adds.
      const location = ctx.response.get('location');
      if (location && pool.redirectUris.some((uri) => location.startsWith(uri))) {
        const back = new URL(location);
        back.searchParams.delete('iss');
        ctx.set('location', back.href);
      }
      if (ctx.oidc.route !== 'token' || ctx.status !== 200) return;
      const body = ctx.body as Record<string, unknown> | undefined;
      const sub = stringField(claimsOfToken(typeof body?.id_token === 'string' ? body.id_token : ''), 'sub');
      const account = accounts.find((candidate) => candidate.sub === sub);
      if (!body || !account) return;
      // Cognito's own access and refresh tokens: the emulator's, for the same user.
      const tokens = await this.#emulatorTokens(pool.clientId, account);
      ctx.body = {
        ...body,
        access_token: tokens.AccessToken,
        refresh_token: tokens.RefreshToken,
        expires_in: tokens.ExpiresIn ?? body.expires_in,
      };
    });
    return provider;
  }
}
