/**
 * The signed-in session over time: kept in its store, refreshed `leeway` before the access
 * token expires (one tab at a time, under a Web Lock), followed when another tab of the
 * origin signs in, refreshes or signs out, checked again when the page wakes up, and ended
 * when the pool refuses the refresh token. Every sign-in and sign-out here starts a new
 * generation: an answer that comes back for a session that is over is dropped, and so is
 * one for tokens another tab has replaced meanwhile. Failed refreshes are tried again
 * further and further apart, and tokens that expire meanwhile are reported. Time, timers,
 * locks and the page's events are injectable, so all of it runs on a fake clock.
 */
import type { AuthenticationResultType } from '@aws-sdk/client-cognito-identity-provider';
import { AuthError, type AuthSession, type AuthTokens, type SessionChange } from '../core/types.js';
import { invalidResponse, noSession } from './errors.js';
import { browserEnvironment, type SessionEnvironment, type TimerHandle } from './session-environment.js';
import { sessionFromTokens, type SessionStore } from './session-store.js';

export type { RefreshLocks, SessionEnvironment, StorageEvents } from './session-environment.js';

/** The longest delay `setTimeout` keeps (about 24.8 days); a longer one would fire at once. */
const MAX_TIMER_MS = 2_147_483_647;
/** After a failed refresh (a network blip), the first try again; each further one waits twice as long. */
export const RETRY_REFRESH_MS = 30_000;
/** The longest wait between two tries of a failing refresh. */
export const MAX_RETRY_REFRESH_MS = 600_000;
/** The shortest wait between two refreshes, so that short-lived tokens cannot loop. */
export const MIN_REFRESH_INTERVAL_MS = 30_000;

export interface SessionManagerOptions {
  readonly store: SessionStore;
  /** How long before the access token expires it is refreshed, in milliseconds. */
  readonly leewayMs: number;
  /** Asks the pool for new tokens with a refresh token. */
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
  /**
   * The stored session with tokens good for at least the leeway, refreshed first when they
   * are not; `null` when there is none. Rejects when they have expired and cannot be
   * refreshed now (offline): the session is kept and tried again later.
   */
  fresh(): Promise<AuthSession | null>;
  /** Forgets the session in this browser (timer and storage) and returns what it was, to revoke it. */
  end(): AuthSession | null;
  /** Tells the listener when the session changes by itself; returns the unsubscribe function. */
  onChange(listener: (change: SessionChange) => void): () => void;
  /** Stops the timer and the listeners; nothing is scheduled afterwards. */
  dispose(): void;
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

/** Refusals that end the session: the refresh token is revoked, rotated out or expired, or the user is gone. */
const ENDS_SESSION = new Set([
  'NotAuthorizedException',
  'NoSession',
  'RefreshTokenReuseException',
  'UserNotFoundException',
]);

function endsSession(error: unknown): boolean {
  return error instanceof AuthError && ENDS_SESSION.has(error.code);
}

class Manager implements SessionManager {
  private readonly store: SessionStore;
  private readonly env: SessionEnvironment;
  private readonly listeners = new Set<(change: SessionChange) => void>();
  private stopped = false;
  /** Bumped by every sign-in and sign-out here: an answer for a session before it is dropped. */
  private generation = 0;
  /** The session this tab's listeners know of (or its caller was handed). */
  private known: AuthSession | null = null;
  private timer: TimerHandle | undefined;
  /** Failed refreshes in a row. */
  private failures = 0;
  /** Whether the expiry of the tokens was reported since the last refresh that worked. */
  private expiredTold = false;
  private inFlight: Promise<AuthSession | null> | undefined;
  private readonly unwake: (() => void) | undefined;

  constructor(private readonly options: SessionManagerOptions) {
    this.store = options.store;
    this.env = { ...browserEnvironment(), ...options.environment };
    if (options.followOtherTabs) this.env.window?.addEventListener('storage', this.onStorage);
    this.unwake = this.env.onWake?.(this.onWake);
  }

  async restore(): Promise<AuthSession | null> {
    const session = this.store.load();
    this.known = session;
    if (!session || !this.due(session)) {
      this.schedule(session);
      return session;
    }
    try {
      const fresh = await this.refreshOnce();
      this.known = fresh;
      this.schedule(fresh, MIN_REFRESH_INTERVAL_MS);
      return fresh;
    } catch (error) {
      if (!endsSession(error)) throw error;
      this.end();
      return null;
    }
  }

  keep(result: AuthenticationResultType): AuthSession {
    this.generation += 1;
    const session = this.store.save(toTokens(result, this.env.now()));
    this.known = session;
    this.failures = 0;
    this.expiredTold = false;
    this.schedule(session);
    return session;
  }

  current(): AuthSession | null {
    return this.store.load();
  }

  async fresh(): Promise<AuthSession | null> {
    const session = this.store.load();
    if (!session || !this.due(session)) {
      this.follow(session);
      if (this.timer === undefined && !this.inFlight) this.schedule(session);
      return session;
    }
    try {
      const next = await this.refreshOnce();
      this.succeeded(next);
      return next;
    } catch (error) {
      this.failed(error);
      if (endsSession(error)) return null;
      // Due within the leeway but not expired: still good for this call.
      if (session.tokens.expiresAt > this.env.now()) return session;
      throw error;
    }
  }

  /** A sign-out here: nobody is told, the caller is. */
  end(): AuthSession | null {
    const session = this.store.load() ?? this.known;
    this.forget();
    this.known = null;
    return session;
  }

  onChange(listener: (change: SessionChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.stopped = true;
    this.cancel();
    this.listeners.clear();
    this.env.window?.removeEventListener('storage', this.onStorage);
    this.unwake?.();
  }

  /** Another tab of this origin signed in, refreshed or signed out: follow it. */
  private readonly onStorage = (event: Pick<StorageEvent, 'key'>): void => {
    if (this.stopped || (event.key !== this.store.key && event.key !== null)) return;
    const session = this.store.load();
    this.follow(session);
    this.schedule(session, MIN_REFRESH_INTERVAL_MS);
  };

  /** The page may have slept past its timer, or missed another tab's change: look again. */
  private readonly onWake = (): void => {
    if (this.stopped || this.inFlight) return;
    const session = this.store.load();
    this.follow(session);
    this.schedule(session);
  };

  private notify(change: SessionChange): void {
    if (this.stopped) return;
    for (const listener of this.listeners) listener(change);
  }

  private due(session: AuthSession): boolean {
    return session.tokens.expiresAt - this.options.leewayMs <= this.env.now();
  }

  private cancel(): void {
    if (this.timer !== undefined) this.env.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Refreshes `leeway` before expiry; never sooner than `minDelayMs`. */
  private schedule(session: AuthSession | null, minDelayMs = 0): void {
    this.cancel();
    if (this.stopped || !session?.tokens.refreshToken) return;
    const delay = Math.max(minDelayMs, session.tokens.expiresAt - this.options.leewayMs - this.env.now());
    this.timer = this.env.setTimeout(
      () => {
        this.timer = undefined;
        this.refreshOnce().then(
          (next) => {
            this.succeeded(next);
          },
          (error: unknown) => {
            this.failed(error);
          },
        );
      },
      Math.min(delay, MAX_TIMER_MS),
    );
  }

  /** Tells the listeners of the session there is now, against the one they know: another user's is a sign-out, then a sign-in. */
  private follow(next: AuthSession | null): void {
    const before = this.known;
    this.known = next;
    if (!next) {
      if (before) this.notify({ type: 'ended' });
      return;
    }
    const otherUser = before !== null && before.user.userId !== next.user.userId;
    if (otherUser) this.notify({ type: 'ended' });
    if (otherUser || before?.tokens.accessToken !== next.tokens.accessToken)
      this.notify({ type: 'refreshed', session: next });
  }

  /** One refresh at a time in this tab and, where the browser has Web Locks, in the origin. */
  private refreshOnce(): Promise<AuthSession | null> {
    const { locks } = this.env;
    const refresh = (): Promise<AuthSession | null> => this.refreshStored();
    this.inFlight ??= (locks ? locks.request(`${this.store.key}.refresh`, refresh) : refresh()).finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  /** Asks the pool for new tokens for the stored session; what is stored instead when the session was overtaken. */
  private async refreshStored(): Promise<AuthSession | null> {
    const started = this.generation;
    const latest = this.store.load();
    // Signed out meanwhile, or another tab refreshed while this one waited for its turn.
    if (!latest || !this.due(latest)) return latest;
    const refreshToken = latest.tokens.refreshToken;
    if (!refreshToken) throw noSession();
    // Signed out or in again meanwhile, here or in another tab: the answer is for a session that is over.
    const overtaken = (now: AuthSession | null): boolean =>
      this.stopped || this.generation !== started || now?.tokens.refreshToken !== refreshToken;
    let result: AuthenticationResultType;
    try {
      result = await this.options.refresh(refreshToken);
    } catch (error) {
      // Nor does a refusal of the old session end the one that replaced it.
      const now = this.store.load();
      if (overtaken(now)) return now;
      throw error;
    }
    const now = this.store.load();
    if (overtaken(now)) return now;
    const tokens = toTokens(result, this.env.now(), refreshToken);
    if (sessionFromTokens(tokens).user.userId !== latest.user.userId) {
      // Another user's tokens never replace a session without a sign-in.
      console.error('<cognito-authenticator>: a refresh answered with tokens of another user; the session was ended.');
      this.forget();
      return null;
    }
    return this.store.save(tokens);
  }

  private succeeded(session: AuthSession | null): void {
    if (this.stopped) return;
    this.failures = 0;
    this.expiredTold = false;
    this.follow(session);
    this.schedule(session, MIN_REFRESH_INTERVAL_MS);
  }

  private failed(error: unknown): void {
    if (this.stopped) return;
    if (endsSession(error)) {
      this.forget();
      this.follow(null);
      return;
    }
    this.failures += 1;
    const session = this.store.load();
    if (session && session.tokens.expiresAt <= this.env.now() && !this.expiredTold) {
      this.expiredTold = true;
      this.notify({ type: 'expired', error: error instanceof AuthError ? error : invalidResponse(error) });
    }
    this.schedule(session, Math.min(RETRY_REFRESH_MS * 2 ** (this.failures - 1), MAX_RETRY_REFRESH_MS));
  }

  /** Clears the session from storage; whatever answers for it later is dropped. */
  private forget(): void {
    this.generation += 1;
    this.cancel();
    this.store.clear();
    this.failures = 0;
  }
}

export function createSessionManager(options: SessionManagerOptions): SessionManager {
  return new Manager(options);
}
