/**
 * Sign-in through the pool's Cognito domain (COGNITO-WIRE-2.md D): Google, Apple, Facebook,
 * Amazon, or a company's SAML or OIDC provider, with the authorization code flow and PKCE.
 *
 * Each attempt is its own: a random `state`, PKCE verifier and `nonce`, kept in the
 * session storage under a key of that `state` and expiring, so an abandoned attempt (a
 * closed tab, the back button, a cancelled sheet) blocks nothing, and a second tab's attempt
 * does not touch the first's. A page whose address carries a `code` and `state` that are
 * not one of its attempts is left alone: the app may run OAuth of its own.
 *
 * A chunk of its own, loaded only by a page that offers a provider or comes back from one;
 * what it needs of the journey (making failures, reading a JWT) is handed in.
 */
import type { AuthClient } from '../core/operations.js';
import type { AuthFailure, AuthTokens, FederatedResult, FederatedTarget } from '../core/types.js';

/** The pool's Cognito domain and the app client's settings for it. */
export interface DomainSettings {
  /** The domain's URL, e.g. `https://example.auth.eu-west-1.amazoncognito.com`, without a trailing slash. */
  readonly domain: string;
  readonly clientId: string;
  readonly userPoolId: string;
  /** One of the app client's callback URLs. */
  readonly redirectUri: string;
  readonly scopes: readonly string[];
}

/** The storage attempts are kept in (the page's `sessionStorage`, or memory where it is refused). */
export interface AttemptStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

/** What the journey lends this chunk. */
export interface FederationTools {
  readonly storage: AttemptStorage;
  readonly fetch: typeof fetch;
  readonly now: () => number;
  /** Makes the error a failure is thrown as. */
  readonly fail: (failure: AuthFailure, cause?: unknown) => Error;
  /** The claims of a JWT, unverified (the token came straight from the domain over TLS). */
  readonly claimsOf: (jwt: string) => Record<string, unknown>;
  /** Aborts the token request (the element's timeout, or the element leaving the page). */
  readonly signal?: AbortSignal;
}

/** The answer in the address after the domain sent the person back. */
export interface Callback {
  readonly state: string;
  readonly code?: string;
  readonly error?: string;
  readonly description?: string;
}

interface Attempt {
  readonly verifier: string;
  readonly nonce: string;
  readonly redirectUri: string;
  readonly expiresAt: number;
}

/** How long an attempt may take, from the button to the way back: Cognito's codes live 5 minutes. */
export const ATTEMPT_LIFETIME_MS = 10 * 60_000;

const CALLBACK_PARAMETERS = ['code', 'state', 'error', 'error_description'] as const;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

const keyPrefix = (clientId: string): string => `cognito-authenticator.${clientId}.oauth.`;

/** `length` characters of [A-Za-z0-9], uniformly (bytes past the last whole multiple of 62 are drawn again). */
function randomText(length: number): string {
  let text = '';
  while (text.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length))) {
      if (byte < 248 && text.length < length) text += ALPHABET.charAt(byte % 62);
    }
  }
  return text;
}

function base64Url(bytes: ArrayBuffer): string {
  let binary = '';
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/gu, '-').replace(/\//gu, '_').replace(/=+$/u, '');
}

/** Without scopes asked for: what the element needs (the last keeps the user-pool calls working). */
export const DEFAULT_SCOPES: readonly string[] = ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'];

/**
 * The settings from what a page gives: the domain checked (`domainUrl` throws), this page
 * without query and fragment as the way back, and the default scopes, where it gives none.
 */
export function domainSettings(given: {
  readonly domain: string;
  readonly userPoolId: string;
  readonly clientId: string;
  readonly redirectUri?: string;
  readonly scopes?: readonly string[];
}): DomainSettings {
  const { redirectUri = '' } = given;
  return {
    domain: domainUrl(given.domain),
    clientId: given.clientId,
    userPoolId: given.userPoolId,
    redirectUri: redirectUri === '' ? `${location.origin}${location.pathname}` : redirectUri,
    scopes: given.scopes?.length ? given.scopes : DEFAULT_SCOPES,
  };
}

/**
 * The domain's URL from what a page wrote: a bare host name gets `https://`; plain HTTP only
 * on a loopback host (a local test server). Throws on anything else.
 */
export function domainUrl(value: string): string {
  const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//iu.test(value) ? value : `https://${value}`);
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
    throw new TypeError(`domain must be an https URL: ${value}`);
  if (url.search !== '' || url.hash !== '') throw new TypeError(`domain must have no query or fragment: ${value}`);
  return `${url.origin}${url.pathname.replace(/\/+$/u, '')}`;
}

/** Removes this client's attempts that have expired (or cannot be read). */
function dropExpired(clientId: string, tools: FederationTools): void {
  const prefix = keyPrefix(clientId);
  const keys: string[] = [];
  for (let index = 0; index < tools.storage.length; index += 1) {
    const key = tools.storage.key(index);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  for (const key of keys) {
    if (readAttempt(tools.storage.getItem(key), tools.now()) === undefined) tools.storage.removeItem(key);
  }
}

function readAttempt(raw: string | null, now: number): Attempt | undefined {
  if (raw === null) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<Attempt> | null;
    if (
      typeof value?.verifier !== 'string' ||
      typeof value.nonce !== 'string' ||
      typeof value.redirectUri !== 'string' ||
      typeof value.expiresAt !== 'number' ||
      value.expiresAt <= now
    )
      return undefined;
    return value as Attempt;
  } catch {
    return undefined;
  }
}

/**
 * Starts an attempt: keeps its `state`, verifier and `nonce`, and gives the domain's
 * `/oauth2/authorize` URL to send the person to (COGNITO-WIRE-2.md D.2).
 */
export async function beginAttempt(
  settings: DomainSettings,
  target: FederatedTarget,
  lang: string | undefined,
  tools: FederationTools,
): Promise<string> {
  dropExpired(settings.clientId, tools);
  // Letters and digits only: Cognito URL-decodes `state` once or twice (D.2).
  const state = randomText(32);
  const verifier = randomText(64);
  const nonce = randomText(32);
  const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const attempt: Attempt = {
    verifier,
    nonce,
    redirectUri: settings.redirectUri,
    expiresAt: tools.now() + ATTEMPT_LIFETIME_MS,
  };
  tools.storage.setItem(keyPrefix(settings.clientId) + state, JSON.stringify(attempt));
  const url = new URL(`${settings.domain}/oauth2/authorize`);
  const parameters: [string, string][] = [
    ['redirect_uri', settings.redirectUri],
    ['response_type', 'code'],
    ['client_id', settings.clientId],
    'provider' in target ? ['identity_provider', target.provider] : ['idp_identifier', target.idpIdentifier],
    ['scope', settings.scopes.join(' ')],
    ...(lang ? ([['lang', lang]] as [string, string][]) : []),
    ['nonce', nonce],
    ['state', state],
    ['code_challenge', challenge],
    ['code_challenge_method', 'S256'],
  ];
  for (const [name, value] of parameters) url.searchParams.set(name, value);
  return url.href;
}

/** The domain's answer in an address, when it has one (a `state`, and a `code` or an `error`). */
export function callbackOf(href: string): Callback | undefined {
  const { searchParams } = new URL(href);
  const state = searchParams.get('state');
  const code = searchParams.get('code');
  const error = searchParams.get('error');
  if (state === null || (code === null && error === null)) return undefined;
  const description = searchParams.get('error_description');
  return {
    state,
    ...(code === null ? {} : { code }),
    ...(error === null ? {} : { error }),
    ...(description === null ? {} : { description }),
  };
}

/** Whether a callback answers one of this client's attempts, still open. */
export function isOwnAttempt(callback: Callback, clientId: string, tools: FederationTools): boolean {
  return readAttempt(tools.storage.getItem(keyPrefix(clientId) + callback.state), tools.now()) !== undefined;
}

/** The address without the domain's answer, for `history.replaceState`. */
export function withoutCallback(href: string): string {
  const url = new URL(href);
  for (const name of CALLBACK_PARAMETERS) url.searchParams.delete(name);
  return url.href;
}

/** Why the ID token is not the answer to this attempt, or `undefined` when it is (D.4, WIRE §6.1). */
function foreignIdToken(
  claims: Record<string, unknown>,
  attempt: Attempt,
  settings: DomainSettings,
): string | undefined {
  if (claims.nonce !== attempt.nonce) return 'nonce';
  if (claims.token_use !== 'id') return 'token_use';
  const { aud } = claims;
  if (aud !== settings.clientId && !(Array.isArray(aud) && aud.includes(settings.clientId))) return 'aud';
  if (typeof claims.iss !== 'string' || !claims.iss.endsWith(`/${settings.userPoolId}`)) return 'iss';
  return undefined;
}

interface TokenAnswer {
  readonly id_token?: unknown;
  readonly access_token?: unknown;
  readonly refresh_token?: unknown;
  readonly expires_in?: unknown;
  readonly error?: unknown;
}

/**
 * Finishes an attempt from the domain's answer: the attempt is used up whatever happens;
 * an error from the domain or the provider is thrown with the provider's own words; the
 * code is exchanged at `/oauth2/token` with the verifier; the ID token must carry this
 * attempt's `nonce`, this app client and this pool.
 */
export async function finishAttempt(
  settings: DomainSettings,
  callback: Callback,
  tools: FederationTools,
): Promise<AuthTokens> {
  const key = keyPrefix(settings.clientId) + callback.state;
  const attempt = readAttempt(tools.storage.getItem(key), tools.now());
  tools.storage.removeItem(key);
  if (!attempt) throw tools.fail({ code: 'FederationStateMismatch', key: 'errors.federationExpired' });
  if (callback.error !== undefined || callback.code === undefined) {
    const detail = callback.description?.trim();
    throw tools.fail(
      detail
        ? { code: callback.error ?? 'FederationError', key: 'errors.federationDetail', detail }
        : { code: callback.error ?? 'FederationError', key: 'errors.federation' },
    );
  }
  let response: Response;
  try {
    response = await tools.fetch(`${settings.domain}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: settings.clientId,
        code: callback.code,
        redirect_uri: attempt.redirectUri,
        code_verifier: attempt.verifier,
      }),
      ...(tools.signal ? { signal: tools.signal } : {}),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    throw tools.fail(
      timedOut ? { code: 'TimeoutError', key: 'errors.timeout' } : { code: 'NetworkError', key: 'errors.network' },
      error,
    );
  }
  let answer: TokenAnswer;
  try {
    answer = (await response.json()) as TokenAnswer;
  } catch (error) {
    throw tools.fail({ code: `HTTP${String(response.status)}`, key: 'errors.service' }, error);
  }
  if (!response.ok) {
    const code = typeof answer.error === 'string' ? answer.error : `HTTP${String(response.status)}`;
    // A code used already or expired: the attempt is over, start another.
    if (code === 'invalid_grant') throw tools.fail({ code, key: 'errors.federationExpired' });
    throw tools.fail({ code, key: response.status >= 500 ? 'errors.service' : 'errors.federation' });
  }
  const { id_token: idToken, access_token: accessToken, refresh_token: refreshToken, expires_in: expiresIn } = answer;
  if (typeof idToken !== 'string' || typeof accessToken !== 'string')
    throw tools.fail({ code: 'InvalidResponse', key: 'errors.unknown' });
  let foreign: string | undefined;
  try {
    foreign = foreignIdToken(tools.claimsOf(idToken), attempt, settings);
  } catch (error) {
    throw tools.fail({ code: 'InvalidIdToken', key: 'errors.federation' }, error);
  }
  if (foreign !== undefined) throw tools.fail({ code: `InvalidIdToken:${foreign}`, key: 'errors.federation' });
  return {
    idToken,
    accessToken,
    ...(typeof refreshToken === 'string' ? { refreshToken } : {}),
    expiresAt: tools.now() + (typeof expiresIn === 'number' ? expiresIn : 3600) * 1000,
  };
}

/** The domain's `/logout` (D.5): ends its session, then back to `logoutUri`, one of the app client's sign-out URLs. */
export function logoutUrl(settings: Pick<DomainSettings, 'domain' | 'clientId'>, logoutUri: string): string {
  const url = new URL(`${settings.domain}/logout`);
  url.searchParams.set('client_id', settings.clientId);
  url.searchParams.set('logout_uri', logoutUri);
  return url.href;
}

/** What a page does for an attempt: where it is, and how it goes and comes back. */
export interface PageTools {
  /** The page's address now. */
  readonly address: () => string;
  /** Replaces the address without a reload (`history.replaceState`). */
  readonly replaceAddress: (href: string) => void;
  /** Sends the page to the provider; resolves only if the page comes back without an answer (the browser's back-forward cache). */
  readonly navigate: (url: string) => Promise<FederatedResult>;
  /** The language to ask the domain's pages in. */
  readonly lang?: () => string | undefined;
}

/** The page's own tools: its address, its history, `location.assign`, and `pageshow` for a page back from the cache. */
export function pageTools(lang?: () => string | undefined): PageTools {
  return {
    address: () => location.href,
    replaceAddress: (href) => {
      history.replaceState(history.state, '', href);
    },
    navigate: (url) =>
      new Promise((resolve) => {
        const back = (event: PageTransitionEvent): void => {
          if (!event.persisted) return;
          removeEventListener('pageshow', back);
          resolve({ kind: 'returned' });
        };
        addEventListener('pageshow', back);
        location.assign(url);
      }),
    ...(lang ? { lang } : {}),
  };
}

/**
 * The client with sign-in through the Cognito domain: `federatedSignIn` starts an attempt
 * and sends the page to the provider; `restoreSession` finishes the attempt the address
 * answers (cleaning the address first, so a reload does not try the used code again) and
 * keeps its tokens as the session; any other address restores as before.
 */
export function withFederation(
  client: AuthClient,
  settings: DomainSettings,
  tools: FederationTools & PageTools,
): AuthClient {
  const { keepTokens } = client;
  if (!keepTokens) throw new TypeError('withFederation needs a client made by createCognitoClient');
  return {
    ...client,
    async restoreSession() {
      const href = tools.address();
      const callback = callbackOf(href);
      if (!callback || !isOwnAttempt(callback, settings.clientId, tools)) return client.restoreSession();
      tools.replaceAddress(withoutCallback(href));
      const tokens = await finishAttempt(settings, callback, tools);
      return keepTokens({
        IdToken: tokens.idToken,
        AccessToken: tokens.accessToken,
        ...(tokens.refreshToken === undefined ? {} : { RefreshToken: tokens.refreshToken }),
        ExpiresIn: Math.round((tokens.expiresAt - tools.now()) / 1000),
      });
    },
    async federatedSignIn(target) {
      return tools.navigate(await beginAttempt(settings, target, tools.lang?.(), tools));
    },
  };
}
