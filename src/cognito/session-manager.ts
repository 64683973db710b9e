/**
 * The signed-in session over time: kept in its store, refreshed `leeway` before the access
 * token expires (one tab at a time, under a Web Lock), followed when another tab of the
 * origin signs in, refreshes or signs out, and ended when the pool refuses the refresh
 * token. Time, timers, locks and the window are injectable, so all of it runs on a fake clock.
 */
import type { AuthenticationResultType } from '@aws-sdk/client-cognito-identity-provider';
import { AuthError, type AuthSession, type AuthTokens, type SessionChange } from '../core/types.js';
import { invalidResponse, noSession } from './errors.js';
import type { SessionStore } from './session-store.js';

/** The longest delay `setTimeout` keeps (about 24.8 days); a longer one would fire at once. */
const MAX_TIMER_MS = 2_147_483_647;
/** After a failed refresh (a network blip), the next try. */
export const RETRY_REFRESH_MS = 30_000;
/** The shortest wait between two refreshes, so that short-lived tokens cannot loop. */
export const MIN_REFRESH_INTERVAL_MS = 30_000;

type TimerHandle = ReturnType<typeof setTimeout> | number;

/** One lock per name at a time, across the tabs of the origin (the Web Locks API's `request`). */
export interface RefreshLocks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** Where `storage` events of other tabs arrive (the window). */
export interface StorageEvents {
  addEventListener(type: 'storage', listener: (event: Pick<StorageEvent, 'key'>) => void): void;
  removeEventListener(type: 'storage', listener: (event: Pick<StorageEvent, 'key'>) => void): void;
}

/** What the manager takes from its surroundings; the browser's own by default. */
export interface SessionEnvironment {
  readonly now: () => number;
  readonly setTimeout: (callback: () => void, ms: number) => TimerHandle;
  readonly clearTimeout: (handle: TimerHandle) => void;
  /** Absent where the browser has no Web Locks: each tab then refreshes on its own. */
  readonly locks: RefreshLocks | undefined;
  /** Absent outside a browser: no other tabs to follow. */
  readonly window: StorageEvents | undefined;
}

export interface SessionManagerOptions {
  readonly store: SessionStore;
  /** How long before the access token expires it is refreshed, in milliseconds. */
  readonly leewayMs: number;
  /** Asks the pool for new tokens with a refresh token (REFRESH_TOKEN_AUTH). */
  readonly refresh: (refreshToken: string) => Promise<AuthenticationResultType>;
  /** Follows other tabs: true for storages they share (`localStorage`, an app's own). */
  readonly followOtherTabs: boolean;
  readonly environment?: Partial<SessionEnvironment>;
}

export interface SessionManager {
  /** The stored session, refreshed first when it is about to expire; `null` when there is none or the pool refused it. */
  restore(): Promise<AuthSession | null>;
  /** Stores the tokens of a sign-in and schedules their refresh. */
  keep(result: AuthenticationResultType): AuthSession;
  /** The stored session as it is now, without refreshing it. */
  current(): AuthSession | null;
  /** Forgets the session in this browser (timer and storage) and returns what it was, to revoke it. */
  end(): AuthSession | null;
  /** Tells the listener when the session changes by itself; returns the unsubscribe function. */
  onChange(listener: (change: SessionChange) => void): () => void;
  /** Stops the timer and the listeners; nothing is scheduled afterwards. */
  dispose(): void;
}

function browserLocks(): RefreshLocks | undefined {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LockManager }).locks;
  // `request` resolves with the callback's promise settled; `then` gives it its type back.
  return locks && { request: (name, callback) => locks.request(name, callback).then((value) => value) };
}

function browserEnvironment(): SessionEnvironment {
  return {
    now: () => Date.now(),
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => {
      clearTimeout(handle);
    },
    locks: browserLocks(),
    window: typeof window === 'undefined' ? undefined : window,
  };
}

/** The tokens of an answer; the refresh token stays when a refresh brings no new one. */
function toTokens(result: AuthenticationResultType, now: number, previousRefreshToken?: string): AuthTokens {
  if (!result.IdToken || !result.AccessToken) throw invalidResponse();
  const refreshToken = result.RefreshToken ?? previousRefreshToken;
  return {
    idToken: result.IdToken,
    accessToken: result.AccessToken,
    expiresAt: now + (result.ExpiresIn ?? 3600) * 1000,
    ...(refreshToken ? { refreshToken } : {}),
  };
}

/** A refresh the pool refused (or could not be made): the session is over, not merely unreachable. */
function endsSession(error: unknown): boolean {
  return error instanceof AuthError && (error.code === 'NotAuthorizedException' || error.code === 'NoSession');
}

/** The refresh side of a session: its timer, the lock and the refresh itself. */
interface Refresher {
  /** Refreshes `leeway` before expiry; never sooner than `minDelayMs` (so short-lived tokens cannot loop). */
  schedule(session: AuthSession, minDelayMs?: number): void;
  cancel(): void;
  /** Stores the tokens of an answer; those of a refresh wait at least the minimum interval for the next one. */
  keep(result: AuthenticationResultType, previousRefreshToken?: string): AuthSession;
  /** Refreshes now, one tab at a time where the browser has Web Locks. */
  refresh(session: AuthSession): Promise<AuthSession>;
  /** Cancels the timer for good. */
  stop(): void;
}

function createRefresher(
  options: SessionManagerOptions,
  environment: SessionEnvironment,
  notify: (change: SessionChange) => void,
): Refresher {
  const { store, leewayMs } = options;
  let timer: TimerHandle | undefined;
  let stopped = false;

  const cancel = (): void => {
    if (timer !== undefined) environment.clearTimeout(timer);
    timer = undefined;
  };

  const schedule = (session: AuthSession, minDelayMs = 0): void => {
    cancel();
    if (stopped || !session.tokens.refreshToken) return;
    const delay = Math.max(minDelayMs, session.tokens.expiresAt - leewayMs - environment.now());
    timer = environment.setTimeout(
      () => {
        timer = undefined;
        refresh(session).then(
          (fresh) => {
            notify({ type: 'refreshed', session: fresh });
          },
          (error: unknown) => {
            if (endsSession(error)) {
              store.clear();
              notify({ type: 'ended' });
            } else {
              // A network blip: try again shortly; the tokens are kept meanwhile.
              schedule(session, RETRY_REFRESH_MS);
            }
          },
        );
      },
      Math.min(delay, MAX_TIMER_MS),
    );
  };

  const keep = (result: AuthenticationResultType, previousRefreshToken?: string): AuthSession => {
    const session = store.save(toTokens(result, environment.now(), previousRefreshToken));
    schedule(session, previousRefreshToken === undefined ? 0 : MIN_REFRESH_INTERVAL_MS);
    return session;
  };

  const refreshNow = async (session: AuthSession): Promise<AuthSession> => {
    // Another tab may have refreshed while this one waited for its turn: use its tokens.
    const stored = store.load();
    if (
      stored &&
      stored.tokens.expiresAt > session.tokens.expiresAt &&
      stored.tokens.expiresAt - leewayMs > environment.now()
    ) {
      schedule(stored, MIN_REFRESH_INTERVAL_MS);
      return stored;
    }
    const refreshToken = session.tokens.refreshToken;
    if (!refreshToken) throw noSession();
    return keep(await options.refresh(refreshToken), refreshToken);
  };

  const refresh = (session: AuthSession): Promise<AuthSession> => {
    const { locks } = environment;
    return locks ? locks.request(`${store.key}.refresh`, () => refreshNow(session)) : refreshNow(session);
  };

  return {
    schedule,
    cancel,
    keep,
    refresh,
    stop() {
      stopped = true;
      cancel();
    },
  };
}

export function createSessionManager(options: SessionManagerOptions): SessionManager {
  const { store, leewayMs } = options;
  const environment: SessionEnvironment = { ...browserEnvironment(), ...options.environment };
  const listeners = new Set<(change: SessionChange) => void>();
  const notify = (change: SessionChange): void => {
    for (const listener of listeners) listener(change);
  };
  const refresher = createRefresher(options, environment, notify);

  /** Another tab of this origin signed in, refreshed or signed out: follow it. */
  const onStorage = (event: Pick<StorageEvent, 'key'>): void => {
    if (event.key !== store.key && event.key !== null) return;
    const session = store.load();
    if (session) {
      refresher.schedule(session, MIN_REFRESH_INTERVAL_MS);
      notify({ type: 'refreshed', session });
    } else {
      refresher.cancel();
      notify({ type: 'ended' });
    }
  };
  if (options.followOtherTabs) environment.window?.addEventListener('storage', onStorage);

  return {
    async restore() {
      const session = store.load();
      if (!session) return null;
      if (session.tokens.expiresAt - leewayMs > environment.now()) {
        refresher.schedule(session);
        return session;
      }
      try {
        return await refresher.refresh(session);
      } catch (error) {
        if (!endsSession(error)) throw error;
        store.clear();
        return null;
      }
    },
    keep: (result) => refresher.keep(result),
    current: () => store.load(),
    end() {
      const session = store.load();
      refresher.cancel();
      store.clear();
      return session;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      refresher.stop();
      listeners.clear();
      environment.window?.removeEventListener('storage', onStorage);
    },
  };
}
