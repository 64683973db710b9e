/**
 * What the session manager's tests share: a fake clock with its timers, fake other tabs
 * (`storage` events) and page wake-ups, token answers as Cognito gives them, and a manager
 * set up on all of it with a scripted refresh.
 */
import type { AuthenticationResultType } from '@aws-sdk/client-cognito-identity-provider';
import {
  createSessionManager,
  type RefreshLocks,
  type SessionManager,
  type StorageEvents,
} from '../../src/cognito/session-manager.ts';
import { createSessionStore, type KeyValueStorage, type SessionStore } from '../../src/cognito/session-store.ts';
import type { AuthTokens, SessionChange } from '../../src/core/types.ts';

export const LEEWAY_MS = 60_000;
export const HOUR_MS = 3_600_000;

/** An unsigned JWT with the claims the store reads. */
export function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none' })}.${part(claims)}.signature`;
}

/** The claims that make an ID token one of the pool's and the app client's. */
export const ID_CLAIMS = {
  token_use: 'id',
  aud: 'client',
  iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Test',
};

let issued = 0;
/** A fresh token answer, as REFRESH_TOKEN_AUTH (no refresh token) or a sign-in (with one) gives it. */
export function answer(
  options: { refreshToken?: string; expiresIn?: number; sub?: string } = {},
): AuthenticationResultType {
  issued += 1;
  return {
    IdToken: jwt({ ...ID_CLAIMS, 'cognito:username': 'jane', sub: options.sub ?? 'sub-jane', n: issued }),
    AccessToken: `access-${String(issued)}`,
    ExpiresIn: options.expiresIn ?? 3600,
    ...(options.refreshToken ? { RefreshToken: options.refreshToken } : {}),
  };
}

/** A clock whose time moves only when told, with the timers it runs. */
export class FakeClock {
  time = 1_000_000_000_000;
  private nextId = 1;
  readonly timers = new Map<number, { readonly at: number; readonly callback: () => void }>();

  readonly now = (): number => this.time;
  readonly setTimeout = (callback: () => void, ms: number): number => {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + ms, callback });
    return id;
  };
  readonly clearTimeout = (id: ReturnType<typeof setTimeout> | number): void => {
    if (typeof id === 'number') this.timers.delete(id);
  };

  /** When each timer is due, in ms from now. */
  due(): number[] {
    return [...this.timers.values()].map((timer) => timer.at - this.time);
  }

  /** Moves time on by `ms`, running every timer due on the way and what its promises do. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const next = [...this.timers.entries()]
        .filter(([, timer]) => timer.at <= end)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!next) break;
      const [id, timer] = next;
      this.timers.delete(id);
      this.time = timer.at;
      timer.callback();
      await settle();
    }
    this.time = end;
  }
}

/** Lets pending promise callbacks run. */
export async function settle(): Promise<void> {
  for (let turn = 0; turn < 10; turn += 1) await new Promise((resolve) => setImmediate(resolve));
}

/** The window as other tabs reach it: `storage` events. */
export class FakeWindow implements StorageEvents {
  readonly listeners = new Set<(event: Pick<StorageEvent, 'key'>) => void>();
  addEventListener(_type: 'storage', listener: (event: Pick<StorageEvent, 'key'>) => void): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'storage', listener: (event: Pick<StorageEvent, 'key'>) => void): void {
    this.listeners.delete(listener);
  }
  storage(key: string | null): void {
    for (const listener of this.listeners) listener({ key });
  }

  /** The page shown again, back online or restored from the back-forward cache. */
  readonly wakeListeners = new Set<() => void>();
  readonly onWake = (callback: () => void): (() => void) => {
    this.wakeListeners.add(callback);
    return () => this.wakeListeners.delete(callback);
  };
  wake(): void {
    for (const listener of this.wakeListeners) listener();
  }
}

export function memory(): KeyValueStorage & { readonly values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

export interface Setup {
  readonly clock: FakeClock;
  readonly window: FakeWindow;
  readonly storage: ReturnType<typeof memory>;
  readonly store: SessionStore;
  readonly manager: SessionManager;
  readonly changes: SessionChange[];
  /** The refresh tokens each refresh was asked with. */
  readonly refreshes: string[];
}

/** What the next managers are set up with; `resetSessions` puts it back. */
export const scripted: {
  refreshAnswer: (refreshToken: string) => Promise<AuthenticationResultType>;
  locks: RefreshLocks | undefined;
} = { refreshAnswer: () => Promise.resolve(answer()), locks: undefined };

let setups: Setup[] = [];

/** Disposes every manager set up so far and puts the script back to a refresh that works. */
export function resetSessions(): void {
  for (const setup of setups) setup.manager.dispose();
  setups = [];
  scripted.locks = undefined;
  scripted.refreshAnswer = () => Promise.resolve(answer());
}

export function setUp(options: { followOtherTabs?: boolean; storage?: ReturnType<typeof memory> } = {}): Setup {
  const clock = new FakeClock();
  const window = new FakeWindow();
  const storage = options.storage ?? memory();
  const store = createSessionStore(storage, { userPoolId: 'eu-west-1_Test', clientId: 'client' });
  const refreshes: string[] = [];
  const manager = createSessionManager({
    store,
    leewayMs: LEEWAY_MS,
    followOtherTabs: options.followOtherTabs ?? true,
    refresh: (refreshToken) => {
      refreshes.push(refreshToken);
      return scripted.refreshAnswer(refreshToken);
    },
    environment: {
      now: clock.now,
      setTimeout: clock.setTimeout,
      clearTimeout: clock.clearTimeout,
      locks: scripted.locks,
      window,
      onWake: window.onWake,
    },
  });
  const changes: SessionChange[] = [];
  manager.onChange((change) => changes.push(change));
  const setup = { clock, window, storage, store, manager, changes, refreshes };
  setups.push(setup);
  return setup;
}

/** Tokens as another tab (or an earlier visit) left them in storage. */
export function storeTokens(setup: Setup, tokens: Partial<AuthTokens> & { expiresAt: number }): AuthTokens {
  const result = answer();
  const stored: AuthTokens = {
    idToken: result.IdToken ?? '',
    accessToken: result.AccessToken ?? '',
    refreshToken: 'refresh-1',
    ...tokens,
  };
  setup.store.save(stored);
  return stored;
}
