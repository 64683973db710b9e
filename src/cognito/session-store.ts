/**
 * Where the tokens of a session are kept: `localStorage` (default), `sessionStorage`,
 * memory only, or any object with `getItem`/`setItem`/`removeItem`. One key per pool and
 * app client; a session is bound to the endpoint it came from, its ID token must belong to
 * the pool and the app client, and what is read back is checked before it is trusted. A
 * storage that refuses a write (quota, a WebView without `localStorage`) leaves the session
 * in memory for this page.
 */
import type { AuthSession, AuthTokens } from '../core/types.js';
import { invalidResponse } from './errors.js';

/** The subset of the Web Storage API a store needs. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type StorageOption = 'local' | 'session' | 'memory' | KeyValueStorage;

export interface SessionStore {
  readonly key: string;
  load(): AuthSession | null;
  /** Keeps the tokens; throws `InvalidResponse` when their ID token is not of this pool and app client. */
  save(tokens: AuthTokens): AuthSession;
  clear(): void;
}

/** Whose tokens a store keeps. */
export interface StoreOwner {
  readonly userPoolId: string;
  readonly clientId: string;
  /** The user-pool endpoint the tokens come from; Cognito's own when absent. */
  readonly endpoint?: string;
  /** The issuer (`iss`) the ID token must name; only its `/<userPoolId>` ending is checked when absent. */
  readonly issuer?: string;
}

export function memoryStorage(): KeyValueStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

/** The storage behind an option; memory when the browser refuses access (private modes, some WebViews). */
export function resolveStorage(option: StorageOption = 'local'): KeyValueStorage {
  if (typeof option === 'object') return option;
  try {
    const storage =
      option === 'local' ? globalThis.localStorage : option === 'session' ? globalThis.sessionStorage : null;
    // Some WebViews have the property, but `null`.
    if (storage) return storage;
  } catch {
    // Storage access can throw (blocked cookies): fall back to memory.
  }
  return memoryStorage();
}

/** The claims of a JWT, without verifying it (the server does that). */
export function decodeJwt(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (payload === undefined) throw new Error('Not a JWT');
  const base64 = payload.replace(/-/gu, '+').replace(/_/gu, '/');
  const binary = atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '='));
  const json = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  const claims: unknown = JSON.parse(json);
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims))
    throw new Error('JWT payload is not an object');
  return claims as Record<string, unknown>;
}

/** The session a set of tokens stands for: the user comes from the ID token. */
export function sessionFromTokens(tokens: AuthTokens): AuthSession {
  const claims = decodeJwt(tokens.idToken);
  const username = claims['cognito:username'];
  const userId = claims.sub;
  if (typeof username !== 'string' || typeof userId !== 'string')
    throw new Error('ID token lacks cognito:username or sub');
  return { user: { username, userId, attributes: claims }, tokens };
}

/** Why an ID token is not one of this pool and app client, or `undefined` when it is. */
export function foreignClaim(claims: Record<string, unknown>, owner: StoreOwner): string | undefined {
  if (claims.token_use !== 'id') return 'token_use';
  const audience = claims.aud;
  if (audience !== owner.clientId && !(Array.isArray(audience) && audience.includes(owner.clientId))) return 'aud';
  const issuer = claims.iss;
  if (typeof issuer !== 'string') return 'iss';
  if (owner.issuer === undefined ? !issuer.endsWith(`/${owner.userPoolId}`) : issuer !== owner.issuer) return 'iss';
  return undefined;
}

interface StoredTokens extends AuthTokens {
  /** The endpoint the tokens came from; absent for Cognito's own. */
  readonly endpoint?: string;
}

function isStoredTokens(value: unknown): value is StoredTokens {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.idToken === 'string' &&
    typeof record.accessToken === 'string' &&
    typeof record.expiresAt === 'number' &&
    (record.refreshToken === undefined || typeof record.refreshToken === 'string') &&
    (record.endpoint === undefined || typeof record.endpoint === 'string')
  );
}

export function createSessionStore(given: KeyValueStorage, owner: StoreOwner): SessionStore {
  const key = `cognito-authenticator.${owner.userPoolId}.${owner.clientId}.session`;
  let storage = given;

  const clear = (): void => {
    try {
      storage.removeItem(key);
    } catch {
      // nothing stored that could be removed
    }
  };

  /** The session of stored tokens, when they are this store's own. */
  const sessionOf = (tokens: StoredTokens): AuthSession => {
    if (tokens.endpoint !== owner.endpoint) throw new Error('Stored session is of another endpoint');
    const { endpoint: _endpoint, ...rest } = tokens;
    const session = sessionFromTokens(rest);
    if (foreignClaim(session.user.attributes, owner) !== undefined) throw new Error('Stored session is foreign');
    return session;
  };

  return {
    key,
    load() {
      let raw: string | null;
      try {
        raw = storage.getItem(key);
      } catch {
        return null;
      }
      if (raw === null) return null;
      try {
        const tokens: unknown = JSON.parse(raw);
        if (!isStoredTokens(tokens)) throw new Error('Stored session has the wrong shape');
        return sessionOf(tokens);
      } catch {
        // Malformed or foreign data is discarded rather than trusted.
        clear();
        return null;
      }
    },
    save(tokens) {
      let session: AuthSession;
      try {
        session = sessionFromTokens(tokens);
      } catch {
        throw invalidResponse();
      }
      const foreign = foreignClaim(session.user.attributes, owner);
      if (foreign !== undefined) {
        console.error(
          `<cognito-authenticator>: the ID token's ${foreign} claim is not of user pool ${owner.userPoolId} and app client ${owner.clientId}; the tokens were not kept.`,
        );
        throw invalidResponse();
      }
      const value = JSON.stringify(owner.endpoint === undefined ? tokens : { ...tokens, endpoint: owner.endpoint });
      try {
        storage.setItem(key, value);
      } catch {
        // A full or refused storage: the session lives in memory for this page instead.
        console.warn(
          '<cognito-authenticator>: the storage refused the session (full, or not allowed here); it is kept in memory, so it ends with this page and other tabs do not follow it.',
        );
        storage = memoryStorage();
        storage.setItem(key, value);
      }
      return session;
    },
    clear,
  };
}
