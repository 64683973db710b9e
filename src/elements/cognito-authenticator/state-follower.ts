/**
 * What the field-state and focus controllers share: they follow the journey's changes of
 * state while the element is connected, and look at the screen drawn in its container.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AuthState } from '../../core/state.js';
import type { StateSource } from './authenticator-controller.js';

/** The screen drawn in a container (its `data-screen`), or `null` when none is. */
export function screenOf(container: HTMLElement): string | null {
  return container.querySelector('[data-screen]')?.getAttribute('data-screen') ?? null;
}

export abstract class StateFollower<
  H extends ReactiveControllerHost = ReactiveControllerHost,
> implements ReactiveController {
  private unsubscribe: (() => void) | undefined;

  /**
   * @param states - the changes of state to follow
   * @param container - where the screens are drawn
   */
  constructor(
    protected readonly host: H,
    protected readonly states: StateSource,
    protected readonly container: HTMLElement,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = this.states.subscribe((next, previous) => {
      this.follow(next, previous);
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  /** Called after every change of state. */
  protected abstract follow(next: AuthState, previous: AuthState): void;
}
