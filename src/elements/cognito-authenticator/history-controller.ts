/**
 * The browser's history, when the `history` attribute asks for it: each signed-out screen
 * becomes an entry, and Back and Forward go to the screens this element put there. A chunk
 * of its own, loaded only by a page that sets `history`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NavigableRoute } from '../../core/events.js';
import type { Route } from '../../core/types.js';
import type { StateSource } from './authenticator-controller.js';

export interface HistoryHost extends ReactiveControllerHost, HTMLElement {
  readonly history: boolean;
  readonly route: Route;
}

export class HistoryController implements ReactiveController {
  private restoring = false;
  private unsubscribe: (() => void) | undefined;

  /**
   * @param states - the changes of state to record
   * @param key - the key of this element's screens in `history.state` (one per element on the page)
   * @param navigate - shows a screen the history went back or forward to
   */
  constructor(
    private readonly host: HistoryHost,
    private readonly states: StateSource,
    private readonly key: () => string,
    private readonly navigate: (route: NavigableRoute) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
    this.unsubscribe = this.states.subscribe((next, previous) => {
      if (next.route !== previous.route) this.record(next.route, previous.route);
    });
    // Loaded once the element is running: the screen shown already is the first entry.
    this.record(this.host.route, 'idle');
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
    this.unsubscribe?.();
  }

  /** Records a new signed-out screen as a history entry (the first one replaces the current entry). */
  private record(route: Route, previous: Route): void {
    if (!this.host.history || this.restoring || route === 'authenticated' || route === 'setup' || route === 'idle')
      return;
    const state: unknown = window.history.state;
    const entry = { ...(typeof state === 'object' && state !== null ? state : {}), [this.key()]: route };
    if (previous === 'setup' || previous === 'idle') window.history.replaceState(entry, '');
    else window.history.pushState(entry, '');
  }

  /** Back or Forward to a screen this element put in the history. */
  private readonly onPopState = (event: PopStateEvent): void => {
    if (!this.host.history) return;
    const entry: unknown = (event.state as Record<string, unknown> | null)?.[this.key()];
    if (typeof entry !== 'string' || entry === this.host.route) return;
    const route: NavigableRoute = entry === 'signUp' || entry === 'resetPassword' ? entry : 'signIn';
    this.restoring = true;
    this.navigate(route);
    this.restoring = false;
  };
}
