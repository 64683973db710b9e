/**
 * What the flow tests share: a session, the first screens, and small helpers to run events
 * through the machine and to name the call an answer comes from.
 */
import assert from 'node:assert/strict';
import { defaultConfig, type AuthenticatorConfig } from '../../../src/core/config.ts';
import type { AuthEvent } from '../../../src/core/events.ts';
import { transition } from '../../../src/core/machine.ts';
import type { OperationName, OperationOutput } from '../../../src/core/operations.ts';
import { initialState, type MachineState as AuthState } from '../../../src/core/state.ts';
import type { AuthSession, Route } from '../../../src/core/types.ts';

/** The answer of a call. */
export function done<K extends OperationName>(call: K, result: OperationOutput<K>): AuthEvent {
  // `result` is the output of `call`.
  return { type: 'done', call, result } as AuthEvent;
}

/** The state, known to be on `route`. */
export function on<R extends Route>(state: AuthState, route: R): AuthState<R> {
  assert.equal(state.route, route);
  return state as AuthState<R>;
}

export const session: AuthSession = {
  user: { username: 'jane', userId: 'sub-1', attributes: { email: 'jane@example.com' } },
  tokens: { idToken: 'id', accessToken: 'access', refreshToken: 'refresh', expiresAt: Date.now() + 3_600_000 },
};

/** Runs events from a state and returns the last transition. */
export function run(events: AuthEvent[], from: AuthState = initialState, config: AuthenticatorConfig = defaultConfig) {
  let state = from;
  let effects: ReturnType<typeof transition>['effects'] = [];
  for (const event of events) {
    ({ state, effects } = transition(state, event, config));
  }
  return { state, effects };
}

export const onSignIn = run([{ type: 'start' }, done('restoreSession', null)]).state;
export const onSignUp = transition(onSignIn, { type: 'navigate', route: 'signUp' }).state;
