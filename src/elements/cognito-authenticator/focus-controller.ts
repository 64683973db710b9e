/**
 * Where focus goes after a change: to the new screen's title, or to the first field with a
 * message after a failed submit; only when focus was in the element or nowhere.
 */
import type { ReactiveControllerHost } from 'lit';
import type { AuthState } from '../../core/state.js';
import { newChallenge } from './changes.js';
import { StateFollower, screenOf } from './state-follower.js';

export class FocusController extends StateFollower<ReactiveControllerHost & HTMLElement> {
  private pending: 'title' | 'invalid' | undefined;

  /** Notes where focus goes once the new state is drawn. */
  protected follow(next: AuthState, previous: AuthState): void {
    if (next.route !== previous.route) {
      if (next.route !== 'setup') this.pending = 'title';
    } else if (newChallenge(next, previous)) {
      // A new challenge on the same screen: focus on top.
      this.pending = 'title';
    } else if (next.fieldErrors && next.fieldErrors !== previous.fieldErrors) {
      this.pending = 'invalid';
    }
  }

  hostUpdated(): void {
    // A screen still being loaded is drawn by a later update: focus waits for it.
    const shown = screenOf(this.container);
    if (shown !== null && shown !== this.states.state.route) return;
    const reason = this.pending;
    this.pending = undefined;
    if (!reason) return;
    const active = document.activeElement;
    const ours = active === null || active === document.body || this.host.contains(active);
    if (!ours) return;
    const target =
      reason === 'invalid'
        ? this.container.querySelector<HTMLElement>('[aria-invalid="true"]')
        : this.container.querySelector<HTMLElement>('.cognito-screen__title');
    target?.focus();
  }
}
