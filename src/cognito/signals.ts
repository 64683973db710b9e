/**
 * Signals for a request: the caller's, and its time limit. They are combined with plain
 * `abort` listeners, never `AbortSignal.any`: it is missing in Safari before 17.4 and in the
 * WebViews built on it, where every request would fail, and where it exists, the listeners
 * do the same.
 */

/** A signal made of others, and the way to let go of them. */
export interface CombinedSignal {
  /** Aborts, with the reason, as soon as one of the signals it was made of does. */
  readonly signal: AbortSignal;
  /** Removes its listeners from the signals it was made of: call it once the request is over. */
  readonly release: () => void;
}

/** A signal that aborts, with the reason, as soon as one of `signals` does. */
export function anySignal(signals: readonly AbortSignal[]): CombinedSignal {
  const controller = new AbortController();
  const removers: (() => void)[] = [];
  const release = (): void => {
    for (const remove of removers.splice(0)) remove();
  };
  for (const signal of signals) {
    if (signal.aborted) {
      release();
      controller.abort(signal.reason);
      break;
    }
    // The listeners go once the combined signal has aborted, whichever aborted it.
    const onAbort = (): void => {
      release();
      controller.abort(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    removers.push(() => signal.removeEventListener('abort', onAbort));
  }
  return { signal: controller.signal, release };
}

/** The signal of a request: its time limit, with the caller's signal when there is one. */
export function requestSignal(timeout: AbortSignal, signal: AbortSignal | undefined): CombinedSignal {
  return signal ? anySignal([signal, timeout]) : { signal: timeout, release: () => undefined };
}
