/** What changed between two states, as the element's controllers see it. */
import type { AuthState } from '../../core/state.js';
import type { Challenge } from '../../core/types.js';

/** The challenge a state answers, on the screens that have one. */
function challengeOf(state: AuthState): Challenge | undefined {
  return 'challenge' in state ? state.challenge : undefined;
}

/**
 * A new challenge on the screen shown: `again` for another round of the same step (a
 * custom challenge asking again), `other` for another step on the same screen.
 */
export function newChallenge(next: AuthState, previous: AuthState): 'again' | 'other' | undefined {
  const challenge = challengeOf(next);
  const before = challengeOf(previous);
  if (next.route !== previous.route || !challenge || challenge === before) return undefined;
  const same =
    challenge.kind === before?.kind &&
    (challenge.kind !== 'mfaCode' || (before.kind === 'mfaCode' && challenge.mfaType === before.mfaType));
  return same ? 'again' : 'other';
}
