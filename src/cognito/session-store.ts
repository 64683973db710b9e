/**
 * Where the tokens of a session are kept: `localStorage` (default), `sessionStorage`,
 * memory only, or any object with `getItem`/`setItem`/`removeItem`. One key per pool and
 * app client; what is read back is checked before it is trusted.
 */
import type { AuthSession, AuthTokens } from '../core/types.js';

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
  save(tokens: AuthTokens): AuthSession;
  clear(): void;
}

function memoryStorage(): KeyValueStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

/** The storage behind an option; memory when the browser refuses access (private modes). */
export function resolveStorage(option: StorageOption = 'local'): KeyValueStorage {
  if (typeof option === 'object') return option;
  try {
    if (option === 'local') return globalThis.localStorage;
    if (option === 'session') return globalThis.sessionStorage;
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

function isTokens(value: unknown): value is AuthTokens {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.idToken === 'string' &&
    typeof record.accessToken === 'string' &&
    typeof record.expiresAt === 'number' &&
    (record.refreshToken === undefined || typeof record.refreshToken === 'string')
  );
}

export function createSessionStore(storage: KeyValueStorage, userPoolId: string, clientId: string): SessionStore {
  const key = `cognito-authenticator.${userPoolId}.${clientId}.session`;
  const clear = (): void => {
    try {
      storage.removeItem(key);
    } catch {
      // nothing stored that could be removed
    }
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
        if (!isTokens(tokens)) throw new Error('Stored session has the wrong shape');
        return sessionFromTokens(tokens);
      } catch {
        // Malformed or foreign data is discarded rather than trusted.
        clear();
        return null;
      }
    },
    save(tokens) {
      const session = sessionFromTokens(tokens);
      storage.setItem(key, JSON.stringify(tokens));
      return session;
    },
    clear,
  };
}
