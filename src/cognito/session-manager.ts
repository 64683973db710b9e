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

export function createSessionManager(options: SessionManagerOptions): SessionManager {
  const environment: SessionEnvironment = { ...browserEnvironment(), ...options.environment };
  const state: ManagerState = {
    options,
    environment,
    listeners: new Set(),
    timer: undefined,
    disposed: false,
  };
  const onStorage = (event: Pick<StorageEvent, 'key'>): void => {
    followOtherTab(state, event);
  };
  if (options.followOtherTabs) environment.window?.addEventListener('storage', onStorage);
  return {
    restore: () => restore(state),
    keep: (result) => keep(state, result),
    current: () => options.store.load(),
    end() {
      const session = options.store.load();
      cancelRefresh(state);
      options.store.clear();
      return session;
    },
    onChange(listener) {
      state.listeners.add(listener);
      return () => state.listeners.delete(listener);
    },
    dispose() {
      state.disposed = true;
      cancelRefresh(state);
      state.listeners.clear();
      environment.window?.removeEventListener('storage', onStorage);
    },
  };
}

/** What the manager's functions share. */
interface ManagerState {
  readonly options: SessionManagerOptions;
  readonly environment: SessionEnvironment;
  readonly listeners: Set<(change: SessionChange) => void>;
  timer: TimerHandle | undefined;
  disposed: boolean;
}

function notify(state: ManagerState, change: SessionChange): void {
  for (const listener of state.listeners) listener(change);
}

function cancelRefresh(state: ManagerState): void {
  if (state.timer !== undefined) state.environment.clearTimeout(state.timer);
  state.timer = undefined;
}

/** Refreshes `leeway` before expiry; never sooner than `minDelayMs`. */
function scheduleRefresh(state: ManagerState, session: AuthSession, minDelayMs = 0): void {
  cancelRefresh(state);
  if (state.disposed || !session.tokens.refreshToken) return;
  const { environment, options } = state;
  const delay = Math.max(minDelayMs, session.tokens.expiresAt - options.leewayMs - environment.now());
  state.timer = environment.setTimeout(
    () => {
      state.timer = undefined;
      refreshInTurn(state, session).then(
        (fresh) => {
          notify(state, { type: 'refreshed', session: fresh });
        },
        (error: unknown) => {
          if (endsSession(error)) {
            options.store.clear();
            notify(state, { type: 'ended' });
          } else {
            // A network blip: try again shortly; the tokens are kept meanwhile.
            scheduleRefresh(state, session, RETRY_REFRESH_MS);
          }
        },
      );
    },
    Math.min(delay, MAX_TIMER_MS),
  );
}

/** Stores the tokens of an answer; those of a refresh wait at least the minimum interval for the next one. */
function keep(state: ManagerState, result: AuthenticationResultType, previousRefreshToken?: string): AuthSession {
  const session = state.options.store.save(toTokens(result, state.environment.now(), previousRefreshToken));
  scheduleRefresh(state, session, previousRefreshToken === undefined ? 0 : MIN_REFRESH_INTERVAL_MS);
  return session;
}

/** Refreshes the tokens, one tab at a time where the browser has Web Locks. */
function refreshInTurn(state: ManagerState, session: AuthSession): Promise<AuthSession> {
  const { locks } = state.environment;
  return locks
    ? locks.request(`${state.options.store.key}.refresh`, () => refreshNow(state, session))
    : refreshNow(state, session);
}

async function refreshNow(state: ManagerState, session: AuthSession): Promise<AuthSession> {
  const { options, environment } = state;
  // Another tab may have refreshed while this one waited for its turn: use its tokens.
  const stored = options.store.load();
  if (
    stored &&
    stored.tokens.expiresAt > session.tokens.expiresAt &&
    stored.tokens.expiresAt - options.leewayMs > environment.now()
  ) {
    scheduleRefresh(state, stored, MIN_REFRESH_INTERVAL_MS);
    return stored;
  }
  const refreshToken = session.tokens.refreshToken;
  if (!refreshToken) throw noSession();
  return keep(state, await options.refresh(refreshToken), refreshToken);
}

async function restore(state: ManagerState): Promise<AuthSession | null> {
  const { options, environment } = state;
  const session = options.store.load();
  if (!session) return null;
  if (session.tokens.expiresAt - options.leewayMs > environment.now()) {
    scheduleRefresh(state, session);
    return session;
  }
  try {
    return await refreshInTurn(state, session);
  } catch (error) {
    if (!endsSession(error)) throw error;
    options.store.clear();
    return null;
  }
}

/** Another tab of this origin signed in, refreshed or signed out: follow it. */
function followOtherTab(state: ManagerState, event: Pick<StorageEvent, 'key'>): void {
  const { store } = state.options;
  if (event.key !== store.key && event.key !== null) return;
  const session = store.load();
  if (session) {
    scheduleRefresh(state, session, MIN_REFRESH_INTERVAL_MS);
    notify(state, { type: 'refreshed', session });
  } else {
    cancelRefresh(state);
    notify(state, { type: 'ended' });
  }
}
