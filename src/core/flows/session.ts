/**
 * The session flow: the stored session restored at the start, followed when it is
 * refreshed or ended (here or in another tab), and ended by signing out.
 */
import type { AuthenticatorConfig } from '../config.js';
import type { AuthEvent } from '../events.js';
import { busy, show, showFailure, stay, type MachineState, type Transition } from '../state.js';
import type { AuthSession, Route } from '../types.js';
import { on, type Flow } from './flow.js';

/** Routes of someone signed out; from each, sign-in is one link away. */
export const SIGNED_OUT_ROUTES: readonly Route[] = [
  'signIn',
  'signUp',
  'confirmSignUp',
  'confirmSignIn',
  'selectMfaType',
  'setupTotp',
  'setupEmail',
  'customChallenge',
  'forceNewPassword',
  'resetPassword',
  'confirmResetPassword',
];

export const isSignedOut = (state: MachineState): boolean => SIGNED_OUT_ROUTES.includes(state.route);

/** The first screen of someone signed out: sign-in, or sign-up when configured first. */
export function signedOut(state: MachineState, config: AuthenticatorConfig): MachineState {
  const route = config.initialRoute === 'signUp' && !config.hideSignUp ? 'signUp' : 'signIn';
  return show(route, state, {});
}

/** The app, for a session. */
export function authenticated(state: MachineState, session: AuthSession): MachineState {
  return show('authenticated', state, { session });
}

/** The start, and what happens to the session by itself. */
export function onSessionEvent(
  state: MachineState,
  event: Extract<AuthEvent, { type: 'start' | 'sessionRefreshed' | 'sessionEnded' }>,
  config: AuthenticatorConfig,
): Transition {
  switch (event.type) {
    case 'start':
      return busy(show('setup', { username: '' }, {}), { type: 'restoreSession' });
    case 'sessionRefreshed':
      if (state.route === 'authenticated') return stay({ ...state, session: event.session });
      // Signed in elsewhere (another tab): this one follows, unless it is busy with its own step.
      if (!state.pending && isSignedOut(state)) return stay(authenticated(state, event.session));
      return stay(state);
    case 'sessionEnded':
      return stay(state.route === 'authenticated' ? signedOut(state, config) : state);
  }
}

export const sessionFlow: Flow<'session', 'signOut'> = {
  user: {
    signOut: on('signOut', ['authenticated'], (state, event) =>
      busy(state, { type: 'signOut', global: event.global ?? false }),
    ),
  },
  done: {
    restoreSession: (state, session, config) => {
      if (state.route !== 'setup') return stay(state);
      return stay(session ? authenticated(state, session) : signedOut(state, config));
    },
    signOut: (state, _result, config) => stay(signedOut(state, config)),
  },
  failed: {
    // The stored session could not be checked (offline, say): sign-in, with the reason.
    restoreSession: (state, error, config) => stay(showFailure(signedOut(state, config), error)),
    // A local sign-out always succeeds; a failed revocation does not keep anyone signed in.
    signOut: (state, _error, config) => stay(signedOut(state, config)),
  },
};
