/**
 * Signals for a request: the caller's, and its time limit. `AbortSignal.any` is missing in
 * Safari before 17.4 and in the WebViews built on it, where every request would fail; there
 * the same signal is made from listeners.
 */

/** A signal that aborts, with the reason, as soon as one of `signals` does. */
export function anySignal(signals: readonly AbortSignal[]): AbortSignal {
  if ('any' in AbortSignal) return AbortSignal.any([...signals]);
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    // The listeners go once the combined signal has aborted, whichever aborted it.
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true, signal: controller.signal });
  }
  return controller.signal;
}

/** The signal of a request: its time limit, with the caller's signal when there is one. */
export function requestSignal(timeout: AbortSignal, signal: AbortSignal | undefined): AbortSignal {
  return signal ? anySignal([signal, timeout]) : timeout;
}
