/**
 * What the session manager takes from its surroundings: the clock, timers, Web Locks, the
 * `storage` events of other tabs, and the moments a page may have slept (shown again, back
 * online, restored from the back-forward cache). The browser's own by default; a test
 * gives a fake clock and fake events.
 */

export type TimerHandle = ReturnType<typeof setTimeout> | number;

/** One lock per name at a time, across the tabs of the origin (the Web Locks API's `request`). */
export interface RefreshLocks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** Where `storage` events of other tabs arrive (the window). */
export interface StorageEvents {
  addEventListener(type: 'storage', listener: (event: Pick<StorageEvent, 'key'>) => void): void;
  removeEventListener(type: 'storage', listener: (event: Pick<StorageEvent, 'key'>) => void): void;
}

export interface SessionEnvironment {
  readonly now: () => number;
  readonly setTimeout: (callback: () => void, ms: number) => TimerHandle;
  readonly clearTimeout: (handle: TimerHandle) => void;
  /** Absent where the browser has no Web Locks: each tab then refreshes on its own. */
  readonly locks: RefreshLocks | undefined;
  /** Absent outside a browser: no other tabs to follow. */
  readonly window: StorageEvents | undefined;
  /**
   * Calls `callback` whenever the page may have slept past a timer (it is shown again, the
   * network is back, it is restored from the back-forward cache); returns the unsubscribe
   * function. Absent outside a browser.
   */
  readonly onWake: ((callback: () => void) => () => void) | undefined;
}

function browserLocks(): RefreshLocks | undefined {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LockManager }).locks;
  // `request` resolves with the callback's promise settled; `then` gives it its type back.
  return locks && { request: (name, callback) => locks.request(name, callback).then((value) => value) };
}

/** The page's own moments of waking up. */
function browserWake(callback: () => void): () => void {
  const onVisible = (): void => {
    if (document.visibilityState === 'visible') callback();
  };
  const onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) callback();
  };
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('online', callback);
  window.addEventListener('pageshow', onPageShow);
  return () => {
    document.removeEventListener('visibilitychange', onVisible);
    window.removeEventListener('online', callback);
    window.removeEventListener('pageshow', onPageShow);
  };
}

export function browserEnvironment(): SessionEnvironment {
  const inBrowser = typeof window !== 'undefined' && typeof document !== 'undefined';
  return {
    now: () => Date.now(),
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => {
      clearTimeout(handle);
    },
    locks: browserLocks(),
    window: inBrowser ? window : undefined,
    onWake: inBrowser ? browserWake : undefined,
  };
}
